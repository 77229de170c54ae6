/**
 * The hours the valorisation counts, by calendar year and category, in one statement: presence
 * at the held meetings of instances and at the sessions of actions (the indicators' presence
 * rule and minutes, shared from db/indicators/scope.ts), plus the « temps bénévole » entered by
 * hand. Which category each source counts in comes from the settings; a source without a
 * category, and travel time when it does not count, are left out.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../audit';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { CountedHours } from '../../shared/valorisation/rules';
import { PRESENT_SQL, presenceMinutesSql, scopedCte } from '../indicators/scope';

export interface HourSources {
  instanceCategoryId: number | null;
  sessionCategoryId: number | null;
  animationCategoryId: number | null;
  /** A category whose entries are not counted (travel time when the settings say so). */
  excludedCategoryId: number | null;
}

export interface HoursQuery {
  from: string;
  until: string;
  /** Everything when null or `tout`; else the meetings and entries of the scope's instances. */
  scope: ScopeData | null;
  representativeId: number | null;
}

const none = sql``;

/**
 * `counted`: one row per presence or entry (person, date, category, minutes). With a scope,
 * sessions of actions and entries not tied to an instance of the scope are outside it.
 */
function countedCtes(sources: HourSources, q: HoursQuery): RawBuilder<unknown> {
  const scoped = q.scope !== null && q.scope.kind !== 'tout';
  const person = (column: string) =>
    q.representativeId === null ? none : sql`and ${sql.ref(column)} = ${q.representativeId}`;
  const category = sql`case
      when mt.action_id is null then ${sources.instanceCategoryId}
      when a.role = 'animateur' then ${sources.animationCategoryId}
      else ${sources.sessionCategoryId} end`;
  return sql`${scoped && q.scope ? sql`${scopedCte(q.scope)},` : none}
    counted_raw as (
      select a.representative_id as person_id, mt.date, ${category} as category_id,
        ${presenceMinutesSql} as minutes
      from meeting mt
      join attendance a on a.meeting_id = mt.id
      ${scoped ? sql`join scoped s on s.id = mt.instance_id` : none}
      where mt.cancelled_at is null and ${PRESENT_SQL}
        and mt.date between ${q.from} and ${q.until} ${person('a.representative_id')}
      union all
      select v.representative_id, v.date, v.category_id, v.minutes
      from volunteer_time v
      ${scoped ? sql`join scoped s on s.id = v.instance_id` : none}
      where v.date between ${q.from} and ${q.until} ${person('v.representative_id')}),
    counted as (
      select * from counted_raw
      where category_id is not null and minutes > 0
        and (${sources.excludedCategoryId} is null or category_id <> ${sources.excludedCategoryId}))`;
}

/** Minutes by calendar year and category. */
export async function countedHours(
  db: Executor,
  sources: HourSources,
  q: HoursQuery,
): Promise<CountedHours[]> {
  const result = await sql<{ year: string; categoryId: number; minutes: number }>`
    with ${countedCtes(sources, q)}
    select substr(date, 1, 4) as year, category_id as categoryId, sum(minutes) as minutes
    from counted group by 1, 2`.execute(db);
  return result.rows.map((r) => ({
    year: Number(r.year),
    categoryId: Number(r.categoryId),
    minutes: Number(r.minutes),
  }));
}

export interface PersonMinutes {
  id: number;
  firstName: string;
  lastName: string;
  minutes: number;
}

/** People with counted hours, most first, one page at a time, and how many there are. */
export async function countedHoursByPerson(
  db: Executor,
  sources: HourSources,
  q: HoursQuery,
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: PersonMinutes[] }> {
  const body = sql`(select person_id, sum(minutes) as minutes from counted group by person_id) p
    join representative r on r.id = p.person_id`;
  const [count, rows] = await Promise.all([
    sql<{ n: number }>`with ${countedCtes(sources, q)} select count(*) as n from ${body}`.execute(db),
    sql<PersonMinutes>`with ${countedCtes(sources, q)}
      select r.id, r.first_name as firstName, r.last_name as lastName, p.minutes from ${body}
      order by p.minutes desc, r.last_name, r.first_name, r.id
      limit ${page.limit} offset ${page.offset}`.execute(db),
  ]);
  return {
    total: Number(count.rows[0]?.n ?? 0),
    rows: rows.rows.map((r) => ({ ...r, minutes: Number(r.minutes) })),
  };
}
