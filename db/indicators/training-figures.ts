/**
 * Figures of training: trainings followed and their hours, and the formation de base followed
 * within its delay. People count in a scope when they hold a mandate there during the period.
 */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import { personInScope, scopedCte } from './scope';

export interface TrainingCounts {
  count: number;
  minutes: number;
}

export async function trainingCounts(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
): Promise<{ total: TrainingCounts; byKind: Array<{ label: string; count: number; minutes: number }> }> {
  const result = await sql<{ label: string; count: number; minutes: number }>`
    with ${scopedCte(scope)}
    select k.label, count(*) as count, coalesce(sum(t.duration_minutes), 0) as minutes
    from training t join training_kind k on k.id = t.kind_id
    where t.date between ${period.from} and ${period.until} and ${personInScope(scope, 't.representative_id', period)}
    group by k.id order by count desc, k.label`.execute(db);
  const byKind = result.rows.map((r) => ({
    label: r.label,
    count: Number(r.count),
    minutes: Number(r.minutes),
  }));
  return {
    total: {
      count: byKind.reduce((s, k) => s + k.count, 0),
      minutes: byKind.reduce((s, k) => s + k.minutes, 0),
    },
    byKind,
  };
}

/**
 * Among people whose formation de base fell due within the period, those who had followed one by
 * then. `dueCalendar`: every first-mandate start whose due date lies in the period, with that due
 * date — computed by the register's rule (addMonths) and bound as one JSON parameter, a row per
 * day of the period at most.
 */
export async function baseTrainingOnTime(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
  dueCalendar: ReadonlyArray<readonly [string, string]>,
): Promise<{ due: number; onTime: number }> {
  if (dueCalendar.length === 0) return { due: 0, onTime: 0 };
  // The first starts are kept to the calendar's span before the join: the calendar is read once,
  // not once per person.
  const first = dueCalendar[0]?.[0] ?? '';
  const last = dueCalendar[dueCalendar.length - 1]?.[0] ?? '';
  const result = await sql<{ due: number; on_time: number }>`
    with ${scopedCte(scope)},
    calendar as materialized (
      select json_extract(value, '$[0]') as first_start, json_extract(value, '$[1]') as due_date
      from json_each(${JSON.stringify(dueCalendar)})),
    f as (select representative_id, min(start_date) as first_start from mandate group by representative_id
      having min(start_date) between ${first} and ${last})
    select count(*) as due,
      coalesce(sum(exists (
        select 1 from training t join training_kind k on k.id = t.kind_id
        where t.representative_id = f.representative_id and k.is_base = 1 and t.date <= c.due_date)), 0) as on_time
    from f join calendar c on c.first_start = f.first_start
    where ${personInScope(scope, 'f.representative_id', period)}`.execute(db);
  const row = result.rows[0];
  return { due: Number(row?.due ?? 0), onTime: Number(row?.on_time ?? 0) };
}
