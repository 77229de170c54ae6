/**
 * People without activity since a date, for the yearly retention review of « À faire ».
 * Activity is anything recorded for or by the person: attendance at a meeting or session, a
 * mandate running or begun, a claim, a training, a charter signature, a compte rendu, a reçu
 * fiscal. Each test is an EXISTS on the person's own rows (indexed by person), so an active
 * person is ruled out at their first recent row; the count and the page are bounded queries.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../schema';
import type { Executor } from '../audit';

type Eb = ExpressionBuilder<Database, 'representative'>;

function activeSince(eb: Eb, since: string) {
  const person = 'representative.id' as const;
  return eb.or([
    eb.exists(
      eb
        .selectFrom('attendance as a')
        .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
        .select('a.id')
        .whereRef('a.representative_id', '=', person)
        .where('m.date', '>=', since),
    ),
    eb.exists(
      eb
        .selectFrom('mandate as md')
        .select('md.id')
        .whereRef('md.representative_id', '=', person)
        .where((w) =>
          w.or([
            w('md.start_date', '>=', since),
            w.and([w('md.ended_on', 'is', null), w('md.end_date', 'is', null)]),
            w('md.ended_on', '>=', since),
            w.and([w('md.ended_on', 'is', null), w('md.end_date', '>=', since)]),
          ]),
        ),
    ),
    eb.exists(
      eb
        .selectFrom('claim as c')
        .select('c.id')
        .whereRef('c.representative_id', '=', person)
        .where('c.updated_at', '>=', since),
    ),
    eb.exists(
      eb
        .selectFrom('training as t')
        .select('t.id')
        .whereRef('t.representative_id', '=', person)
        .where('t.date', '>=', since),
    ),
    eb.exists(
      eb
        .selectFrom('charter_signature as s')
        .select('s.id')
        .whereRef('s.representative_id', '=', person)
        .where('s.signed_on', '>=', since),
    ),
    eb.exists(
      eb
        .selectFrom('mandate_report as r')
        .select('r.id')
        .whereRef('r.representative_id', '=', person)
        .where('r.written_on', '>=', since),
    ),
    eb.exists(
      eb
        .selectFrom('tax_receipt as tr')
        .select('tr.id')
        .whereRef('tr.representative_id', '=', person)
        .where('tr.issued_on', '>=', since),
    ),
  ]);
}

function inactiveQuery(db: Executor, since: string, reviewedBefore: string) {
  return db
    .selectFrom('representative')
    .where('anonymised_at', 'is', null)
    .where('created_at', '<', since)
    .where((eb) =>
      eb.or([eb('retention_reviewed_on', 'is', null), eb('retention_reviewed_on', '<=', reviewedBefore)]),
    )
    .where((eb) => eb.not(activeSince(eb, since)));
}

export async function countInactive(db: Executor, since: string, reviewedBefore: string): Promise<number> {
  const row = await inactiveQuery(db, since, reviewedBefore)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function inactivePage(
  db: Executor,
  since: string,
  reviewedBefore: string,
  offset: number,
  limit: number,
) {
  return inactiveQuery(db, since, reviewedBefore)
    .select(['id', 'first_name', 'last_name', 'archived_at', 'created_at'])
    .orderBy('search_text')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** The person's last recorded activity (one page's people only: a handful of indexed lookups each). */
export async function lastActivityOf(db: Executor, id: number): Promise<string | null> {
  const max = (q: { executeTakeFirst: () => Promise<{ d: string | null } | undefined> }) =>
    q.executeTakeFirst().then((r) => r?.d ?? null);
  const dates = [
    await max(
      db
        .selectFrom('attendance as a')
        .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
        .select((eb) => eb.fn.max('m.date').as('d'))
        .where('a.representative_id', '=', id),
    ),
    await max(
      db
        .selectFrom('mandate')
        .select(sql<string | null>`max(coalesce(ended_on, end_date, start_date))`.as('d'))
        .where('representative_id', '=', id),
    ),
    await max(
      db
        .selectFrom('claim')
        .select((eb) => eb.fn.max('updated_at').as('d'))
        .where('representative_id', '=', id),
    ),
    await max(
      db
        .selectFrom('training')
        .select((eb) => eb.fn.max('date').as('d'))
        .where('representative_id', '=', id),
    ),
    await max(
      db
        .selectFrom('charter_signature')
        .select((eb) => eb.fn.max('signed_on').as('d'))
        .where('representative_id', '=', id),
    ),
    await max(
      db
        .selectFrom('mandate_report')
        .select((eb) => eb.fn.max('written_on').as('d'))
        .where('representative_id', '=', id),
    ),
    await max(
      db
        .selectFrom('tax_receipt')
        .select((eb) => eb.fn.max('issued_on').as('d'))
        .where('representative_id', '=', id),
    ),
  ];
  const known = dates.filter((d): d is string => d !== null).map((d) => d.slice(0, 10));
  return known.length === 0 ? null : known.reduce((a, b) => (a > b ? a : b));
}

export async function markReviewed(db: Executor, id: number, on: string): Promise<void> {
  await db.updateTable('representative').set({ retention_reviewed_on: on }).where('id', '=', id).execute();
}
