/** The categories of volunteer time (a few dozen rows at most) and their hourly values by year. */
import type { VolunteerCategory, VolunteerRate } from '../../shared/valorisation/types';
import type { Executor } from '../audit';

export async function listCategories(db: Executor): Promise<VolunteerCategory[]> {
  const rows = await db
    .selectFrom('volunteer_category as c')
    .select((eb) => [
      'c.id',
      'c.label',
      'c.sort_order',
      'c.archived_at',
      eb
        .selectFrom('volunteer_time as v')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('v.category_id', '=', 'c.id')
        .as('entry_count'),
    ])
    .orderBy('c.sort_order')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    sortOrder: r.sort_order,
    archived: r.archived_at !== null,
    entryCount: Number(r.entry_count ?? 0),
  }));
}

export async function getCategory(db: Executor, id: number) {
  return (
    (await db.selectFrom('volunteer_category').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
  );
}

export async function findCategoryByLabel(db: Executor, label: string): Promise<number | null> {
  const row = await db
    .selectFrom('volunteer_category')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['label']), '=', label.toLowerCase()))
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertCategory(db: Executor, label: string): Promise<number> {
  const last = await db
    .selectFrom('volunteer_category')
    .select((eb) => eb.fn.max('sort_order').as('n'))
    .executeTakeFirst();
  const row = await db
    .insertInto('volunteer_category')
    .values({ label, sort_order: Number(last?.n ?? 0) + 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function renameCategory(db: Executor, id: number, label: string): Promise<void> {
  await db.updateTable('volunteer_category').set({ label }).where('id', '=', id).execute();
}

export async function setCategoryArchived(
  db: Executor,
  id: number,
  archivedAt: string | null,
): Promise<void> {
  await db.updateTable('volunteer_category').set({ archived_at: archivedAt }).where('id', '=', id).execute();
}

export async function setCategoryOrder(db: Executor, id: number, sortOrder: number): Promise<void> {
  await db.updateTable('volunteer_category').set({ sort_order: sortOrder }).where('id', '=', id).execute();
}

/** Every hourly value of these years (a handful of years × categories). */
export async function ratesOfYears(db: Executor, from: number, to: number): Promise<VolunteerRate[]> {
  const rows = await db
    .selectFrom('volunteer_rate')
    .select(['year', 'category_id', 'hourly_cents', 'source'])
    .where('year', '>=', from)
    .where('year', '<=', to)
    .orderBy('year')
    .execute();
  return rows.map((r) => ({
    year: r.year,
    categoryId: r.category_id,
    hourlyCents: r.hourly_cents,
    source: r.source,
  }));
}

/** Years that have at least one hourly value, most recent first. */
export async function rateYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('volunteer_rate')
    .select('year')
    .distinct()
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => r.year);
}

/** Replaces the hourly values of one year. */
export async function replaceRates(
  db: Executor,
  year: number,
  rates: ReadonlyArray<{ categoryId: number; hourlyCents: number; source: string | null }>,
): Promise<void> {
  await db.deleteFrom('volunteer_rate').where('year', '=', year).execute();
  if (rates.length === 0) return;
  await db
    .insertInto('volunteer_rate')
    .values(
      rates.map((r) => ({
        year,
        category_id: r.categoryId,
        hourly_cents: r.hourlyCents,
        source: r.source,
      })),
    )
    .execute();
}
