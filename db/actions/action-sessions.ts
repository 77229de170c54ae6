/** The sessions of one action as its record lists them: meetings with `action_id`, a page at a time. */
import type { ActionSession } from '../../shared/actions/types';
import type { Executor } from '../audit';

export async function listActionSessions(
  db: Executor,
  actionId: number,
  page: { offset: number; limit: number },
): Promise<ActionSession[]> {
  const rows = await db
    .selectFrom('meeting as m')
    .select((eb) => [
      'm.id',
      'm.date',
      'm.start_time',
      'm.end_time',
      'm.place',
      'm.title',
      'm.counted_participants',
      'm.cancelled_at',
      eb
        .selectFrom('attendance as at')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('at.meeting_id', '=', 'm.id')
        // The rule of shared/meetings/attendance-rules.ts `countsAsPresent`.
        .where('at.status', 'in', ['present', 'distance'])
        .as('present_count'),
    ])
    .where('m.action_id', '=', actionId)
    .orderBy('m.date', 'desc')
    .orderBy('m.start_time', 'desc')
    .orderBy('m.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    startTime: r.start_time,
    endTime: r.end_time,
    place: r.place,
    title: r.title,
    presentCount: Number(r.present_count ?? 0),
    countedParticipants: r.counted_participants,
    cancelled: r.cancelled_at !== null,
  }));
}

export async function countActionSessions(db: Executor, actionId: number): Promise<number> {
  const row = await db
    .selectFrom('meeting')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action_id', '=', actionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
