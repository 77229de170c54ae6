/**
 * Figures of meetings: meetings held (not cancelled), attendance of the people expected, hours
 * of presence — one pass over the meetings of both periods grouped by period, type, department
 * and month, so that the breakdowns cost no second scan.
 */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import { PRESENT_SQL, presentMinutesSumSql, scopedCte } from './scope';

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
        ${presentMinutesSumSql} as minutes
      from meeting mt
      join scoped s on s.id = mt.instance_id
      left join attendance a on a.meeting_id = mt.id
      where mt.cancelled_at is null
        -- One range read from the date index, then the days of neither period left out.
        and mt.date between ${previous.from} and ${current.until > previous.until ? current.until : previous.until}
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
