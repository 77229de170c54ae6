/**
 * What the attendance grid is editing: each person's status, replacement and hours, the lines
 * added by hand, whether anything changed since the last save, and the rows sent when saving.
 */
import { useEffect, useMemo, useState } from 'react';
import type { AttendanceStatus } from '../../shared/meetings/schemas';
import type { AttendanceGrid, AttendanceLine } from '../../shared/meetings/types';
import { useUnsavedChanges } from '../unsaved-changes';

export interface RowState {
  status: AttendanceStatus | null;
  replacedById: number | null;
  startTime: string;
  endTime: string;
}

export const stateOf = (l: AttendanceLine): RowState => ({
  status: l.status,
  replacedById: l.replacedById,
  startTime: l.startTime ?? '',
  endTime: l.endTime ?? '',
});

export const fullName = (l: Pick<AttendanceLine, 'firstName' | 'lastName'>) => `${l.firstName} ${l.lastName}`;

export const isPresent = (status: AttendanceStatus | null | undefined) =>
  status === 'present' || status === 'distance';

export function useAttendanceGridState(grid: AttendanceGrid) {
  const { meeting } = grid;
  const [lines, setLines] = useState<AttendanceLine[]>(grid.lines);
  const [state, setState] = useState<Map<number, RowState>>(new Map());
  const [errors, setErrors] = useState<Record<number, string>>({});

  useEffect(() => {
    setLines(grid.lines);
    setState(new Map(grid.lines.map((l) => [l.representativeId, stateOf(l)])));
    setErrors({});
  }, [grid]);

  const dirty = useMemo(
    () =>
      lines.some((l) => {
        const s = state.get(l.representativeId);
        const o = grid.lines.find((g) => g.representativeId === l.representativeId);
        if (!o) return true;
        return !s || JSON.stringify(s) !== JSON.stringify(stateOf(o));
      }) || lines.length !== grid.lines.length,
    [lines, state, grid],
  );
  useUnsavedChanges(() => dirty);

  const suppleants = lines.filter((l) => l.role === 'suppleant');
  /** Present in the room, or at a distance when the meeting is held by video. */
  const presentStatus: AttendanceStatus = meeting.mode === 'distance' ? 'distance' : 'present';

  const set = (id: number, changes: Partial<RowState>) => {
    setState((prev) => {
      const next = new Map(prev);
      const current = next.get(id) ?? { status: null, replacedById: null, startTime: '', endTime: '' };
      const updated = { ...current, ...changes };
      if (updated.status !== 'remplace') updated.replacedById = null;
      next.set(id, updated);
      // The suppléant who sat is present: set it when choosing the replacement.
      if (changes.replacedById) {
        const sub = next.get(changes.replacedById);
        if (sub && (sub.status === null || sub.status === 'excuse' || sub.status === 'absent')) {
          next.set(changes.replacedById, { ...sub, status: presentStatus });
        }
      }
      return next;
    });
  };

  /** Own hours only when they differ from the meeting's: the row then follows a later move. */
  const setHours = (id: number, start: string, end: string) => {
    const same = start === meeting.startTime && end === meeting.endTime;
    set(id, { startTime: same ? '' : start, endTime: same ? '' : end });
  };

  const chooseStatus = (line: AttendanceLine, status: AttendanceStatus) => {
    if (status === 'remplace') {
      const current = state.get(line.representativeId);
      const paired = suppleants.find((s) => s.representativeId === line.pairedRepresentativeId);
      const only = suppleants.length === 1 ? suppleants[0] : undefined;
      set(line.representativeId, {
        status,
        replacedById: current?.replacedById ?? paired?.representativeId ?? only?.representativeId ?? null,
      });
    } else {
      set(line.representativeId, { status });
    }
  };

  const allPresent = () => {
    for (const l of lines) {
      if (state.get(l.representativeId)?.status == null) set(l.representativeId, { status: presentStatus });
    }
  };

  /** A participant without a mandate: present once the meeting is held, excused before. */
  const addLine = (line: AttendanceLine) => {
    setLines((prev) => [...prev, line]);
    set(line.representativeId, { status: grid.held ? presentStatus : 'excuse' });
  };

  const removeLine = (id: number) => {
    setLines((prev) => prev.filter((l) => l.representativeId !== id));
    setState((prev) => {
      const next = new Map(prev);
      next.delete(id);
      return next;
    });
  };

  /** The rows to save: every line with a status (the others are not recorded yet). */
  const rowsToSave = () =>
    lines.flatMap((l) => {
      const s = state.get(l.representativeId);
      if (!s?.status) return [];
      return [
        {
          representativeId: l.representativeId,
          status: s.status,
          replacedById: s.status === 'remplace' ? s.replacedById : null,
          startTime: s.startTime || null,
          endTime: s.endTime || null,
          nonMandated: l.nonMandated,
        },
      ];
    });

  return {
    lines,
    state,
    errors,
    setErrors,
    dirty,
    suppleants,
    set,
    setHours,
    chooseStatus,
    allPresent,
    addLine,
    removeLine,
    rowsToSave,
  };
}
