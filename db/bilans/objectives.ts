/** Objectives of a project or a year, and their indicator lines. */
import type { IndicatorData, ObjectiveOwner } from '../../shared/bilans/objectives';
import type { Executor } from '../audit';

export interface ObjectiveRow {
  id: number;
  action_id: number | null;
  year: number | null;
  position: number;
  label: string;
}

const ownerColumn = (owner: ObjectiveOwner) =>
  owner.kind === 'projet' ? (['action_id', owner.actionId] as const) : (['year', owner.year] as const);

/** The objectives of one owner, in order; bounded by the service (MAX_OBJECTIVES). */
export async function objectivesOf(
  db: Executor,
  owner: ObjectiveOwner,
  limit: number,
): Promise<ObjectiveRow[]> {
  const [column, value] = ownerColumn(owner);
  return db
    .selectFrom('objective')
    .select(['id', 'action_id', 'year', 'position', 'label'])
    .where(column, '=', value)
    .orderBy('position')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The indicator lines of one owner's objectives, in order: one statement, a join, not a list of ids. */
export async function indicatorsOf(db: Executor, owner: ObjectiveOwner, limit: number) {
  const [column, value] = ownerColumn(owner);
  return db
    .selectFrom('objective_indicator as i')
    .innerJoin('objective as o', 'o.id', 'i.objective_id')
    .selectAll('i')
    .where(`o.${column}`, '=', value)
    .orderBy('o.position')
    .orderBy('i.position')
    .orderBy('i.id')
    .limit(limit)
    .execute();
}
export type IndicatorRow = Awaited<ReturnType<typeof indicatorsOf>>[number];

export async function countObjectives(db: Executor, owner: ObjectiveOwner): Promise<number> {
  const [column, value] = ownerColumn(owner);
  const row = await db
    .selectFrom('objective')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '=', value)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countIndicators(db: Executor, objectiveId: number): Promise<number> {
  const row = await db
    .selectFrom('objective_indicator')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('objective_id', '=', objectiveId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getObjective(db: Executor, id: number): Promise<ObjectiveRow | undefined> {
  return db
    .selectFrom('objective')
    .select(['id', 'action_id', 'year', 'position', 'label'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function getIndicator(db: Executor, id: number) {
  return db.selectFrom('objective_indicator').selectAll().where('id', '=', id).executeTakeFirst();
}

async function nextPosition(
  db: Executor,
  table: 'objective' | 'objective_indicator',
  column: 'action_id' | 'year' | 'objective_id',
  value: number,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number>('position').as('p'))
    .where(column, '=', value)
    .executeTakeFirst();
  return Number(row?.p ?? 0) + 1;
}

export async function insertObjective(db: Executor, owner: ObjectiveOwner, label: string, at: string) {
  const [column, value] = ownerColumn(owner);
  const position = await nextPosition(db, 'objective', column, value);
  const row = await db
    .insertInto('objective')
    .values({
      action_id: owner.kind === 'projet' ? owner.actionId : null,
      year: owner.kind === 'annee' ? owner.year : null,
      position,
      label,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateObjective(db: Executor, id: number, label: string, at: string): Promise<void> {
  await db.updateTable('objective').set({ label, updated_at: at }).where('id', '=', id).execute();
}

export async function deleteObjective(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('objective').where('id', '=', id).execute();
}

function indicatorValues(data: IndicatorData) {
  return {
    label: data.label,
    expected_number: data.expectedNumber,
    expected_text: data.expectedText,
    result_source: data.source,
    figure_id: data.figureId,
    result_number: data.resultNumber,
    result_text: data.resultText,
    comment: data.comment,
  };
}

export async function insertIndicator(db: Executor, objectiveId: number, data: IndicatorData) {
  const position = await nextPosition(db, 'objective_indicator', 'objective_id', objectiveId);
  const row = await db
    .insertInto('objective_indicator')
    .values({ objective_id: objectiveId, position, ...indicatorValues(data) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateIndicator(db: Executor, id: number, data: IndicatorData): Promise<void> {
  await db.updateTable('objective_indicator').set(indicatorValues(data)).where('id', '=', id).execute();
}

export async function deleteIndicator(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('objective_indicator').where('id', '=', id).execute();
}

export async function touchObjective(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('objective').set({ updated_at: at }).where('id', '=', id).execute();
}
