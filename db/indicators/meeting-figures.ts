/**
 * Figures of meetings: meetings held (not cancelled), attendance of the people expected, hours
 * of presence — one pass over the meetings of both periods grouped by period, type, department
 * and month, so that the breakdowns cost no second scan; and the people with the most hours.
 */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import { PRESENT_SQL, presenceMinutesSql, scopedCte } from './scope';

export interface MeetingGroup {
  /** 1: the current period, 0: the previous one. */
  current: number;
  typeLabel: string;
  dept: string | null;
  month: string;
  meetings: number;
  expected: number;
  expectedPresent: number;
  minutes: number;
}

/** Held meetings: of a scoped instance, within the period up to its last day counted, not cancelled. */
export async function meetingGroups(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<MeetingGroup[]> {
  const result = await sql<MeetingGroup>`
    with ${scopedCte(scope)},
    per_meeting as (
      select mt.id, mt.date, s.type_label, s.dept,
        coalesce(sum(a.non_mandated = 0), 0) as expected,
        coalesce(sum(a.non_mandated = 0 and ${PRESENT_SQL}), 0) as expected_present,
        coalesce(sum(case when ${PRESENT_SQL} then ${presenceMinutesSql} end), 0) as minutes
      from meeting mt
      join scoped s on s.id = mt.instance_id
      left join attendance a on a.meeting_id = mt.id
      where mt.cancelled_at is null
        and (mt.date between ${current.from} and ${current.until} or mt.date between ${previous.from} and ${previous.until})
      group by mt.id)
    select (date >= ${current.from}) as current, type_label as typeLabel, dept, substr(date, 1, 7) as month,
      count(*) as meetings, sum(expected) as expected, sum(expected_present) as expectedPresent, sum(minutes) as minutes
    from per_meeting
    group by 1, 2, 3, 4`.execute(db);
  return result.rows.map((r) => ({
    current: Number(r.current),
    typeLabel: r.typeLabel,
    dept: r.dept,
    month: r.month,
    meetings: Number(r.meetings),
    expected: Number(r.expected),
    expectedPresent: Number(r.expectedPresent),
    minutes: Number(r.minutes),
  }));
}

export interface PersonMinutes {
  representativeId: number;
  firstName: string;
  lastName: string;
  minutes: number;
}

/** The `limit` people with the most hours of presence in the period. */
export async function topPeopleByMinutes(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
  limit: number,
): Promise<PersonMinutes[]> {
  const result = await sql<PersonMinutes>`
    with ${scopedCte(scope)},
    per_person as (
      select a.representative_id, sum(${presenceMinutesSql}) as minutes
      from meeting mt
      join scoped s on s.id = mt.instance_id
      join attendance a on a.meeting_id = mt.id
      where mt.cancelled_at is null and mt.date between ${period.from} and ${period.until} and ${PRESENT_SQL}
      group by a.representative_id
      order by minutes desc, a.representative_id
      limit ${limit})
    select p.representative_id as representativeId, r.first_name as firstName, r.last_name as lastName, p.minutes
    from per_person p join representative r on r.id = p.representative_id
    order by p.minutes desc, r.last_name, r.first_name`.execute(db);
  return result.rows.map((r) => ({ ...r, minutes: Number(r.minutes) }));
}
