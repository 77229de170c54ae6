/**
 * The lists behind the figures, one page at a time (LIMIT/OFFSET, with the total): the same
 * conditions as the figures' aggregates, row by row.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../audit';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import { idList } from '../id-list';
import { linesInScope } from './money-figures';
import {
  PRESENT_SQL,
  personInScope,
  presenceMinutesSql,
  runsDuring,
  scopedActionsCte,
  scopedCte,
} from './scope';

export interface Page {
  offset: number;
  limit: number;
}

export interface Paged<T> {
  total: number;
  rows: T[];
}

/** Runs `select … from <body>` for the page and `count(*)` over the same body. */
export async function paged<T>(
  db: Executor,
  scope: ScopeData,
  ctes: RawBuilder<unknown>,
  columns: RawBuilder<unknown>,
  body: RawBuilder<unknown>,
  order: RawBuilder<unknown>,
  page: Page,
): Promise<Paged<T>> {
  const [count, rows] = await Promise.all([
    sql<{ n: number }>`with ${scopedCte(scope)}${ctes} select count(*) as n from ${body}`.execute(db),
    sql<T>`with ${scopedCte(scope)}${ctes} select ${columns} from ${body} order by ${order}
      limit ${page.limit} offset ${page.offset}`.execute(db),
  ]);
  return { total: Number(count.rows[0]?.n ?? 0), rows: rows.rows };
}

const none = sql``;

export interface PersonLine {
  id: number;
  firstName: string;
  lastName: string;
  /** Mandates in the period (engaged), first start (new), due date (formation de base). */
  mandates: number;
  firstStart: string | null;
  dueDate: string | null;
  baseOn: string | null;
}

const personColumns = sql`r.id, r.first_name as firstName, r.last_name as lastName`;

export function engagedPeopleList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<PersonLine>(
    db,
    scope,
    sql`, e as (select m.representative_id, count(*) as mandates from mandate m join scoped s on s.id = m.instance_id
        where ${runsDuring(period.from, period.until)} group by m.representative_id)`,
    sql`${personColumns}, e.mandates, null as firstStart, null as dueDate, null as baseOn`,
    sql`e join representative r on r.id = e.representative_id`,
    sql`r.last_name, r.first_name, r.id`,
    page,
  );
}

export function newPeopleList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<PersonLine>(
    db,
    scope,
    sql`, f as (select representative_id, min(start_date) as first_start from mandate group by representative_id)`,
    sql`${personColumns}, 0 as mandates, f.first_start as firstStart, null as dueDate, null as baseOn`,
    sql`f join representative r on r.id = f.representative_id
      where f.first_start between ${period.from} and ${period.until} and ${personInScope(scope, 'f.representative_id', period)}`,
    sql`f.first_start, r.last_name, r.first_name, r.id`,
    page,
  );
}

export function baseTrainingList(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
  calendar: ReadonlyArray<readonly [string, string]>,
  page: Page,
) {
  return paged<PersonLine>(
    db,
    scope,
    sql`, calendar as materialized (select json_extract(value, '$[0]') as first_start, json_extract(value, '$[1]') as due_date
        from json_each(${JSON.stringify(calendar)})),
      f as (select representative_id, min(start_date) as first_start from mandate group by representative_id
        having min(start_date) between ${calendar[0]?.[0] ?? ''} and ${calendar[calendar.length - 1]?.[0] ?? ''})`,
    sql`${personColumns}, 0 as mandates, f.first_start as firstStart, c.due_date as dueDate,
      (select min(t.date) from training t join training_kind k on k.id = t.kind_id
        where t.representative_id = f.representative_id and k.is_base = 1) as baseOn`,
    sql`f join calendar c on c.first_start = f.first_start join representative r on r.id = f.representative_id
      where ${personInScope(scope, 'f.representative_id', period)}`,
    sql`c.due_date, r.last_name, r.first_name, r.id`,
    page,
  );
}

export async function peopleNames(
  db: Executor,
  ids: readonly number[],
): Promise<Map<number, { firstName: string; lastName: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('representative')
    .select(['id', 'first_name', 'last_name'])
    .where('id', 'in', idList(ids))
    .execute();
  return new Map(rows.map((r) => [r.id, { firstName: r.first_name, lastName: r.last_name }]));
}

export interface InstanceLine {
  id: number;
  name: string;
  organisationName: string;
  offered: number;
  filled: number;
  people: number;
  targetMin: number;
}

/** Scoped instances not archived on `day`, with their seats and people then; `belowOnly` for the target. */
export function instancesOnList(db: Executor, scope: ScopeData, day: string, belowOnly: boolean, page: Page) {
  return paged<InstanceLine>(
    db,
    scope,
    sql`, held as (select m.instance_id, sum(m.role = 'titulaire') as titulaires, sum(m.role = 'suppleant') as suppleants,
        count(distinct m.representative_id) as people
      from mandate m join scoped s on s.id = m.instance_id where ${runsDuring(day, day)} group by m.instance_id)`,
    sql`s.id, s.name, s.organisation_name as organisationName, s.seats_titulaire + s.seats_suppleant as offered,
      min(s.seats_titulaire, coalesce(h.titulaires, 0)) + min(s.seats_suppleant, coalesce(h.suppleants, 0)) as filled,
      coalesce(h.people, 0) as people, s.target_min as targetMin`,
    sql`scoped s left join held h on h.instance_id = s.id
      where (s.archived_at is null or substr(s.archived_at, 1, 10) > ${day})
        ${belowOnly ? sql`and s.target_min > 0 and coalesce(h.people, 0) < s.target_min` : none}`,
    sql`s.organisation_name, s.name, s.id`,
    page,
  );
}

export interface TrainingLine {
  id: number;
  representativeId: number;
  firstName: string;
  lastName: string;
  kindLabel: string;
  date: string;
  minutes: number | null;
}

export function trainingsList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<TrainingLine>(
    db,
    scope,
    none,
    sql`t.id, t.representative_id as representativeId, r.first_name as firstName, r.last_name as lastName,
      k.label as kindLabel, t.date, t.duration_minutes as minutes`,
    sql`training t join training_kind k on k.id = t.kind_id join representative r on r.id = t.representative_id
      where t.date between ${period.from} and ${period.until} and ${personInScope(scope, 't.representative_id', period)}`,
    sql`t.date desc, t.id desc`,
    page,
  );
}

export interface MeetingLine {
  id: number;
  date: string;
  title: string | null;
  instanceName: string;
  organisationName: string;
  expected: number;
  expectedPresent: number;
  minutes: number;
}

export function meetingsList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<MeetingLine>(
    db,
    scope,
    none,
    sql`mt.id, mt.date, mt.title, s.name as instanceName, s.organisation_name as organisationName,
      (select count(*) from attendance a where a.meeting_id = mt.id and a.non_mandated = 0) as expected,
      (select count(*) from attendance a where a.meeting_id = mt.id and a.non_mandated = 0 and ${PRESENT_SQL}) as expectedPresent,
      (select coalesce(sum(${presenceMinutesSql}), 0) from attendance a where a.meeting_id = mt.id and ${PRESENT_SQL}) as minutes`,
    sql`meeting mt join scoped s on s.id = mt.instance_id
      where mt.cancelled_at is null and mt.date between ${period.from} and ${period.until}`,
    sql`mt.date desc, mt.id desc`,
    page,
  );
}

export interface PersonHoursLine {
  id: number;
  firstName: string;
  lastName: string;
  meetings: number;
  minutes: number;
}

/** People present at the held meetings of the period, with their hours of presence, most first. */
export function peopleHoursList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<PersonHoursLine>(
    db,
    scope,
    sql`, per_person as (
        select a.representative_id, count(*) as meetings, sum(${presenceMinutesSql}) as minutes
        from meeting mt join scoped s on s.id = mt.instance_id join attendance a on a.meeting_id = mt.id
        where mt.cancelled_at is null and mt.date between ${period.from} and ${period.until} and ${PRESENT_SQL}
        group by a.representative_id)`,
    sql`${personColumns}, p.meetings, p.minutes`,
    sql`per_person p join representative r on r.id = p.representative_id`,
    sql`p.minutes desc, r.last_name, r.first_name, r.id`,
    page,
  );
}

export interface ClaimLine {
  id: number;
  number: string | null;
  firstName: string;
  lastName: string;
  date: string;
  cents: number;
}

export function settledClaimsList(
  db: Executor,
  scope: ScopeData,
  status: 'payee' | 'abandonnee',
  period: ResolvedPeriod,
  page: Page,
) {
  const day = status === 'payee' ? sql`c.paid_on` : sql`c.renounced_on`;
  const lines = linesInScope(scope);
  return paged<ClaimLine>(
    db,
    scope,
    sql`, ${scopedActionsCte(scope)}, amounts as (select cl.claim_id, sum(cl.amount_cents) as cents from claim_line cl
        ${lines.join} join claim c on c.id = cl.claim_id
        where c.status = ${status} and ${day} between ${period.from} and ${period.until} ${lines.where} group by cl.claim_id)`,
    sql`c.id, c.number, r.first_name as firstName, r.last_name as lastName, ${day} as date, x.cents`,
    sql`amounts x join claim c on c.id = x.claim_id join representative r on r.id = c.representative_id`,
    sql`${day} desc, c.id desc`,
    page,
  );
}

export interface ReceiptLine {
  id: number;
  number: string;
  year: number;
  donorName: string;
  date: string;
  cents: number;
}

export function receiptsList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<ReceiptLine>(
    db,
    scope,
    none,
    sql`r.id, r.number, r.year, r.donor_name as donorName, r.issued_on as date, r.amount_cents as cents`,
    sql`tax_receipt r where r.cancelled_at is null and r.issued_on between ${period.from} and ${period.until}
      and ${personInScope(scope, 'r.representative_id', period)}`,
    sql`r.issued_on desc, r.id desc`,
    page,
  );
}
