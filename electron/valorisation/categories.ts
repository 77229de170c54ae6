/**
 * Paramètres › Bénévolat: the categories of volunteer time (add, rename, move, archive, restore)
 * and their hourly values per year. An archived category stays on the entries that have it and
 * is no longer offered for new ones.
 */
import * as repo from '../../db/valorisation/categories';
import { logAction } from '../../db/audit';
import type { VolunteerRatesData } from '../../shared/valorisation/schemas';
import type { VolunteerCategory, VolunteerRate } from '../../shared/valorisation/types';
import { AppError, notFound } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';

export const listCategories = (ctx: ServiceContext): Promise<VolunteerCategory[]> =>
  repo.listCategories(ctx.db);

async function refuseDuplicate(ctx: ServiceContext, label: string, exceptId: number | null): Promise<void> {
  const existing = await repo.findCategoryByLabel(ctx.db, label);
  if (existing !== null && existing !== exceptId)
    throw new AppError('CONFLICT', `La catégorie « ${label} » existe déjà.`, {
      label: 'Ce nom est déjà celui d’une autre catégorie',
    });
}

export async function createCategory(
  ctx: ServiceContext,
  data: { label: string },
): Promise<VolunteerCategory[]> {
  await refuseDuplicate(ctx, data.label, null);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertCategory(trx, data.label);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'créée',
      entity: 'volunteer_category',
      entityId: id,
    });
  });
  return listCategories(ctx);
}

export async function renameCategory(
  ctx: ServiceContext,
  id: number,
  data: { label: string },
): Promise<VolunteerCategory[]> {
  await refuseDuplicate(ctx, data.label, id);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getCategory(trx, id);
    if (!existing) throw notFound('Catégorie');
    await repo.renameCategory(trx, id, data.label);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'renommée',
      entity: 'volunteer_category',
      entityId: id,
      details: { avant: existing.label, après: data.label },
    });
  });
  return listCategories(ctx);
}

export async function setCategoryArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<VolunteerCategory[]> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getCategory(trx, id);
    if (!existing) throw notFound('Catégorie');
    if ((existing.archived_at !== null) === archived) return;
    await repo.setCategoryArchived(trx, id, archived ? at : null);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: archived ? 'archivée' : 'restaurée',
      entity: 'volunteer_category',
      entityId: id,
    });
  });
  return listCategories(ctx);
}

/** Moves a category one place up or down; the list is renumbered 1…n. */
export async function moveCategory(
  ctx: ServiceContext,
  id: number,
  direction: 'up' | 'down',
): Promise<VolunteerCategory[]> {
  await ctx.db.transaction().execute(async (trx) => {
    const list = await repo.listCategories(trx);
    const index = list.findIndex((c) => c.id === id);
    if (index < 0) throw notFound('Catégorie');
    const target = direction === 'up' ? index - 1 : index + 1;
    const moved = list[index];
    const other = list[target];
    if (!moved || !other) return;
    list[target] = moved;
    list[index] = other;
    for (const [i, c] of list.entries())
      if (c.sortOrder !== i + 1) await repo.setCategoryOrder(trx, c.id, i + 1);
  });
  return listCategories(ctx);
}

export interface RatesOfYear {
  year: number;
  rates: VolunteerRate[];
  /** Years that already have values, most recent first (to copy from, to pick). */
  years: number[];
}

export async function ratesOfYear(ctx: ServiceContext, year: number): Promise<RatesOfYear> {
  const [rates, years] = await Promise.all([repo.ratesOfYears(ctx.db, year, year), repo.rateYears(ctx.db)]);
  return { year, rates, years };
}

/** Replaces the hourly values of a year in one transaction: all are saved, or none. */
export async function saveRates(ctx: ServiceContext, data: VolunteerRatesData): Promise<RatesOfYear> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, r] of data.rates.entries())
      if (!(await repo.getCategory(trx, r.categoryId)))
        throw new AppError('VALIDATION', 'Une catégorie n’existe plus : rechargez la page.', {
          [`rates.${i}.categoryId`]: 'Cette catégorie n’existe plus',
        });
    const kept = data.rates.flatMap((r) =>
      r.hourlyCents === null
        ? []
        : [{ categoryId: r.categoryId, hourlyCents: r.hourlyCents, source: r.source }],
    );
    await repo.replaceRates(trx, data.year, kept);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'valeurs horaires modifiées',
      entity: 'volunteer_rate',
      entityId: data.year,
      details: Object.fromEntries(kept.map((r) => [String(r.categoryId), r.hourlyCents])),
    });
  });
  return ratesOfYear(ctx, data.year);
}
