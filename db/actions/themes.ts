/** The themes of actions (seed 002's list, editable): a few dozen rows at most. */
import type { ActionTheme } from '../../shared/actions/types';
import type { Executor } from '../audit';

export async function listThemes(db: Executor): Promise<ActionTheme[]> {
  const rows = await db
    .selectFrom('action_theme as t')
    .select((eb) => [
      't.id',
      't.label',
      't.sort_order',
      't.archived_at',
      eb
        .selectFrom('action as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.theme_id', '=', 't.id')
        .as('action_count'),
    ])
    .orderBy('t.sort_order')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    sortOrder: r.sort_order,
    archived: r.archived_at !== null,
    actionCount: Number(r.action_count ?? 0),
  }));
}

export async function getTheme(db: Executor, id: number) {
  return (await db.selectFrom('action_theme').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function findThemeByLabel(db: Executor, label: string): Promise<number | null> {
  const row = await db
    .selectFrom('action_theme')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['label']), '=', label.toLowerCase()))
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertTheme(db: Executor, label: string): Promise<number> {
  const last = await db
    .selectFrom('action_theme')
    .select((eb) => eb.fn.max('sort_order').as('n'))
    .executeTakeFirst();
  const row = await db
    .insertInto('action_theme')
    .values({ label, sort_order: Number(last?.n ?? 0) + 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function renameTheme(db: Executor, id: number, label: string): Promise<void> {
  await db.updateTable('action_theme').set({ label }).where('id', '=', id).execute();
}

export async function setThemeArchived(db: Executor, id: number, archivedAt: string | null): Promise<void> {
  await db.updateTable('action_theme').set({ archived_at: archivedAt }).where('id', '=', id).execute();
}

export async function setThemeOrder(db: Executor, id: number, sortOrder: number): Promise<void> {
  await db.updateTable('action_theme').set({ sort_order: sortOrder }).where('id', '=', id).execute();
}
