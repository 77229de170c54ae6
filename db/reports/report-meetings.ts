/**
 * What the comptes rendus read of meetings: a meeting of an instance or a session of an action,
 * named the same way (the instance's name or the action's title), and who was present at it.
 */
import type { ExpressionBuilder } from 'kysely';
import { presentStatuses } from '../../shared/meetings/schemas';
import { personName } from '../../shared/rules/person-name';
import type { ReportMeeting } from '../../shared/reports/types';
import type { Executor } from '../audit';
import type { Database } from '../schema';

/** Statuses that make someone present (shared/meetings/schemas.ts), a fixed list. */
export const PRESENT_STATUSES = presentStatuses;

/** `meeting as m` with its instance or action and their organisation, for naming it. */
export const meetingNamed = (db: Executor) =>
  db
    .selectFrom('meeting as m')
    .leftJoin('instance as i', 'i.id', 'm.instance_id')
    .leftJoin('action as ac', 'ac.id', 'm.action_id')
    .leftJoin('organisation as o', (j) =>
      j.on((eb) => eb('o.id', '=', eb.fn.coalesce('i.organisation_id', 'ac.organisation_id'))),
    );

type Named = ExpressionBuilder<
  Database & {
    m: Database['meeting'];
    i: Database['instance'];
    ac: Database['action'];
    o: Database['organisation'];
  },
  'm' | 'i' | 'ac' | 'o'
>;

/** The columns that name a meeting, prefixed `meeting_`. */
export const meetingColumns = (eb: Named) =>
  [
    'm.id as meeting_id',
    'm.date as meeting_date',
    'm.title as meeting_title',
    'm.cancelled_at as meeting_cancelled_at',
    'm.action_id as meeting_action_id',
    eb.fn.coalesce('i.name', 'ac.title').as('meeting_label'),
    'o.name as meeting_organisation',
  ] as const;

export interface MeetingColumns {
  meeting_id: number;
  meeting_date: string;
  meeting_title: string | null;
  meeting_cancelled_at: string | null;
  meeting_action_id: number | null;
  meeting_label: string | null;
  meeting_organisation: string | null;
}

export const toReportMeeting = (r: MeetingColumns): ReportMeeting => ({
  id: r.meeting_id,
  date: r.meeting_date,
  label: r.meeting_label ?? 'Réunion',
  organisationName: r.meeting_organisation,
  kind: r.meeting_action_id === null ? 'reunion' : 'seance',
  title: r.meeting_title,
  cancelled: r.meeting_cancelled_at !== null,
});

export async function reportMeeting(db: Executor, meetingId: number): Promise<ReportMeeting | null> {
  const row = await meetingNamed(db)
    .select((eb) => meetingColumns(eb))
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  return row ? toReportMeeting(row) : null;
}

/**
 * The people who sat in the meeting: recorded présent or à distance, or the suppléant who sat
 * for a titulaire (recorded on the titulaire's line). Ordered by name.
 */
export async function presentPeople(
  db: Executor,
  meetingId: number,
): Promise<Array<{ id: number; name: string }>> {
  const rows = await db
    .selectFrom('representative as r')
    .select(['r.id', 'r.first_name', 'r.last_name'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('attendance as a')
            .select('a.id')
            .whereRef('a.representative_id', '=', 'r.id')
            .where('a.meeting_id', '=', meetingId)
            .where('a.status', 'in', [...PRESENT_STATUSES]),
        ),
        eb.exists(
          eb
            .selectFrom('attendance as a')
            .select('a.id')
            .whereRef('a.replaced_by_id', '=', 'r.id')
            .where('a.meeting_id', '=', meetingId)
            .where('a.status', '=', 'remplace'),
        ),
      ]),
    )
    .orderBy('r.last_name')
    .orderBy('r.first_name')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: personName(r.first_name, r.last_name) }));
}

export async function wasPresent(
  db: Executor,
  meetingId: number,
  representativeId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('attendance as a')
    .select('a.id')
    .where('a.meeting_id', '=', meetingId)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('a.representative_id', '=', representativeId),
          eb('a.status', 'in', [...PRESENT_STATUSES]),
        ]),
        eb.and([eb('a.replaced_by_id', '=', representativeId), eb('a.status', '=', 'remplace')]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}
