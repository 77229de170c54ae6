/**
 * The retention review (RGPD, limited storage): once a year « À faire » proposes the people
 * without activity for the setting's number of years, to anonymise or to keep. « Conserver »
 * records the review; the person comes back a year later if still without activity.
 */
import { logAction } from '../../db/audit';
import * as retention from '../../db/privacy/retention';
import { identifiersOf } from '../../db/privacy/erasure';
import { TODO_PAGE_LINES, pageStart } from '../../shared/todo/paging';
import {
  PRIVACY_SETTINGS_KEY,
  privacySettingsSchema,
  type PrivacySettings,
  type PrivacySettingsInput,
} from '../../shared/privacy/settings';
import { yearsBefore } from '../../shared/privacy/rules';
import type { RetentionTodo } from '../../shared/privacy/types';
import { personName } from '../../shared/rules/person-name';
import { readSettings, writeSettings } from '../association/settings';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';

export function getPrivacySettings(ctx: ServiceContext): Promise<PrivacySettings> {
  return readSettings(ctx.db, PRIVACY_SETTINGS_KEY, privacySettingsSchema);
}

export function savePrivacySettings(
  ctx: ServiceContext,
  value: PrivacySettingsInput,
): Promise<PrivacySettings> {
  return writeSettings(ctx, PRIVACY_SETTINGS_KEY, privacySettingsSchema, value);
}

export async function retentionTodo(ctx: ServiceContext, offset = 0): Promise<RetentionTodo> {
  const { retentionYears } = await getPrivacySettings(ctx);
  const today = todayIso(ctx);
  const since = yearsBefore(today, retentionYears);
  // Kept at the last review: proposed again one year after it.
  const reviewedBefore = yearsBefore(today, 1);
  const count = await retention.countInactive(ctx.db, since, reviewedBefore);
  const start = pageStart(count, offset);
  const rows = await retention.inactivePage(ctx.db, since, reviewedBefore, start, TODO_PAGE_LINES);
  const lines = [];
  for (const r of rows) {
    lines.push({
      representativeId: r.id,
      personName: personName(r.first_name, r.last_name),
      archived: r.archived_at !== null,
      lastActivity: (await retention.lastActivityOf(ctx.db, r.id)) ?? r.created_at.slice(0, 10),
    });
  }
  return { years: retentionYears, since, count, offset: start, lines };
}

/** « Conserver » at the yearly review: the person leaves the list for a year. */
export async function keepPerson(ctx: ServiceContext, id: number): Promise<{ kept: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await identifiersOf(trx, id);
    if (!row) throw notFound('Personne');
    if (row.anonymised_at !== null)
      throw new AppError('FORBIDDEN_STATE', 'Cette personne a déjà été anonymisée.');
    await retention.markReviewed(trx, id, todayIso(ctx));
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'données conservées (revue annuelle)',
      entity: 'representative',
      entityId: id,
    });
  });
  return { kept: true };
}
