/**
 * The scope and the period as SQL: the instances a figure looks at (everything, one organisation,
 * one instance type, one department) as a `scoped` CTE, the department of an organisation from
 * its postal code, and the SQL spellings of two register rules the aggregates need row by row.
 */
import { sql, type RawBuilder } from 'kysely';
import { presentStatuses } from '../../shared/meetings/schemas';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';

/**
 * Department of a postal code: two digits, 2A/2B in Corsica (20000–20199 / 20200–20999), three
 * digits overseas (971…989). Null when the organisation has no postal code.
 */
export const departmentSql = (column: string): RawBuilder<string | null> => {
  const c = sql.ref(column);
  return sql<string | null>`(case
    when ${c} is null or length(${c}) <> 5 then null
    when substr(${c}, 1, 2) in ('97', '98') then substr(${c}, 1, 3)
    when substr(${c}, 1, 2) = '20' then (case when ${c} < '20200' then '2A' else '2B' end)
    else substr(${c}, 1, 2) end)`;
};

function scopeCondition(scope: ScopeData): RawBuilder<unknown> {
  switch (scope.kind) {
    case 'tout':
      return sql`1 = 1`;
    case 'organisation':
      return sql`i.organisation_id = ${scope.id}`;
    case 'typeInstance':
      return sql`i.type_id = ${scope.id}`;
    case 'departement':
      return sql`${departmentSql('o.postal_code')} = ${scope.code}`;
    case 'projet':
      // No instance belongs to a project: its figures are those of its actions (scopedActionsCte).
      return sql`0 = 1`;
  }
}

function actionScopeCondition(scope: ScopeData): RawBuilder<unknown> {
  switch (scope.kind) {
    case 'tout':
      return sql`1 = 1`;
    case 'organisation':
      return sql`coalesce(a.organisation_id, i.organisation_id) = ${scope.id}`;
    case 'typeInstance':
      return sql`i.type_id = ${scope.id}`;
    case 'departement':
      return sql`${departmentSql('o.postal_code')} = ${scope.code}`;
    case 'projet':
      return sql`(a.id = ${scope.id} or a.project_id = ${scope.id})`;
  }
}

/**
 * `scoped_actions`: the actions and projects of the scope, cancelled ones included (each figure
 * says what it leaves out). An action is in an organisation's scope when the organisation carries
 * it, itself or through one of its instances; in a type's when an instance of the type carries it;
 * in a department's when its carrier's organisation is there; in a project's when it is the
 * project or one of its actions.
 */
export function scopedActionsCte(scope: ScopeData): RawBuilder<unknown> {
  const where = actionScopeCondition(scope);
  return sql`scoped_actions as materialized (
    select a.id, a.kind, a.project_id, a.title, a.status, a.phase, a.involvement_level, a.start_date, a.end_date,
      a.expected_beneficiaries, a.actual_beneficiaries
    from action a
    ${scope.kind === 'tout' || scope.kind === 'projet' ? sql`` : sql`left join instance i on i.id = a.instance_id`}
    ${scope.kind === 'departement' ? sql`left join organisation o on o.id = coalesce(a.organisation_id, i.organisation_id)` : sql``}
    where ${where})`;
}

/**
 * An action or project (alias `sa`) counts for the period: not cancelled, and its dates meet the
 * period — shared/actions/rules.ts actionInYear, for any dates.
 */
export function actionDuring(period: ResolvedPeriod): RawBuilder<boolean> {
  return sql<boolean>`(sa.status <> 'annule' and sa.start_date is not null
    and sa.start_date <= ${period.until} and coalesce(sa.end_date, sa.start_date) >= ${period.from})`;
}

/** `scoped`: the instances of the scope, with their type's label and their department. */
export function scopedCte(scope: ScopeData): RawBuilder<unknown> {
  return sql`scoped as materialized (
    select i.id, i.name, o.name as organisation_name, i.type_id, t.label as type_label,
      ${departmentSql('o.postal_code')} as dept, i.seats_titulaire, i.seats_suppleant, i.target_min, i.archived_at
    from instance i
    join organisation o on o.id = i.organisation_id
    join instance_type t on t.id = i.type_id
    where ${scopeCondition(scope)})`;
}

/**
 * A mandate (alias `m`) runs at some day of [from, until]: it starts by `until` and neither its
 * planned end nor the day it was ended is before `from` — the register's effectiveEnd, both
 * ends checked so that an index on either answers.
 */
export function runsDuring(from: string, until: string): RawBuilder<boolean> {
  return sql<boolean>`(m.start_date <= ${until}
    and (m.end_date is null or m.end_date >= ${from})
    and (m.ended_on is null or m.ended_on >= ${from}))`;
}

/**
 * The person `personColumn` is in the scope for the period: any person for everything, else a
 * person holding a mandate on an instance of the scope at some day of the period.
 */
export function personInScope(
  scope: ScopeData,
  personColumn: string,
  period: ResolvedPeriod,
): RawBuilder<boolean> {
  if (scope.kind === 'tout') return sql<boolean>`1 = 1`;
  return sql<boolean>`exists (select 1 from mandate m join scoped s on s.id = m.instance_id
    where m.representative_id = ${sql.ref(personColumn)} and ${runsDuring(period.from, period.until)})`;
}

/** Minutes between two 'HH:MM' texts. */
const minutesOfDay = (expression: RawBuilder<string>) =>
  sql<number>`(cast(substr(${expression}, 1, 2) as integer) * 60 + cast(substr(${expression}, 4, 2) as integer))`;

/**
 * A presence's minutes (attendance `a` at meeting `mt`): the person's own times when recorded,
 * else the meeting's — shared/meetings/attendance-rules.ts presenceMinutes, row by row in SQL.
 */
export const presenceMinutesSql = sql<number>`max(0, ${minutesOfDay(sql`coalesce(a.end_time, mt.end_time)`)} - ${minutesOfDay(sql`coalesce(a.start_time, mt.start_time)`)})`;

/** Attendance `a` says the person sat: the statuses of shared/meetings/schemas.ts presentStatuses. */
export const PRESENT_SQL = sql<boolean>`a.status in (${sql.join([...presentStatuses])})`;

/**
 * The sum of presenceMinutesSql over the present rows of one meeting `mt` (a query grouped by
 * meeting): rows without own times all take the meeting's minutes, computed once per meeting
 * rather than row by row (the larger part of the dashboard's time on 300,000 attendance rows).
 */
export const presentMinutesSumSql = sql<number>`(max(0, ${minutesOfDay(sql`mt.end_time`)} - ${minutesOfDay(sql`mt.start_time`)})
    * coalesce(sum(${PRESENT_SQL} and a.start_time is null and a.end_time is null), 0)
  + coalesce(sum(case when ${PRESENT_SQL} and (a.start_time is not null or a.end_time is not null)
    then ${presenceMinutesSql} end), 0))`;

/** A period holds the date column (inclusive ends, up to the last day counted). */
export const within = (column: string, period: ResolvedPeriod): RawBuilder<boolean> =>
  sql<boolean>`${sql.ref(column)} between ${period.from} and ${period.until}`;
