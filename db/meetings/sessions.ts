/**
 * Sessions of an action: rows of `meeting` with `action_id`, written and read apart from the
 * meetings of instances (db/meetings/meetings.ts reads those only).
 */
import type { NotNull } from 'kysely';
import type { MeetingMode } from '../../shared/meetings/schemas';
import type { Session, SessionAction } from '../../shared/meetings/types';
import type { Executor } from '../audit';
import { engagementCarrier } from './engagement';

export interface SessionValues {
  actionId: number;
  date: string;
  startTime: string;
  endTime: string;
  mode: MeetingMode;
  place: string | null;
  title: string | null;
  notes: string | null;
  countedParticipants: number | null;
}

const columnsOf = (v: SessionValues) => ({
  action_id: v.actionId,
  date: v.date,
  start_time: v.startTime,
  end_time: v.endTime,
  mode: v.mode,
  place: v.place,
  title: v.title,
  notes: v.notes,
  counted_participants: v.countedParticipants,
});

export async function insertSession(db: Executor, values: SessionValues, at: string): Promise<number> {
  const row = await db
    .insertInto('meeting')
    .values({ ...columnsOf(values), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSession(
  db: Executor,
  id: number,
  values: SessionValues,
  at: string,
): Promise<void> {
  await db
    .updateTable('meeting')
    .set({ ...columnsOf(values), updated_at: at })
    .where('id', '=', id)
    .where('action_id', 'is not', null)
    .execute();
}

export async function deleteSession(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('meeting').where('id', '=', id).where('action_id', 'is not', null).execute();
}

/** The action a session is added to, with what its sessions need of it. */
export async function getActionInfo(db: Executor, actionId: number): Promise<SessionAction | null> {
  const r = await db
    .selectFrom('action as ac')
    .leftJoin('organisation as o', 'o.id', 'ac.organisation_id')
    .leftJoin('instance as i', 'i.id', 'ac.instance_id')
    .select([
      'ac.id',
      'ac.title',
      'ac.place',
      'ac.carrier',
      'ac.attestation_kind',
      'o.name as org',
      'i.name as inst',
    ])
    .where('ac.id', '=', actionId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    title: r.title,
    place: r.place,
    // The same porteur as engagementCarrier says for the sessions.
    carrier: r.carrier === 'organisation' ? r.org : r.carrier === 'instance' ? r.inst : null,
    attestationKind: r.attestation_kind,
  };
}

const sessionSelect = (db: Executor) =>
  db
    .selectFrom('meeting as m')
    .innerJoin('action as ac', 'ac.id', 'm.action_id')
    .select((eb) => [
      'm.id',
      'm.action_id',
      'm.date',
      'm.start_time',
      'm.end_time',
      'm.mode',
      'm.place',
      'm.title',
      'm.notes',
      'm.counted_participants',
      'm.cancelled_at',
      'm.cancel_reason',
      'ac.title as action_title',
      'ac.attestation_kind',
      engagementCarrier(),
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
      eb
        .or([
          eb.exists(eb.selectFrom('attendance as a').select('a.id').whereRef('a.meeting_id', '=', 'm.id')),
          eb.exists(eb.selectFrom('attestation as t').select('t.id').whereRef('t.meeting_id', '=', 'm.id')),
          eb.exists(eb.selectFrom('claim_line as l').select('l.id').whereRef('l.meeting_id', '=', 'm.id')),
        ])
        .as('referenced'),
    ])
    .$narrowType<{ action_id: NotNull }>();

export async function getSession(db: Executor, id: number): Promise<Session | null> {
  const r = await sessionSelect(db).where('m.id', '=', id).executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    actionId: r.action_id,
    actionTitle: r.action_title,
    carrier: r.engagement_carrier,
    attestationKind: r.attestation_kind,
    date: r.date,
    startTime: r.start_time,
    endTime: r.end_time,
    mode: r.mode,
    place: r.place,
    title: r.title,
    notes: r.notes,
    countedParticipants: r.counted_participants,
    cancelled: r.cancelled_at !== null,
    cancelReason: r.cancel_reason,
    presentCount: Number(r.present_count ?? 0),
    recordedCount: Number(r.recorded_count ?? 0),
    validAttestationCount: Number(r.attestation_count ?? 0),
    deletable: !r.referenced,
  };
}

/** Whether a claim line of this person's live claims is about the session. */
export async function claimedBy(db: Executor, meetingId: number, representativeId: number): Promise<boolean> {
  const row = await db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select('l.id')
    .where('l.meeting_id', '=', meetingId)
    .where('c.representative_id', '=', representativeId)
    .where('c.status', 'not in', ['refusee', 'annulee'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
