/** « Temps bénévole » entries: the list (filtered, sorted, paged), one entry, writes. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { VolunteerTimeData, VolunteerTimeFilter } from '../../shared/valorisation/schemas';
import type { VolunteerTime } from '../../shared/valorisation/types';
import { foldForSearch, searchTerms } from '../../shared/rules/text';
import type { Executor } from '../audit';

function baseQuery(db: Executor) {
  return db
    .selectFrom('volunteer_time as v')
    .innerJoin('representative as r', 'r.id', 'v.representative_id')
    .innerJoin('volunteer_category as c', 'c.id', 'v.category_id')
    .leftJoin('action as ac', 'ac.id', 'v.action_id')
    .leftJoin('instance as i', 'i.id', 'v.instance_id');
}

type Query = ReturnType<typeof baseQuery>;

const escapeLike = (term: string) => term.replace(/[%_\\]/g, (c) => `\\${c}`);

function filtered(db: Executor, f: VolunteerTimeFilter): Query {
  let q = baseQuery(db);
  if (f.representativeId !== null) q = q.where('v.representative_id', '=', f.representativeId);
  if (f.categoryId !== null) q = q.where('v.category_id', '=', f.categoryId);
  if (f.year !== null)
    q = q.where('v.date', '>=', `${f.year}-01-01`).where('v.date', '<=', `${f.year}-12-31`);
  for (const term of searchTerms(f.search)) {
    const like = `%${escapeLike(term)}%`;
    const folded = `%${escapeLike(foldForSearch(term))}%`;
    const match = (column: string, pattern: string): Expression<SqlBool> =>
      sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
    q = q.where((eb) =>
      eb.or([
        match('r.search_text', folded),
        match('v.description', like),
        match('c.label', like),
        match('ac.title', like),
        match('i.name', like),
      ]),
    );
  }
  return q;
}

function selected(q: Query) {
  return q.select([
    'v.id',
    'v.representative_id',
    'v.date',
    'v.minutes',
    'v.category_id',
    'v.action_id',
    'v.instance_id',
    'v.description',
    'r.first_name',
    'r.last_name',
    'c.label as category_label',
    'ac.title as action_title',
    'i.name as instance_name',
  ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selected>['execute']>>[number];

const toEntry = (r: Row): VolunteerTime => ({
  id: r.id,
  representativeId: r.representative_id,
  personName: `${r.first_name} ${r.last_name}`,
  date: r.date,
  minutes: r.minutes,
  categoryId: r.category_id,
  categoryLabel: r.category_label,
  actionId: r.action_id,
  actionTitle: r.action_title,
  instanceId: r.instance_id,
  instanceName: r.instance_name,
  description: r.description,
});

function sorted(q: ReturnType<typeof selected>, f: VolunteerTimeFilter) {
  const dir = f.direction;
  switch (f.sort) {
    case 'nom':
      return q.orderBy('r.search_text', dir).orderBy('v.date', 'desc').orderBy('v.id');
    case 'categorie':
      return q.orderBy('c.sort_order', dir).orderBy('v.date', 'desc').orderBy('v.id');
    case 'duree':
      return q.orderBy('v.minutes', dir).orderBy('v.date', 'desc').orderBy('v.id');
    default:
      return q.orderBy('v.date', dir).orderBy('v.id', dir);
  }
}

export async function listEntries(
  db: Executor,
  f: VolunteerTimeFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: VolunteerTime[]; total: number; totalMinutes: number }> {
  const [rows, sums] = await Promise.all([
    sorted(selected(filtered(db, f)), f)
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('v.minutes').as('minutes')])
      .executeTakeFirst(),
  ]);
  return {
    rows: rows.map(toEntry),
    total: Number(sums?.n ?? 0),
    totalMinutes: Number(sums?.minutes ?? 0),
  };
}

/** Every entry the filters keep, for the export (the list as filtered on screen). */
export async function allEntries(db: Executor, f: VolunteerTimeFilter): Promise<VolunteerTime[]> {
  return (await sorted(selected(filtered(db, f)), f).execute()).map(toEntry);
}

export async function entryYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('volunteer_time')
    .select(sql<string>`substr(date, 1, 4)`.as('y'))
    .distinct()
    .execute();
  return rows.map((r) => Number(r.y)).sort((a, b) => b - a);
}

export async function getEntry(db: Executor, id: number): Promise<VolunteerTime | null> {
  const row = await selected(baseQuery(db)).where('v.id', '=', id).executeTakeFirst();
  return row ? toEntry(row) : null;
}

const columnsOf = (d: VolunteerTimeData) => ({
  representative_id: d.representativeId,
  date: d.date,
  minutes: d.duration,
  category_id: d.categoryId,
  action_id: d.actionId,
  instance_id: d.instanceId,
  description: d.description,
});

export async function insertEntry(db: Executor, d: VolunteerTimeData, at: string): Promise<number> {
  const row = await db
    .insertInto('volunteer_time')
    .values({ ...columnsOf(d), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEntry(db: Executor, id: number, d: VolunteerTimeData, at: string): Promise<void> {
  await db
    .updateTable('volunteer_time')
    .set({ ...columnsOf(d), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteEntry(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('volunteer_time').where('id', '=', id).execute();
}

/** Whether the rows an entry points at exist (the foreign keys answer too, less kindly). */
export async function referencesOf(db: Executor, d: VolunteerTimeData) {
  const [person, category, action, instance] = await Promise.all([
    db.selectFrom('representative').select('id').where('id', '=', d.representativeId).executeTakeFirst(),
    db
      .selectFrom('volunteer_category')
      .select(['id', 'archived_at'])
      .where('id', '=', d.categoryId)
      .executeTakeFirst(),
    d.actionId === null
      ? Promise.resolve(undefined)
      : db.selectFrom('action').select('id').where('id', '=', d.actionId).executeTakeFirst(),
    d.instanceId === null
      ? Promise.resolve(undefined)
      : db.selectFrom('instance').select('id').where('id', '=', d.instanceId).executeTakeFirst(),
  ]);
  return {
    person: person !== undefined,
    category: category ?? null,
    action: d.actionId === null || action !== undefined,
    instance: d.instanceId === null || instance !== undefined,
  };
}
