/** Bilans d'action: one per financement and period; their typed human resources and versioned texts. */
import * as repo from '../../db/bilans/bilans';
import { logAction, type Executor } from '../../db/audit';
import { MAX_STAFF_LINES, type BilanData, type StaffLineData } from '../../shared/bilans/fundings';
import { bilanSections, type BilanSectionKey } from '../../shared/bilans/sections';
import type { Bilan, SectionState, SectionVersion } from '../../shared/bilans/types';
import type { ScopeData } from '../../shared/indicators/schemas';
import { AppError, notFound } from '../errors';
import { scopeLabel } from '../indicators/labels';
import { isoNow, type ServiceContext } from '../service-context';
import { scopeOfBilan } from './bilan-scope';
import { fundingRow, toFundingSummary } from './fundings';

/** The versions a section shows; older ones stay in the file. */
const VERSIONS_SHOWN = 100;

async function bilanOrFail(db: Executor, id: number): Promise<repo.BilanRow> {
  const row = await repo.getBilan(db, id);
  if (!row) throw notFound('Bilan');
  return row;
}

const periodTaken = () =>
  new AppError('CONFLICT', 'Ce financement a déjà un bilan pour cette période : ouvrez-le.', {
    from: 'Un bilan existe déjà pour cette période',
  });

export async function getBilan(ctx: ServiceContext, id: number): Promise<Bilan> {
  const row = await bilanOrFail(ctx.db, id);
  const scope = scopeOfBilan(row.scope);
  const [funding, staff, sections] = await Promise.all([
    fundingRow(ctx.db, row.funding_id),
    repo.staffLines(ctx.db, id, MAX_STAFF_LINES),
    repo.currentSections(ctx.db, id),
  ]);
  const current = new Map(sections.map((s) => [s.section, s]));
  return {
    id,
    funding: toFundingSummary(funding),
    from: row.period_from,
    to: row.period_to,
    scope,
    scopeLabel: await scopeLabel(ctx, scope),
    staff: staff.map((s) => ({
      id: s.id,
      role: s.role,
      people: s.people,
      minutes: s.minutes,
      status: s.status,
      steps: s.steps,
    })),
    sections: bilanSections.map((def): SectionState => {
      const saved = current.get(def.key);
      return {
        key: def.key,
        label: def.label,
        hint: def.hint,
        body: saved?.body ?? '',
        version: saved?.version ?? 0,
        savedAt: saved?.saved_at ?? null,
        savedBy: saved?.saved_by ?? null,
      };
    }),
  };
}

/** The scope must name something that exists (the dashboard's label says so). */
async function checkScope(ctx: ServiceContext, scope: ScopeData): Promise<void> {
  try {
    await scopeLabel(ctx, scope);
  } catch {
    throw new AppError('VALIDATION', 'Saisie invalide : ce périmètre n’existe plus.', {
      scope: 'Ce périmètre n’existe plus',
    });
  }
}

export async function createBilan(ctx: ServiceContext, data: BilanData): Promise<Bilan> {
  const at = isoNow(ctx);
  await checkScope(ctx, data.scope);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await fundingRow(trx, data.fundingId);
    if (await repo.bilanOfPeriod(trx, data.fundingId, data.from, data.to)) throw periodTaken();
    const newId = await repo.insertBilan(trx, { ...data, scope: JSON.stringify(data.scope) }, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'bilan', entityId: newId });
    return newId;
  });
  return getBilan(ctx, id);
}

export async function updateBilan(
  ctx: ServiceContext,
  id: number,
  data: { from: string; to: string; scope: ScopeData },
): Promise<Bilan> {
  const at = isoNow(ctx);
  await checkScope(ctx, data.scope);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await bilanOrFail(trx, id);
    const other = await repo.bilanOfPeriod(trx, row.funding_id, data.from, data.to);
    if (other && other.id !== id) throw periodTaken();
    await repo.updateBilan(trx, id, { ...data, scope: JSON.stringify(data.scope) }, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'bilan', entityId: id });
  });
  return getBilan(ctx, id);
}

export async function deleteBilan(
  ctx: ServiceContext,
  id: number,
): Promise<{ deleted: true; fundingId: number }> {
  const at = isoNow(ctx);
  const fundingId = await ctx.db.transaction().execute(async (trx) => {
    const row = await bilanOrFail(trx, id);
    await repo.deleteBilan(trx, id);
    await logAction(trx, { at, actor: ctx.actor, action: 'supprimé', entity: 'bilan', entityId: id });
    return row.funding_id;
  });
  return { deleted: true, fundingId };
}

/**
 * Saves a section's text as its next version; the previous versions stay. Saving the same text
 * again adds nothing (a version is a change).
 */
export async function saveSection(
  ctx: ServiceContext,
  bilanId: number,
  section: BilanSectionKey,
  body: string,
): Promise<Bilan> {
  const at = isoNow(ctx);
  const text = body.replace(/\s+$/u, '');
  await ctx.db.transaction().execute(async (trx) => {
    await bilanOrFail(trx, bilanId);
    const latest = await repo.latestSection(trx, bilanId, section);
    if ((latest?.body ?? '') === text) return;
    const version = (latest?.version ?? 0) + 1;
    await repo.insertSectionVersion(trx, { bilanId, section, version, body: text, at, by: ctx.actor });
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'texte enregistré',
      entity: 'bilan',
      entityId: bilanId,
      details: { section, version },
    });
  });
  return getBilan(ctx, bilanId);
}

export async function sectionVersions(
  ctx: ServiceContext,
  bilanId: number,
  section: BilanSectionKey,
): Promise<SectionVersion[]> {
  await bilanOrFail(ctx.db, bilanId);
  const rows = await repo.sectionVersions(ctx.db, bilanId, section, VERSIONS_SHOWN);
  return rows.map((r) => ({ version: r.version, body: r.body, savedAt: r.saved_at, savedBy: r.saved_by }));
}

export async function addStaffLine(
  ctx: ServiceContext,
  bilanId: number,
  data: StaffLineData,
): Promise<Bilan> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await bilanOrFail(trx, bilanId);
    if ((await repo.countStaffLines(trx, bilanId)) >= MAX_STAFF_LINES)
      throw new AppError('VALIDATION', `${MAX_STAFF_LINES} lignes au plus : regroupez les fonctions.`);
    await repo.insertStaffLine(trx, bilanId, data);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'moyens humains modifiés',
      entity: 'bilan',
      entityId: bilanId,
    });
  });
  return getBilan(ctx, bilanId);
}

async function staffBilan(db: Executor, id: number): Promise<number> {
  const line = await repo.getStaffLine(db, id);
  if (!line) throw notFound('Ligne');
  return line.bilan_id;
}

export async function updateStaffLine(ctx: ServiceContext, id: number, data: StaffLineData): Promise<Bilan> {
  const at = isoNow(ctx);
  const bilanId = await ctx.db.transaction().execute(async (trx) => {
    const owner = await staffBilan(trx, id);
    await repo.updateStaffLine(trx, id, data);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'moyens humains modifiés',
      entity: 'bilan',
      entityId: owner,
    });
    return owner;
  });
  return getBilan(ctx, bilanId);
}

export async function deleteStaffLine(ctx: ServiceContext, id: number): Promise<Bilan> {
  const at = isoNow(ctx);
  const bilanId = await ctx.db.transaction().execute(async (trx) => {
    const owner = await staffBilan(trx, id);
    await repo.deleteStaffLine(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'moyens humains modifiés',
      entity: 'bilan',
      entityId: owner,
    });
    return owner;
  });
  return getBilan(ctx, bilanId);
}
