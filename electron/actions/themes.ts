/** « Thématiques » of actions, editable in Paramètres: add, rename, move, archive, restore. */
import * as repo from '../../db/actions/themes';
import { logAction } from '../../db/audit';
import type { ActionTheme } from '../../shared/actions/types';
import { AppError, notFound } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';

export const listThemes = (ctx: ServiceContext): Promise<ActionTheme[]> => repo.listThemes(ctx.db);

async function refuseDuplicate(ctx: ServiceContext, label: string, exceptId: number | null): Promise<void> {
  const existing = await repo.findThemeByLabel(ctx.db, label);
  if (existing !== null && existing !== exceptId)
    throw new AppError('CONFLICT', `La thématique « ${label} » existe déjà.`, {
      label: 'Ce nom est déjà celui d’une autre thématique',
    });
}

export async function createTheme(ctx: ServiceContext, data: { label: string }): Promise<ActionTheme[]> {
  await refuseDuplicate(ctx, data.label, null);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertTheme(trx, data.label);
    await logAction(trx, { at, actor: ctx.actor, action: 'créée', entity: 'action_theme', entityId: id });
  });
  return listThemes(ctx);
}

export async function renameTheme(
  ctx: ServiceContext,
  id: number,
  data: { label: string },
): Promise<ActionTheme[]> {
  await refuseDuplicate(ctx, data.label, id);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getTheme(trx, id);
    if (!existing) throw notFound('Thématique');
    await repo.renameTheme(trx, id, data.label);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'renommée',
      entity: 'action_theme',
      entityId: id,
      details: { avant: existing.label, après: data.label },
    });
  });
  return listThemes(ctx);
}

/** An archived theme stays on the actions that carry it, and is no longer offered for others. */
export async function setThemeArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<ActionTheme[]> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getTheme(trx, id);
    if (!existing) throw notFound('Thématique');
    if ((existing.archived_at !== null) === archived) return;
    await repo.setThemeArchived(trx, id, archived ? at : null);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: archived ? 'archivée' : 'restaurée',
      entity: 'action_theme',
      entityId: id,
    });
  });
  return listThemes(ctx);
}

/** Moves a theme one place up or down; the list is renumbered 1…n (a few dozen rows). */
export async function moveTheme(
  ctx: ServiceContext,
  id: number,
  direction: 'up' | 'down',
): Promise<ActionTheme[]> {
  await ctx.db.transaction().execute(async (trx) => {
    const themes = await repo.listThemes(trx);
    const index = themes.findIndex((t) => t.id === id);
    if (index < 0) throw notFound('Thématique');
    const target = direction === 'up' ? index - 1 : index + 1;
    const moved = themes[index];
    const other = themes[target];
    if (!moved || !other) return;
    themes[target] = moved;
    themes[index] = other;
    for (const [i, theme] of themes.entries())
      if (theme.sortOrder !== i + 1) await repo.setThemeOrder(trx, theme.id, i + 1);
  });
  return listThemes(ctx);
}
