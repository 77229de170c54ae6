/** Financements: the list (searched, filtered, sorted, paged), one record with its projects, its writes. */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { FundingData, FundingSort, FundingStatus } from '../../shared/bilans/fundings';
import { searchTerms } from '../../shared/rules/text';
import type { Executor } from '../audit';
import { idList } from '../id-list';
import type { Database } from '../schema';

export interface FundingFilter {
  search: string;
  status?: FundingStatus | null;
  year?: number | null;
}

type FundingQuery<O> = SelectQueryBuilder<Database & { f: Database['funding'] }, 'f', O>;

function filtered<O>(query: FundingQuery<O>, filter: FundingFilter): FundingQuery<O> {
  let q = query;
  for (const term of searchTerms(filter.search)) {
    const pattern = `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`f.search_text like ${pattern} escape '\\'`);
  }
  if (filter.status) q = q.where('f.status', '=', filter.status);
  if (filter.year) {
    // A financement belongs to every year its period meets.
    q = q
      .where('f.period_from', '<=', `${filter.year}-12-31`)
      .where('f.period_to', '>=', `${filter.year}-01-01`);
  }
  return q;
}

const ORDER: Record<FundingSort, 'f.period_from' | 'f.funder' | 'f.amount_cents' | 'f.status'> = {
  periode: 'f.period_from',
  financeur: 'f.funder',
  montant: 'f.amount_cents',
  statut: 'f.status',
};

function rowQuery(db: Executor) {
  return db.selectFrom('funding as f').select((eb) => [
    'f.id',
    'f.funder',
    'f.title',
    'f.agreement_ref',
    'f.amount_cents',
    'f.period_from',
    'f.period_to',
    'f.status',
    'f.notes',
    'f.created_at',
    'f.updated_at',
    eb
      .selectFrom('funding_project as fp')
      .select((e) => e.fn.countAll<number>().as('n'))
      .whereRef('fp.funding_id', '=', 'f.id')
      .as('project_count'),
    eb
      .selectFrom('bilan as b')
      .select((e) => e.fn.countAll<number>().as('n'))
      .whereRef('b.funding_id', '=', 'f.id')
      .as('bilan_count'),
  ]);
}
export type FundingRow = Awaited<ReturnType<ReturnType<typeof rowQuery>['executeTakeFirstOrThrow']>>;

export async function pageOfFundings(
  db: Executor,
  filter: FundingFilter,
  order: { sort: FundingSort; direction: 'asc' | 'desc' },
  page: { offset: number; limit: number },
): Promise<FundingRow[]> {
  return filtered(rowQuery(db), filter)
    .orderBy(ORDER[order.sort], order.direction)
    .orderBy('f.id', order.direction)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countFundings(db: Executor, filter: FundingFilter): Promise<number> {
  const row = await filtered(
    db.selectFrom('funding as f').select((eb) => eb.fn.countAll<number>().as('n')),
    filter,
  ).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getFunding(db: Executor, id: number): Promise<FundingRow | undefined> {
  return rowQuery(db).where('f.id', '=', id).executeTakeFirst();
}

/** The projects a financement funds (at most MAX_FUNDED_PROJECTS, by the schema). */
export async function fundedProjects(db: Executor, fundingId: number) {
  return db
    .selectFrom('funding_project as fp')
    .innerJoin('action as a', 'a.id', 'fp.action_id')
    .select(['a.id', 'a.title', 'a.kind', 'a.status', 'a.start_date', 'a.end_date'])
    .where('fp.funding_id', '=', fundingId)
    .orderBy('a.start_date')
    .orderBy('a.title')
    .execute();
}

/** How many of the ids are projects (a JSON list of at most MAX_FUNDED_PROJECTS ids). */
export async function countProjects(db: Executor, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('action')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'projet')
    .where('id', 'in', idList(ids))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function values(data: FundingData, searchText: string, at: string) {
  return {
    funder: data.funder,
    title: data.title,
    agreement_ref: data.agreementRef,
    amount_cents: data.amountCents,
    period_from: data.from,
    period_to: data.to,
    status: data.status,
    notes: data.notes,
    search_text: searchText,
    updated_at: at,
  };
}

export async function insertFunding(db: Executor, data: FundingData, searchText: string, at: string) {
  const row = await db
    .insertInto('funding')
    .values({ ...values(data, searchText, at), created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateFunding(
  db: Executor,
  id: number,
  data: FundingData,
  searchText: string,
  at: string,
) {
  await db
    .updateTable('funding')
    .set(values(data, searchText, at))
    .where('id', '=', id)
    .execute();
}

export async function setFundedProjects(
  db: Executor,
  fundingId: number,
  ids: readonly number[],
): Promise<void> {
  await db.deleteFrom('funding_project').where('funding_id', '=', fundingId).execute();
  if (ids.length > 0)
    await db
      .insertInto('funding_project')
      .values(ids.map((actionId) => ({ funding_id: fundingId, action_id: actionId })))
      .execute();
}

export async function deleteFunding(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('funding').where('id', '=', id).execute();
}
