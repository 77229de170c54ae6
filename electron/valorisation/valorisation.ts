/**
 * The valorisation du bénévolat, computed in one place for the dashboard, the relevé and the
 * accounting journal: the hours counted (db/valorisation/counted-hours.ts) valued at the hourly
 * value of their category and year (shared/valorisation/rules.ts).
 */
import * as categoriesRepo from '../../db/valorisation/categories';
import { countedHours, type HourSources, type HoursQuery } from '../../db/valorisation/counted-hours';
import { missingRatesMessage, valorise } from '../../shared/valorisation/rules';
import {
  VALORISATION_SETTINGS_KEY,
  valorisationSettingsSchema,
  type ValorisationSettings,
  type ValorisationSettingsInput,
} from '../../shared/valorisation/settings';
import type { Valorisation } from '../../shared/valorisation/types';
import { readSettings, writeSettings } from '../association/settings';
import { AppError } from '../errors';
import type { ServiceContext } from '../service-context';

export const getValorisationSettings = (ctx: ServiceContext): Promise<ValorisationSettings> =>
  readSettings(ctx.db, VALORISATION_SETTINGS_KEY, valorisationSettingsSchema);

export async function saveValorisationSettings(
  ctx: ServiceContext,
  value: ValorisationSettingsInput,
): Promise<ValorisationSettings> {
  const parsed = valorisationSettingsSchema.parse(value);
  const fields = [
    'instanceCategoryId',
    'sessionCategoryId',
    'animationCategoryId',
    'travelCategoryId',
  ] as const;
  for (const field of fields) {
    const categoryId = parsed[field];
    if (categoryId !== null && !(await categoriesRepo.getCategory(ctx.db, categoryId)))
      throw new AppError('VALIDATION', 'Cette catégorie n’existe plus.', {
        [field]: 'Cette catégorie n’existe plus',
      });
  }
  return writeSettings(ctx, VALORISATION_SETTINGS_KEY, valorisationSettingsSchema, parsed);
}

/** Which category each source counts in; travel time left out unless it counts. */
export function sourcesOf(settings: ValorisationSettings): HourSources {
  return {
    instanceCategoryId: settings.instanceCategoryId,
    sessionCategoryId: settings.sessionCategoryId,
    animationCategoryId: settings.animationCategoryId,
    excludedCategoryId: settings.countTravel ? null : settings.travelCategoryId,
  };
}

/** The valorisation of the hours of a period (a person's, or a scope's, or everything). */
export async function valorisationOf(
  ctx: ServiceContext,
  q: HoursQuery,
  settings?: ValorisationSettings,
): Promise<Valorisation> {
  const [s, categories, rates] = await Promise.all([
    settings ?? getValorisationSettings(ctx),
    categoriesRepo.listCategories(ctx.db),
    categoriesRepo.ratesOfYears(ctx.db, Number(q.from.slice(0, 4)), Number(q.until.slice(0, 4))),
  ]);
  const hours = q.until < q.from ? [] : await countedHours(ctx.db, sourcesOf(s), q);
  return valorise(hours, categories, new Map(rates.map((r) => [`${r.year}:${r.categoryId}`, r.hourlyCents])));
}

/** A document that states an amount refuses to state a partial one: `what` says which document. */
export function requireValued(valorisation: Valorisation, what: string): void {
  const message = missingRatesMessage(valorisation.missing);
  if (message !== null) throw new AppError('FORBIDDEN_STATE', `${what} : ${message}`);
}

export const yearBounds = (year: number) => ({ from: `${year}-01-01`, until: `${year}-12-31` });
