import { sql } from 'kysely';
import type { TrainingData, TrainingSort } from '../../shared/trainings/schemas';
import { searchTerms } from '../../shared/rules/text';
import type { Training, TrainingKind } from '../../shared/trainings/types';
import type { Executor } from '../audit';

export async function listTrainingKinds(db: Executor, includeArchived: boolean): Promise<TrainingKind[]> {
  let query = db
    .selectFrom('training_kind as k')
    .select(['k.id', 'k.label', 'k.is_base', 'k.sort_order', 'k.archived_at'])
    .select((eb) =>
      eb
        .selectFrom('training as t')
        .whereRef('t.kind_id', '=', 'k.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('usage'),
    );
  if (!includeArchived) query = query.where('k.archived_at', 'is', null);
  const rows = await query.orderBy('k.sort_order', 'asc').orderBy('k.id', 'asc').execute();
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    isBase: r.is_base === 1,
    sortOrder: r.sort_order,
    archived: r.archived_at !== null,
    usage: Number(r.usage ?? 0),
  }));
}

export async function getTrainingKind(db: Executor, id: number): Promise<TrainingKind | null> {
  const all = await listTrainingKinds(db, true);
  return all.find((k) => k.id === id) ?? null;
}

export async function insertTrainingKind(db: Executor, label: string, isBase: boolean): Promise<number> {
  const max = await db
    .selectFrom('training_kind')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .executeTakeFirst();
  const row = await db
    .insertInto('training_kind')
    .values({ label, is_base: isBase ? 1 : 0, sort_order: Number(max?.m ?? 0) + 10 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTrainingKind(
  db: Executor,
  id: number,
  label: string,
  isBase: boolean,
): Promise<void> {
  await db
    .updateTable('training_kind')
    .set({ label, is_base: isBase ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

export async function setTrainingKindArchived(
  db: Executor,
  id: number,
  archivedAt: string | null,
): Promise<void> {
  await db.updateTable('training_kind').set({ archived_at: archivedAt }).where('id', '=', id).execute();
}

export interface TrainingFilter {
  search: string;
  kindId: number | null;
  year: number | null;
  representativeId?: number;
  sort: TrainingSort;
  direction: 'asc' | 'desc';
}

function baseQuery(db: Executor) {
  return db
    .selectFrom('training as t')
    .innerJoin('representative as r', 'r.id', 't.representative_id')
    .innerJoin('training_kind as k', 'k.id', 't.kind_id')
    .select([
      't.id',
      't.representative_id',
      't.kind_id',
      't.date',
      't.duration_minutes',
      't.organiser',
      't.notes',
      'r.first_name',
      'r.last_name',
      'k.label as kind_label',
      'k.is_base',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

const toTraining = (r: Row): Training => ({
  id: r.id,
  representativeId: r.representative_id,
  personName: `${r.first_name} ${r.last_name}`,
  kindId: r.kind_id,
  kindLabel: r.kind_label,
  isBase: r.is_base === 1,
  date: r.date,
  durationMinutes: r.duration_minutes,
  organiser: r.organiser,
  notes: r.notes,
});

const escapeLike = (term: string) => term.replace(/[%_\\]/g, (c) => `\\${c}`);

export async function listTrainings(db: Executor, filter: TrainingFilter): Promise<Training[]> {
  let query = baseQuery(db);
  if (filter.representativeId !== undefined)
    query = query.where('t.representative_id', '=', filter.representativeId);
  if (filter.kindId !== null) query = query.where('t.kind_id', '=', filter.kindId);
  if (filter.year !== null) {
    query = query.where('t.date', '>=', `${filter.year}-01-01`).where('t.date', '<=', `${filter.year}-12-31`);
  }
  for (const term of searchTerms(filter.search)) {
    const like = `%${escapeLike(term)}%`;
    // The person's folded names, or the organiser and kind as typed (case-insensitive in SQLite's LIKE).
    query = query.where((eb) =>
      eb.or([
        eb('r.search_text', 'like', like),
        eb('t.organiser', 'like', like),
        eb('k.label', 'like', like),
      ]),
    );
  }
  const dir = filter.direction;
  switch (filter.sort) {
    case 'nom':
      query = query.orderBy('r.search_text', dir).orderBy('t.date', 'desc');
      break;
    case 'type':
      query = query.orderBy('k.label', dir).orderBy('t.date', 'desc');
      break;
    case 'duree':
      query = query.orderBy('t.duration_minutes', dir).orderBy('t.date', 'desc');
      break;
    default:
      query = query.orderBy('t.date', dir);
  }
  const rows = await query.orderBy('t.id', 'asc').execute();
  return rows.map(toTraining);
}

export async function trainingYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('training')
    .select(sql<string>`substr(date, 1, 4)`.as('y'))
    .distinct()
    .execute();
  return rows
    .map((r) => Number(r.y))
    .filter((y) => Number.isInteger(y))
    .sort((a, b) => b - a);
}

export async function getTraining(db: Executor, id: number): Promise<Training | null> {
  const row = await baseQuery(db).where('t.id', '=', id).executeTakeFirst();
  return row ? toTraining(row) : null;
}

function columnsOf(data: TrainingData) {
  return {
    representative_id: data.representativeId,
    kind_id: data.kindId,
    date: data.date,
    duration_minutes: data.durationMinutes,
    organiser: data.organiser,
    notes: data.notes,
  };
}

export async function insertTraining(db: Executor, data: TrainingData, at: string): Promise<number> {
  const row = await db
    .insertInto('training')
    .values({ ...columnsOf(data), created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTraining(db: Executor, id: number, data: TrainingData): Promise<void> {
  await db.updateTable('training').set(columnsOf(data)).where('id', '=', id).execute();
}

export async function deleteTraining(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('training').where('id', '=', id).execute();
}
