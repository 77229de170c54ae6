/**
 * Congé de représentation: days used per employed person and calendar year (rule in
 * electron/rules/conge-rules.ts), the yearly participation figures built on the same data,
 * and the warnings shown in "À faire".
 */
import * as attendanceRepo from '../../db/meetings/attendance';
import * as meetingRepo from '../../db/meetings/meetings';
import * as registerReads from '../../db/meetings/register-reads';
import type { AttendanceRole, AttendanceStatus } from '../../shared/meetings/schemas';
import { engagementLabel } from '../../shared/meetings/engagement';
import type { AttestationKind } from '../../shared/actions/schemas';
import type { CongeCounter, CongeDay, CongeWarning } from '../../shared/meetings/types';
import type { MeetingsSettings } from '../../shared/meetings/settings';
import {
  countsAsPresent,
  isArchivedBy,
  isMandateActiveOn,
  presenceMinutes,
} from '../../shared/meetings/attendance-rules';
import {
  congeDays,
  congeLevel,
  countsTowardConge,
  halfDaysText,
  indemnityCents,
  isPluralDays,
  type PresenceOnDay,
} from '../../shared/meetings/conge-rules';
import { notFound } from '../errors';
import { activePeople, getPerson } from '../../db/register/people';
import { personName } from '../../shared/rules/person-name';
import { todayIso, type ServiceContext } from '../service-context';
import { getMeetingsSettings } from './meetings';

export interface PersonYear {
  representativeId: number;
  mandates: registerReads.MandateSpanRow[];
  /** Attended meetings (not cancelled), in date order. */
  attended: Array<{
    meetingId: number;
    date: string;
    instanceName: string;
    instanceId: number;
    mode: 'sur_place' | 'distance';
    /** Sat as suppléant in place of a titulaire (on site or remotely, per `mode`). */
    replacing: boolean;
    startTime: string;
    endTime: string;
    minutes: number;
  }>;
  /** Sessions of actions attended (not cancelled, held), in date order: no one is expected there. */
  sessions: Array<{
    meetingId: number;
    date: string;
    actionTitle: string;
    carrier: string | null;
    role: AttendanceRole;
    attestationKind: AttestationKind;
    mode: 'sur_place' | 'distance';
    startTime: string;
    endTime: string;
    minutes: number;
  }>;
  /** Minutes of the sessions attended, overlapping hours of one day counted once. */
  sessionMinutes: number;
  /** Held meetings (≤ today) where the person was expected or recorded: the sum of the four below. */
  convened: number;
  excused: number;
  absent: number;
  /** Convened meetings with no status recorded for the person. */
  notRecorded: number;
  /** Minutes of the meetings of instances attended, overlapping hours of one day counted once. */
  totalMinutes: number;
  /** Congé de représentation: meetings of instances and the sessions that are representations. */
  days: CongeDay[];
  usedHalfDays: number;
  plannedHalfDays: number;
  statusByMeeting: Map<number, AttendanceStatus>;
}

/**
 * Everything the counter, the relevé and the warnings need for a year, for many people at once:
 * four queries whatever the number of people (the relevé of 300 people must take < 1 s).
 */
export async function computeYear(
  ctx: ServiceContext,
  representativeIds: readonly number[] | null,
  year: number,
  settings: MeetingsSettings,
  today: string,
): Promise<Map<number, PersonYear>> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [mandates, presences, replacements] = await Promise.all([
    registerReads.mandatesInPeriod(ctx.db, representativeIds, from, to),
    attendanceRepo.attendanceInPeriod(ctx.db, representativeIds, from, to),
    // The titulaire's row names the suppléant: read apart, it may belong to someone not asked for.
    attendanceRepo.replacementsInPeriod(ctx.db, representativeIds, from, to),
  ]);
  const instanceIds = [...new Set(mandates.map((m) => m.instanceId))];
  const meetings = (await meetingRepo.meetingsInPeriod(ctx.db, instanceIds, from, to)).filter(
    (m) => !m.cancelled,
  );
  const meetingsByInstance = new Map<number, meetingRepo.MeetingLite[]>();
  for (const m of meetings) {
    const list = meetingsByInstance.get(m.instanceId) ?? [];
    list.push(m);
    meetingsByInstance.set(m.instanceId, list);
  }

  const result = new Map<number, PersonYear>();
  const personOf = (id: number): PersonYear => {
    let p = result.get(id);
    if (!p) {
      p = {
        representativeId: id,
        mandates: [],
        attended: [],
        sessions: [],
        sessionMinutes: 0,
        convened: 0,
        excused: 0,
        absent: 0,
        notRecorded: 0,
        totalMinutes: 0,
        days: [],
        usedHalfDays: 0,
        plannedHalfDays: 0,
        statusByMeeting: new Map(),
      };
      result.set(id, p);
    }
    return p;
  };
  if (representativeIds) for (const id of representativeIds) personOf(id);
  for (const m of mandates) personOf(m.representativeId).mandates.push(m);

  const replacing = new Set(replacements.map((r) => `${r.meetingId}:${r.substituteId}`));
  // Meetings of instances are convened and counted below; sessions of actions expect nobody, they
  // are only attended (the relevé's « Actions et projets », the congé when a representation).
  const presencesByPerson = new Map<number, attendanceRepo.PresenceRow[]>();
  const sessionsByPerson = new Map<number, attendanceRepo.PresenceRow[]>();
  for (const r of presences) {
    if (r.cancelled) continue;
    const byPerson = r.instanceId === null ? sessionsByPerson : presencesByPerson;
    const list = byPerson.get(r.representativeId) ?? [];
    list.push(r);
    byPerson.set(r.representativeId, list);
  }

  for (const person of result.values()) {
    for (const r of sessionsByPerson.get(person.representativeId) ?? []) {
      if (r.date > today || !countsAsPresent(r.status)) continue;
      person.sessions.push({
        meetingId: r.meetingId,
        date: r.date,
        actionTitle: r.engagement.name,
        carrier: r.engagement.carrier,
        role: r.role,
        attestationKind: r.engagement.attestationKind,
        mode: r.status === 'distance' ? 'distance' : 'sur_place',
        startTime: r.rowStart ?? r.startTime,
        endTime: r.rowEnd ?? r.endTime,
        minutes: presenceMinutes(r, { startTime: r.rowStart, endTime: r.rowEnd }),
      });
    }
    person.sessionMinutes = congeDays(person.sessions, settings.halfDayMaxMinutes).reduce(
      (sum, d) => sum + d.minutes,
      0,
    );
    const rows = presencesByPerson.get(person.representativeId) ?? [];
    for (const r of rows) person.statusByMeeting.set(r.meetingId, r.status);
    // One rule for every figure of the relevé: meetings held by today (not cancelled) where the
    // person was expected — a mandate on the instance that day and not archived by then — or was
    // recorded anyway. Each falls in exactly one box: attended, excused (or replaced), absent, or
    // not recorded; a status noted ahead for a meeting still to come counts nowhere yet.
    const convened = new Set<number>();
    for (const mandate of person.mandates) {
      for (const m of meetingsByInstance.get(mandate.instanceId) ?? []) {
        if (
          m.date <= today &&
          isMandateActiveOn(mandate, m.date) &&
          !isArchivedBy(mandate.archivedAt, m.date)
        )
          convened.add(m.id);
      }
    }
    for (const r of rows) if (r.date <= today) convened.add(r.meetingId);
    person.convened = convened.size;
    let recorded = 0;
    for (const r of rows) {
      if (!convened.has(r.meetingId)) continue;
      recorded += 1;
      if (countsAsPresent(r.status)) {
        const minutes = presenceMinutes(r, { startTime: r.rowStart, endTime: r.rowEnd });
        person.attended.push({
          meetingId: r.meetingId,
          date: r.date,
          instanceName: r.engagement.name,
          instanceId: r.instanceId ?? 0,
          mode: r.status === 'distance' ? 'distance' : 'sur_place',
          replacing: replacing.has(`${r.meetingId}:${r.representativeId}`),
          startTime: r.rowStart ?? r.startTime,
          endTime: r.rowEnd ?? r.endTime,
          minutes,
        });
      } else if (r.status === 'excuse' || r.status === 'remplace') {
        person.excused += 1;
      } else if (r.status === 'absent') {
        person.absent += 1;
      }
    }
    person.notRecorded = convened.size - recorded;
    // Overlapping meetings of one day count their common hours once, in the total as in the congé.
    person.totalMinutes = congeDays(person.attended, settings.halfDayMaxMinutes).reduce(
      (sum, d) => sum + d.minutes,
      0,
    );
    const onLeave = [
      ...person.attended.map((a) => ({ ...a, kind: 'instance' as const, label: a.instanceName })),
      ...person.sessions
        .filter((s) => countsTowardConge(s.attestationKind))
        .map((s) => ({
          ...s,
          kind: 'action' as const,
          label: engagementLabel({ kind: 'action', name: s.actionTitle, carrier: s.carrier }),
        })),
    ];
    const priced = congeDays(onLeave, settings.halfDayMaxMinutes);
    person.days = priced.map((d) => ({
      ...d,
      meetings: onLeave
        .filter((a) => a.date === d.date)
        .sort((a, b) => a.startTime.localeCompare(b.startTime))
        .map((a) => ({
          meetingId: a.meetingId,
          kind: a.kind,
          instanceName: a.label,
          startTime: a.startTime,
          endTime: a.endTime,
          minutes: a.minutes,
        })),
    }));
    person.usedHalfDays = priced.reduce((s, d) => s + d.halfDays, 0);

    // Planned: meetings still to come this year where the person is expected to sit (titulaire,
    // membre, bureau…, not suppléant) and not excused.
    const planned: PresenceOnDay[] = [];
    const plannedIds = new Set<number>();
    for (const mandate of person.mandates) {
      // A suppléant sits only when replacing a titulaire: no leave to plan ahead for that seat.
      if (mandate.role === 'suppleant') continue;
      for (const m of meetingsByInstance.get(mandate.instanceId) ?? []) {
        if (m.date <= today || plannedIds.has(m.id) || !isMandateActiveOn(mandate, m.date)) continue;
        const status = person.statusByMeeting.get(m.id);
        if (status === 'excuse' || status === 'absent' || status === 'remplace') continue;
        plannedIds.add(m.id);
        planned.push({ date: m.date, startTime: m.startTime, endTime: m.endTime });
      }
    }
    if (planned.length > 0) {
      const all = congeDays([...onLeave, ...planned], settings.halfDayMaxMinutes);
      person.plannedHalfDays = all.reduce((s, d) => s + d.halfDays, 0) - person.usedHalfDays;
    }
  }
  return result;
}

export async function congeCounter(
  ctx: ServiceContext,
  representativeId: number,
  year: number,
): Promise<CongeCounter> {
  const person = await getPerson(ctx.db, representativeId);
  if (!person) throw notFound('Représentant');
  const settings = await getMeetingsSettings(ctx);
  const data = (await computeYear(ctx, [representativeId], year, settings, todayIso(ctx))).get(
    representativeId,
  );
  const allowed = Math.round(settings.congeAllowanceDays * 2);
  const used = data?.usedHalfDays ?? 0;
  const planned = data?.plannedHalfDays ?? 0;
  // The counter's hours are those taken from work: sessions that are representations included.
  const totalMinutes = (data?.days ?? []).reduce((s, d) => s + d.minutes, 0);
  return {
    representativeId,
    year,
    employed: person.employed,
    employer: person.employer,
    usedHalfDays: used,
    allowedHalfDays: allowed,
    plannedHalfDays: planned,
    totalMinutes,
    hourlyIndemnityCents: settings.hourlyIndemnityCents,
    halfDayMaxMinutes: settings.halfDayMaxMinutes,
    indemnityCents: indemnityCents(
      (data?.days ?? []).filter((d) => d.halfDays > 0).reduce((s, d) => s + d.minutes, 0),
      settings.hourlyIndemnityCents,
    ),
    // Not employed: no congé to run out of, whatever the hours.
    level: person.employed ? congeLevel(used + planned, allowed, settings.warningRemainingHalfDays) : 'ok',
    days: data?.days ?? [],
    sessions: { count: data?.sessions.length ?? 0, minutes: data?.sessionMinutes ?? 0 },
  };
}

/**
 * Lines for "À faire": employed, active representatives whose congé de représentation of the
 * year is nearly used up or exceeded, counting the meetings planned later in the year.
 */
export async function congeWarnings(
  ctx: ServiceContext,
  today: string = todayIso(ctx),
): Promise<CongeWarning[]> {
  const year = Number(today.slice(0, 4));
  const employed = await activePeople(ctx.db, { employedOnly: true });
  if (employed.length === 0) return [];
  const settings = await getMeetingsSettings(ctx);
  const allowed = Math.round(settings.congeAllowanceDays * 2);
  const data = await computeYear(
    ctx,
    employed.map((e) => e.id),
    year,
    settings,
    today,
  );
  const warnings: CongeWarning[] = [];
  for (const e of employed) {
    const p = data.get(e.id);
    if (!p || p.usedHalfDays + p.plannedHalfDays === 0) continue;
    const level = congeLevel(p.usedHalfDays + p.plannedHalfDays, allowed, settings.warningRemainingHalfDays);
    if (level === 'ok') continue;
    const name = personName(e.firstName, e.lastName);
    const used = `${halfDaysText(p.usedHalfDays)} utilisé${isPluralDays(p.usedHalfDays) ? 's' : ''}`;
    const plannedText =
      p.plannedHalfDays > 0
        ? ` et ${halfDaysText(p.plannedHalfDays)} prévu${isPluralDays(p.plannedHalfDays) ? 's' : ''}`
        : '';
    const message =
      level === 'depasse'
        ? `${name} : congé de représentation ${year} dépassé — ${used}${plannedText} sur ${halfDaysText(allowed)}.`
        : `${name} : congé de représentation ${year} presque épuisé — ${used}${plannedText} sur ${halfDaysText(allowed)}.`;
    warnings.push({
      representativeId: e.id,
      name,
      year,
      usedHalfDays: p.usedHalfDays,
      plannedHalfDays: p.plannedHalfDays,
      allowedHalfDays: allowed,
      level,
      message,
      link: `/representants/${e.id}`,
    });
  }
  return warnings;
}
