import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { agree, attendanceShortLabel, employedLabel } from '../../shared/rules/agreement';
import { plural } from '../../shared/rules/plural';
import { attendanceStatuses, minutesOf, type AttendanceStatus } from '../../shared/meetings/schemas';
import type { AttendanceGrid, AttendanceLine } from '../../shared/meetings/types';
import { ApiCallError, call, notifyError } from '../api';
import { offerFile } from '../files';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { TimeField } from './fields';
import { formatMinutes } from './format';
import { useUnsavedChanges } from '../unsaved-changes';

interface RowState {
  status: AttendanceStatus | null;
  replacedById: number | null;
  startTime: string;
  endTime: string;
}

const stateOf = (l: AttendanceLine): RowState => ({
  status: l.status,
  replacedById: l.replacedById,
  startTime: l.startTime ?? '',
  endTime: l.endTime ?? '',
});

const fullName = (l: Pick<AttendanceLine, 'firstName' | 'lastName'>) => `${l.firstName} ${l.lastName}`;

export function AttendanceGridCard(props: { grid: AttendanceGrid; onSaved: (grid: AttendanceGrid) => void }) {
  const { grid } = props;
  const { meeting } = grid;
  const [lines, setLines] = useState<AttendanceLine[]>(grid.lines);
  const [state, setState] = useState<Map<number, RowState>>(new Map());
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [saving, setSaving] = useState(false);
  const [adding, setAdding] = useState<string | null>(null);
  const { data: people } = useLoad(
    () => call('representatives:list', { search: '', status: 'actifs', sort: 'nom', direction: 'asc' }),
    [],
  );

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
  const locked = meeting.cancelled;

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
          next.set(changes.replacedById, {
            ...sub,
            status: meeting.mode === 'distance' ? 'distance' : 'present',
          });
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
      if (state.get(l.representativeId)?.status == null)
        set(l.representativeId, { status: meeting.mode === 'distance' ? 'distance' : 'present' });
    }
  };

  const addParticipant = () => {
    const id = Number(adding);
    const person = people?.rows.find((p) => p.id === id);
    if (!person) return;
    if (lines.some((l) => l.representativeId === id)) {
      notifications.show({
        color: 'orange',
        title: 'Déjà dans la liste',
        message: `${person.firstName} ${person.lastName} figure déjà parmi les participants.`,
      });
      return;
    }
    const line: AttendanceLine = {
      representativeId: id,
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      employed: person.employed,
      mandateId: null,
      role: null,
      roleLabel: null,
      pairedRepresentativeId: null,
      expected: false,
      nonMandated: true,
      status: null,
      replacedById: null,
      replacing: null,
      startTime: null,
      endTime: null,
      minutes: 0,
      notes: null,
      attestation: null,
    };
    setLines((prev) => [...prev, line]);
    set(id, { status: grid.held ? (meeting.mode === 'distance' ? 'distance' : 'present') : 'excuse' });
    setAdding(null);
  };

  const removeLine = (id: number) => {
    setLines((prev) => prev.filter((l) => l.representativeId !== id));
    setState((prev) => {
      const next = new Map(prev);
      next.delete(id);
      return next;
    });
  };

  const save = async () => {
    const payloadLines = lines.filter((l) => state.get(l.representativeId)?.status);
    const rows = payloadLines.map((l) => {
      const s = state.get(l.representativeId) as RowState;
      return {
        representativeId: l.representativeId,
        status: s.status as AttendanceStatus,
        replacedById: s.status === 'remplace' ? s.replacedById : null,
        startTime: s.startTime || null,
        endTime: s.endTime || null,
        nonMandated: l.nonMandated,
      };
    });
    setSaving(true);
    try {
      const saved = await call('meetings:saveAttendance', { meetingId: meeting.id, rows });
      notifications.show({
        color: 'teal',
        title: 'Présences enregistrées',
        message: `${plural(rows.length, 'ligne notée', 'lignes notées')}.`,
      });
      props.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiCallError) {
        const byPerson: Record<number, string> = {};
        for (const [key, message] of Object.entries(error.fieldErrors)) {
          const index = Number(key.split('.')[1]);
          const row = rows[index];
          if (row && !(row.representativeId in byPerson)) byPerson[row.representativeId] = message;
        }
        setErrors(byPerson);
      }
      notifyError(error, 'Présences non enregistrées');
    } finally {
      setSaving(false);
    }
  };

  const attestation = async (line: AttendanceLine) => {
    try {
      const file = await call('attestations:issue', {
        meetingId: meeting.id,
        representativeId: line.representativeId,
      });
      notifications.show({
        color: 'teal',
        title: file.reprint ? 'Attestation réimprimée' : 'Attestation délivrée',
        message: `${fullName(line)} — référence ${file.reference}`,
      });
      offerFile(file, `Attestation ${file.reference}`);
      const refreshed = await call('meetings:attendance', { id: meeting.id });
      props.onSaved(refreshed);
    } catch (error) {
      notifyError(error, 'Attestation non délivrée');
    }
  };

  const expectedCount = lines.filter((l) => l.expected).length;
  const presentCount = lines.filter((l) => {
    const s = state.get(l.representativeId)?.status;
    return s === 'present' || s === 'distance';
  }).length;

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Stack gap={0}>
          <Title order={3} size="h5">
            Présences
          </Title>
          <Text size="sm" c="dimmed">
            {plural(expectedCount, 'personne attendue', 'personnes attendues')} (mandat en cours le{' '}
            {formatDate(meeting.date)}) · {plural(presentCount, 'personne présente', 'personnes présentes')}
          </Text>
        </Stack>
        {!locked && (
          <Group gap="xs">
            {grid.held && (
              <Button variant="default" size="xs" onClick={allPresent}>
                Tous présents
              </Button>
            )}
            <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
              Enregistrer les présences
            </Button>
          </Group>
        )}
      </Group>
      {!grid.held && !locked && (
        <Alert color="blue" mb="sm">
          Cette réunion n’a pas encore eu lieu : seules les absences (excusé, absent) peuvent être notées à
          l’avance.
        </Alert>
      )}
      {locked && (
        <Alert color="gray" mb="sm">
          Réunion annulée : les présences ne se modifient plus.
        </Alert>
      )}
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Personne ne détient de mandat sur cette instance à cette date. Ajoutez un participant non mandaté ou
          vérifiez les mandats dans le registre.
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label="Grille des présences">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Participant</Table.Th>
              <Table.Th>Statut</Table.Th>
              <Table.Th>Heures de présence</Table.Th>
              <Table.Th>Attestation</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => {
              const s = state.get(line.representativeId) ?? stateOf(line);
              const saved = grid.lines.find((g) => g.representativeId === line.representativeId);
              const present = s.status === 'present' || s.status === 'distance';
              const replacing = lines.find(
                (l) =>
                  state.get(l.representativeId)?.status === 'remplace' &&
                  state.get(l.representativeId)?.replacedById === line.representativeId,
              );
              const minutes = present
                ? Math.max(
                    0,
                    minutesOf(s.endTime || meeting.endTime) - minutesOf(s.startTime || meeting.startTime),
                  )
                : 0;
              const name = fullName(line);
              return (
                <Table.Tr key={line.representativeId} data-testid={`presence-${line.representativeId}`}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm" fw={500}>
                        {name}
                      </Text>
                      <Group gap={4}>
                        {line.roleLabel && (
                          <Badge
                            size="xs"
                            variant="light"
                            color={line.role === 'titulaire' ? 'teal' : 'gray'}
                          >
                            {line.roleLabel}
                          </Badge>
                        )}
                        {line.nonMandated && (
                          <Badge size="xs" variant="light" color="orange">
                            {agree(line.civility, { masculine: 'Non mandaté', feminine: 'Non mandatée' })}
                          </Badge>
                        )}
                        {line.employed && (
                          <Badge size="xs" variant="outline" color="blue">
                            {employedLabel(line.civility)}
                          </Badge>
                        )}
                      </Group>
                      {replacing && (
                        <Text size="xs" c="dimmed">
                          Siège en remplacement de {fullName(replacing)}
                        </Text>
                      )}
                      {errors[line.representativeId] && (
                        <Text size="xs" c="red" role="alert">
                          {errors[line.representativeId]}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <SegmentedControl
                        size="xs"
                        aria-label={`Statut de ${name}`}
                        disabled={locked}
                        value={s.status ?? ''}
                        onChange={(v) => chooseStatus(line, v as AttendanceStatus)}
                        data={attendanceStatuses
                          .filter(
                            (st) =>
                              st !== 'remplace' ||
                              (line.role === 'titulaire' &&
                                (suppleants.length > 0 || s.status === 'remplace')),
                          )
                          .map((st) => ({
                            value: st,
                            label: attendanceShortLabel(st, line.civility),
                            // Before the day, only absences can be known.
                            disabled: !grid.held && st !== 'excuse' && st !== 'absent',
                          }))}
                      />
                      {s.status === 'remplace' && (
                        <Select
                          size="xs"
                          label={`Suppléant qui a siégé pour ${name}`}
                          placeholder="Choisissez le suppléant"
                          data={suppleants.map((sub) => ({
                            value: String(sub.representativeId),
                            label: fullName(sub),
                          }))}
                          value={s.replacedById ? String(s.replacedById) : null}
                          onChange={(v) => set(line.representativeId, { replacedById: v ? Number(v) : null })}
                          nothingFoundMessage="Aucun suppléant en mandat à cette date"
                          disabled={locked}
                          w={260}
                        />
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {present ? (
                      <Group gap={6} wrap="nowrap" align="center">
                        <TimeField
                          size="xs"
                          aria-label={`Arrivée de ${name}`}
                          value={s.startTime || meeting.startTime}
                          onChange={(v) => setHours(line.representativeId, v, s.endTime || meeting.endTime)}
                          disabled={locked}
                          w={70}
                        />
                        <Text size="xs">à</Text>
                        <TimeField
                          size="xs"
                          aria-label={`Départ de ${name}`}
                          value={s.endTime || meeting.endTime}
                          onChange={(v) =>
                            setHours(line.representativeId, s.startTime || meeting.startTime, v)
                          }
                          disabled={locked}
                          w={70}
                        />
                        <Text size="xs" c="dimmed" miw={50}>
                          {formatMinutes(minutes)}
                        </Text>
                      </Group>
                    ) : (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {saved && (saved.status === 'present' || saved.status === 'distance') && !locked ? (
                        <Tooltip
                          label={
                            dirty
                              ? 'Enregistrez d’abord les présences'
                              : saved.attestation
                                ? 'Réimprimer (même référence)'
                                : 'Délivrer l’attestation'
                          }
                        >
                          <Button
                            size="xs"
                            variant={saved.attestation ? 'light' : 'default'}
                            leftSection={<IconFileTypePdf size={14} />}
                            disabled={dirty}
                            onClick={() => void attestation(saved)}
                            aria-label={`Attestation de ${name}`}
                          >
                            {saved.attestation ? saved.attestation.reference : 'Attestation'}
                          </Button>
                        </Tooltip>
                      ) : (
                        <Text size="xs" c="dimmed">
                          —
                        </Text>
                      )}
                      {line.nonMandated && !saved?.attestation && !locked && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Retirer ${name}`}
                          onClick={() => removeLine(line.representativeId)}
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {!locked && (
        <Group mt="md" gap="xs" align="end">
          <Select
            label="Ajouter un participant non mandaté"
            placeholder="Rechercher une personne"
            searchable
            clearable
            w={320}
            value={adding}
            onChange={setAdding}
            data={(people?.rows ?? [])
              .filter((p) => !lines.some((l) => l.representativeId === p.id))
              .map((p) => ({ value: String(p.id), label: `${p.lastName.toUpperCase()} ${p.firstName}` }))}
            nothingFoundMessage="Personne ne correspond"
          />
          <Button
            variant="default"
            leftSection={<IconUserPlus size={16} />}
            disabled={!adding}
            onClick={addParticipant}
          >
            Ajouter
          </Button>
        </Group>
      )}
    </Card>
  );
}
