/** Reimbursement policies and mileage scales per year (Paramètres › Frais), and the claims settings. */
import { type YearScale } from '../../shared/claims/mileage-scale';
import { validateYearScale } from '../../shared/claims/mileage-scale-checks';
import {
  claimsSettingsSchema,
  type ClaimsSettings,
  type ClaimsSettingsInput,
  type PolicyData,
} from '../../shared/claims/settings';
import type { Policy, ScaleView, ScaleYears } from '../../shared/claims/types';
import { logAction } from '../../db/audit';
import * as policies from '../../db/claims/policies';
import * as scales from '../../db/claims/scales';
import { AppError } from '../errors';
import { recomputeMileageYear } from './claim-amounts';
import { repriceOpenExpenses, yearsGovernedByPolicyOf } from './claim-repricing';
import { isoNow, type ServiceContext } from '../service-context';
import { readSettings, writeSettings } from '../association/settings';

export const getClaimsSettings = (ctx: ServiceContext): Promise<ClaimsSettings> =>
  readSettings(ctx.db, 'claims', claimsSettingsSchema);
export const saveClaimsSettings = (
  ctx: ServiceContext,
  value: ClaimsSettingsInput,
): Promise<ClaimsSettings> => writeSettings(ctx, 'claims', claimsSettingsSchema, value);

export const getPolicy = (ctx: ServiceContext, year: number): Promise<Policy> =>
  policies.getPolicy(ctx.db, year);

export async function savePolicy(ctx: ServiceContext, data: PolicyData): Promise<Policy> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await policies.savePolicy(trx, data, at);
    // Open lines (mileage rates and expense caps) of the year, and of later years that inherit
    // this policy, follow it at once; frozen ones keep their amounts.
    for (const year of await yearsGovernedByPolicyOf(trx, data.year)) {
      await recomputeMileageYear(trx, year, null, at);
      await repriceOpenExpenses(trx, year, at);
    }
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'politique de remboursement modifiée',
      entity: 'claim_policy',
      entityId: data.year,
      details: data,
    });
  });
  return policies.getPolicy(ctx.db, data.year);
}

export async function listScaleYears(ctx: ServiceContext): Promise<ScaleYears> {
  return { years: await scales.listScaleYears(ctx.db) };
}

export async function getScale(ctx: ServiceContext, year: number): Promise<ScaleView> {
  const scale = await scales.loadScale(ctx.db, year);
  if (!scale) throw new AppError('NOT_FOUND', `Aucun barème kilométrique pour ${year}.`);
  return scale;
}

export async function saveScale(ctx: ServiceContext, scale: YearScale): Promise<ScaleView> {
  const problems = validateYearScale(scale);
  if (problems.length > 0)
    throw new AppError('VALIDATION', `Barème non enregistré : ${problems.join(' ; ')}.`);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await scales.saveScale(trx, scale, at);
    await recomputeMileageYear(trx, scale.year, null, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'barème kilométrique modifié',
      entity: 'mileage_scale',
      entityId: scale.year,
    });
  });
  return getScale(ctx, scale.year);
}

/** Opens a new year by copying the latest scale and policy (to be checked once the official scale is out). */
export async function openYear(ctx: ServiceContext, year: number): Promise<ScaleView> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const years = await scales.listScaleYears(trx);
    if (years.includes(year)) throw new AppError('CONFLICT', `Le barème ${year} existe déjà.`);
    const source = [...years].filter((y) => y < year).pop() ?? years[years.length - 1];
    if (source === undefined) throw new AppError('NOT_FOUND', 'Aucun barème à recopier.');
    const from = await scales.loadScale(trx, source);
    if (!from) throw new AppError('NOT_FOUND', 'Aucun barème à recopier.');
    await scales.saveScale(trx, { ...from, year }, at);
    const policyYears = await policies.listPolicyYears(trx);
    if (!policyYears.includes(year)) {
      const p = await policies.getPolicy(trx, year);
      if (p.inheritedFrom !== null) await policies.savePolicy(trx, { ...p, year }, at);
    }
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: `année ${year} ouverte (copie de ${source})`,
      entity: 'mileage_scale',
      entityId: year,
    });
  });
  return getScale(ctx, year);
}
