/**
 * Meetings: writing them, and reading them back with their counts of presences and attestations.
 * What the meetings domain reads from the register (instances, mandates) is in register-reads.ts.
 */
import type { NotNull } from 'kysely';
import type { MeetingMode } from '../../shared/meetings/schemas';
import type { Meeting, MeetingSummary } from '../../shared/meetings/types';
import { foldForSearch, searchTerms } from '../../shared/rules/text';
import type { Executor } from '../audit';
import { idList } from '../id-list';

export interface MeetingValues {
  instanceId: number;
  date: string;
  startTime: string;
  endTime: string;
  mode: MeetingMode;
  place: string | null;
  title: string | null;
  agenda: string | null;
  minutesReference: string | null;
  notes: string | null;
}

const columnsOf = (v: MeetingValues) => ({
  instance_id: v.instanceId,
  date: v.date,
  start_time: v.startTime,
  end_time: v.endTime,
  mode: v.mode,
  place: v.place,
  title: v.title,
  agenda: v.agenda,
  minutes_reference: v.minutesReference,
  notes: v.notes,
});

export async function insertMeeting(
  db: Executor,
  values: MeetingValues,
  seriesId: string | null,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('meeting')
    .values({ ...columnsOf(values), series_id: seriesId, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMeeting(
  db: Executor,
  id: number,
  values: MeetingValues,
  at: string,
): Promise<void> {
  await db
    .updateTable('meeting')
    .set({ ...columnsOf(values), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setCancelled(
  db: Executor,
  id: number,
  reason: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('meeting')
    .set({ cancelled_at: reason === null ? null : at, cancel_reason: reason, updated_at: at })
    .where('id', '=', id)
    .execute();
}

const meetingSelect = (db: Executor) =>
  db
    .selectFrom('meeting as m')
    .innerJoin('instance as i', 'i.id', 'm.instance_id')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select((eb) => [
      'm.id',
      'm.instance_id',
      'm.date',
      'm.start_time',
      'm.end_time',
      'm.mode',
      'm.place',
      'm.title',
      'm.agenda',
      'm.minutes_reference',
      'm.notes',
      'm.series_id',
      'm.cancelled_at',
      'm.cancel_reason',
      'i.name as instance_name',
      'o.name as organisation_name',
      eb
        .selectFrom('attendance as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.meeting_id', '=', 'm.id')
        .where('a.status', 'in', ['present', 'distance'])
        .as('present_count'),
      eb
        .selectFrom('attendance as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.meeting_id', '=', 'm.id')
        .as('recorded_count'),
      eb
        .selectFrom('attestation as t')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('t.meeting_id', '=', 'm.id')
        .where('t.voided_at', 'is', null)
        .as('attestation_count'),
    ])
    // The inner join keeps the meetings of instances only; sessions of actions are read apart.
    .$narrowType<{ instance_id: NotNull }>();

type MeetingRowOut = Awaited<ReturnType<ReturnType<typeof meetingSelect>['executeTakeFirstOrThrow']>>;

const toSummary = (r: MeetingRowOut): MeetingSummary => ({
  id: r.id,
  instanceId: r.instance_id,
  instanceName: r.instance_name,
  organisationName: r.organisation_name,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
  mode: r.mode,
  place: r.place,
  title: r.title,
  seriesId: r.series_id,
  cancelled: r.cancelled_at !== null,
  presentCount: Number(r.present_count ?? 0),
  recordedCount: Number(r.recorded_count ?? 0),
});

const toMeeting = (r: MeetingRowOut): Meeting => ({
  ...toSummary(r),
  agenda: r.agenda,
  minutesReference: r.minutes_reference,
  notes: r.notes,
  cancelledAt: r.cancelled_at,
  cancelReason: r.cancel_reason,
  validAttestationCount: Number(r.attestation_count ?? 0),
});

export async function getMeeting(db: Executor, id: number): Promise<Meeting | null> {
  const r = await meetingSelect(db).where('m.id', '=', id).executeTakeFirst();
  return r ? toMeeting(r) : null;
}

export interface MeetingFilter {
  search: string;
  instanceId?: number | null;
  period: 'a_venir' | 'passees' | 'toutes';
  year?: number | null;
  includeCancelled: boolean;
  direction: 'asc' | 'desc';
  today: string;
}

export async function listMeetings(db: Executor, filter: MeetingFilter): Promise<MeetingSummary[]> {
  let q = meetingSelect(db);
  if (filter.instanceId) q = q.where('m.instance_id', '=', filter.instanceId);
  if (filter.period === 'a_venir') q = q.where('m.date', '>=', filter.today);
  if (filter.period === 'passees') q = q.where('m.date', '<', filter.today);
  if (filter.year)
    q = q.where('m.date', '>=', `${filter.year}-01-01`).where('m.date', '<=', `${filter.year}-12-31`);
  if (!filter.includeCancelled) q = q.where('m.cancelled_at', 'is', null);
  const rows = await q
    .orderBy('m.date', filter.direction)
    .orderBy('m.start_time', filter.direction)
    .orderBy('m.id')
    .execute();
  const terms = searchTerms(filter.search);
  const summaries = rows.map(toSummary);
  if (terms.length === 0) return summaries;
  // Few thousand meetings at most: folding in memory keeps accents out of the way ("reunion" finds "Réunion").
  return summaries.filter((m) => {
    const haystack = foldForSearch(
      [m.instanceName, m.organisationName, m.title, m.place].filter(Boolean).join(' '),
    );
    return terms.every((t) => haystack.includes(t));
  });
}

export interface MeetingLite {
  id: number;
  instanceId: number;
  instanceName: string;
  date: string;
  startTime: string;
  endTime: string;
  mode: MeetingMode;
  cancelled: boolean;
}

/** Meetings of a period on the given instances (all when null). */
export async function meetingsInPeriod(
  db: Executor,
  instanceIds: readonly number[] | null,
  from: string,
  to: string,
): Promise<MeetingLite[]> {
  let q = db
    .selectFrom('meeting as m')
    .innerJoin('instance as i', 'i.id', 'm.instance_id')
    .select([
      'm.id',
      'm.instance_id',
      'i.name',
      'm.date',
      'm.start_time',
      'm.end_time',
      'm.mode',
      'm.cancelled_at',
    ])
    .where('m.date', '>=', from)
    .where('m.date', '<=', to)
    .$narrowType<{ instance_id: NotNull }>();
  if (instanceIds) {
    if (instanceIds.length === 0) return [];
    q = q.where('m.instance_id', 'in', idList(instanceIds));
  }
  const rows = await q.orderBy('m.date').orderBy('m.start_time').execute();
  return rows.map((r) => ({
    id: r.id,
    instanceId: r.instance_id,
    instanceName: r.name,
    date: r.date,
    startTime: r.start_time,
    endTime: r.end_time,
    mode: r.mode,
    cancelled: r.cancelled_at !== null,
  }));
}
