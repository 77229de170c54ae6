/**
 * Figures of representation: people engaged, seats filled, instances below their target, new
 * representatives. Aggregates over the `scoped` instances, a few statements whatever the size
 * of the register.
 */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import { PRESENT_SQL, personInScope, runsDuring, scopedCte } from './scope';

export interface LabelCount {
  label: string | null;
  n: number;
}

export interface EngagedCounts {
  current: number;
  previous: number;
  byType: LabelCount[];
  byDepartment: LabelCount[];
}

/** Distinct people holding a mandate on a scoped instance at some day of each period. */
export async function engagedPeople(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<EngagedCounts> {
  const totals = await sql<{ cur: number; prev: number }>`
    with ${scopedCte(scope)}
    select
      count(distinct case when ${runsDuring(current.from, current.until)} then m.representative_id end) as cur,
      count(distinct case when ${runsDuring(previous.from, previous.until)} then m.representative_id end) as prev
    from mandate m join scoped s on s.id = m.instance_id
    where ${runsDuring(previous.from, current.until)}`.execute(db);
  const by = (column: 'type_label' | 'dept') =>
    sql<LabelCount>`
      with ${scopedCte(scope)}
      select s.${sql.raw(column)} as label, count(distinct m.representative_id) as n
      from mandate m join scoped s on s.id = m.instance_id
      where ${runsDuring(current.from, current.until)}
      group by s.${sql.raw(column)} order by n desc, label`.execute(db);
  const [byType, byDepartment] = await Promise.all([by('type_label'), by('dept')]);
  const row = totals.rows[0];
  return {
    current: Number(row?.cur ?? 0),
    previous: Number(row?.prev ?? 0),
    byType: byType.rows,
    byDepartment: byDepartment.rows,
  };
}

export interface SeatsByType {
  label: string;
  instances: number;
  below: number;
  offered: number;
  filled: number;
}

/**
 * On `day`, per instance type: scoped instances not archived by then, their seats (titulaire +
 * suppléant), the seats a running mandate of the same role fills (never more than the seats), and
 * the instances where fewer people than `target_min` hold a running mandate.
 */
export async function seatsOn(db: Executor, scope: ScopeData, day: string): Promise<SeatsByType[]> {
  const result = await sql<SeatsByType>`
    with ${scopedCte(scope)},
    held as (
      select m.instance_id,
        sum(m.role = 'titulaire') as titulaires,
        sum(m.role = 'suppleant') as suppleants,
        count(distinct m.representative_id) as people
      from mandate m join scoped s on s.id = m.instance_id
      where ${runsDuring(day, day)}
      group by m.instance_id)
    select s.type_label as label,
      count(*) as instances,
      sum(s.target_min > 0 and coalesce(h.people, 0) < s.target_min) as below,
      sum(s.seats_titulaire + s.seats_suppleant) as offered,
      sum(min(s.seats_titulaire, coalesce(h.titulaires, 0)) + min(s.seats_suppleant, coalesce(h.suppleants, 0))) as filled
    from scoped s left join held h on h.instance_id = s.id
    where s.archived_at is null or substr(s.archived_at, 1, 10) > ${day}
    group by s.type_label order by s.type_label`.execute(db);
  return result.rows.map((r) => ({
    label: r.label,
    instances: Number(r.instances),
    below: Number(r.below),
    offered: Number(r.offered),
    filled: Number(r.filled),
  }));
}

/**
 * People whose first mandate ever starts within each period and who hold, in that period, a
 * mandate on a scoped instance.
 */
export async function newPeople(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<{ current: number; previous: number }> {
  const inScope = (period: ResolvedPeriod) =>
    scope.kind === 'tout'
      ? sql`1 = 1`
      : sql`exists (select 1 from mandate m join scoped s on s.id = m.instance_id
          where m.representative_id = f.representative_id and ${runsDuring(period.from, period.until)})`;
  const result = await sql<{ cur: number; prev: number }>`
    with ${scopedCte(scope)},
    f as (select representative_id, min(start_date) as first_start from mandate group by representative_id)
    select
      sum(f.first_start between ${current.from} and ${current.until} and ${inScope(current)}) as cur,
      sum(f.first_start between ${previous.from} and ${previous.until} and ${inScope(previous)}) as prev
    from f
    where f.first_start between ${previous.from} and ${current.until}`.execute(db);
  const row = result.rows[0];
  return { current: Number(row?.cur ?? 0), previous: Number(row?.prev ?? 0) };
}

/**
 * Employed people (archived or not) who had a meeting counted as present in the period and, in a
 * scope, a mandate on a scoped instance during it: the people whose congé de représentation the
 * period may have used. Bounded by the register's employed people.
 */
export async function employedPeopleWithPresence(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
): Promise<number[]> {
  const result = await sql<{ id: number }>`
    with ${scopedCte(scope)}
    select r.id from representative r
    where r.employed = 1
      and exists (select 1 from attendance a join meeting mt on mt.id = a.meeting_id
        where a.representative_id = r.id and mt.date between ${period.from} and ${period.until}
          and mt.cancelled_at is null and ${PRESENT_SQL})
      and ${personInScope(scope, 'r.id', period)}`.execute(db);
  return result.rows.map((r) => r.id);
}
