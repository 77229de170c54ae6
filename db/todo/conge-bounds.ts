/**
 * Who may be near their congé de représentation this year, from two grouped counts, so that the
 * exact reckoning (electron/meetings/conge.ts, meeting by meeting) runs only for them and not for
 * every employed person: at 100,000 people with 40 % employed, that was seconds.
 *
 * Each meeting costs at most one day (two half-days), so twice the number of meetings a person
 * sat in (present or remote, up to today) plus the meetings still to come on the instances where
 * they sit ahead (not as suppléant) bounds their half-days from above: whoever is below the
 * warning threshold with that bound is below it for certain.
 */
import type { Executor } from '../audit';

export async function congeMeetingBounds(
  db: Executor,
  from: string,
  today: string,
  to: string,
): Promise<Map<number, number>> {
  const attended = await db
    .selectFrom('meeting as m')
    .innerJoin('attendance as a', 'a.meeting_id', 'm.id')
    .innerJoin('representative as r', 'r.id', 'a.representative_id')
    .select((eb) => ['a.representative_id', eb.fn.countAll<number>().as('n')])
    .where('m.date', '>=', from)
    .where('m.date', '<=', today)
    .where('m.cancelled_at', 'is', null)
    .where('a.status', 'in', ['present', 'distance'])
    .where('r.employed', '=', 1)
    .where('r.archived_at', 'is', null)
    .groupBy('a.representative_id')
    .execute();
  const ahead = await db
    .selectFrom('mandate as md')
    .innerJoin('representative as r', 'r.id', 'md.representative_id')
    .innerJoin('meeting as m', 'm.instance_id', 'md.instance_id')
    .select((eb) => ['md.representative_id', eb.fn.countAll<number>().as('n')])
    .where('md.role', '!=', 'suppleant')
    .where('md.start_date', '<=', to)
    .where((eb) => eb.or([eb('md.ended_on', 'is', null), eb('md.ended_on', '>', today)]))
    .where((eb) => eb.or([eb('md.end_date', 'is', null), eb('md.end_date', '>', today)]))
    .where('m.date', '>', today)
    .where('m.date', '<=', to)
    .where('m.cancelled_at', 'is', null)
    .where('r.employed', '=', 1)
    .where('r.archived_at', 'is', null)
    .groupBy('md.representative_id')
    .execute();
  const bounds = new Map<number, number>();
  for (const r of [...attended, ...ahead]) {
    bounds.set(r.representative_id, (bounds.get(r.representative_id) ?? 0) + Number(r.n));
  }
  return bounds;
}
