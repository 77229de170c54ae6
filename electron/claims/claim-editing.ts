/**
 * Editing notes de frais: creating a draft, changing a draft or a submitted claim (its title,
 * notes and lines), deleting a draft never numbered. Lines are checked (the person's own vehicle,
 * one line per meeting and kind, a scale for each year of a trip) before anything is written.
 */
import type { ClaimData, ClaimLineData } from '../../shared/claims/schemas';
import type { Claim } from '../../shared/claims/types';
import { logAction, type Executor } from '../../db/audit';
import { meetingsByIds, vehicleRowsOf } from '../../db/claims/claimants';
import * as lineRepo from '../../db/claims/claim-lines';
import * as repo from '../../db/claims/claims';
import { findMeetingLine } from '../../db/claims/line-lookups';
import { getPolicies } from '../../db/claims/policies';
import { AppError } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { logChange } from '../history/log-change';
import { priceExpense, scaleOrThrow } from './claim-amounts';
import {
  recomputeYears,
  recordEvent,
  requireClaim,
  requireClaimant,
  requireTransition,
  yearOf,
} from './claim-records';
import { getClaim } from './claim-view';

async function checkLines(
  trx: Executor,
  representativeId: number,
  claimId: number | null,
  data: ClaimLineData[],
  existingIds: Set<number>,
): Promise<Map<number, lineRepo.VehicleSnapshot>> {
  const fieldErrors: Record<string, string> = {};
  const vehicles = new Map<number, lineRepo.VehicleSnapshot>();
  const own = await vehicleRowsOf(trx, representativeId);
  const knownMeetings = new Set(
    (
      await meetingsByIds(
        trx,
        data.flatMap((l) => (l.meetingId === null ? [] : [l.meetingId])),
      )
    ).map((m) => m.id),
  );
  const keptIds = data.map((l) => l.id).filter((x): x is number => x !== undefined);
  const seenMeetingKinds = new Map<string, number>();
  for (const [index, line] of data.entries()) {
    if (line.id !== undefined && !existingIds.has(line.id)) {
      throw new AppError('VALIDATION', 'Une des lignes n’appartient pas à cette note. Rechargez la note.');
    }
    if (line.kind === 'kilometrique' && line.vehicleId !== null) {
      const v = own.find((x) => x.id === line.vehicleId);
      if (!v) fieldErrors[`lines.${index}.vehicleId`] = 'Ce véhicule n’est pas celui de cette personne';
      else
        vehicles.set(v.id, {
          kind: v.kind,
          cv: v.fiscal_power_cv,
          electric: v.electric === 1,
          label: v.label,
          plate: v.plate,
        });
    }
    if (line.meetingId !== null) {
      if (!knownMeetings.has(line.meetingId)) {
        fieldErrors[`lines.${index}.meetingId`] = 'Réunion introuvable';
        continue;
      }
      const key = `${line.meetingId}|${line.kind}`;
      const previous = seenMeetingKinds.get(key);
      if (previous !== undefined) {
        fieldErrors[`lines.${index}.meetingId`] =
          `La ligne ${previous + 1} porte déjà sur cette réunion pour la même nature de dépense`;
        continue;
      }
      seenMeetingKinds.set(key, index);
      const other = await findMeetingLine(
        trx,
        representativeId,
        line.meetingId,
        line.kind,
        claimId === null ? [] : keptIds,
      );
      if (other && other.claimId !== claimId) {
        fieldErrors[`lines.${index}.meetingId`] =
          `Cette réunion est déjà sur la note ${other.claimNumber ?? 'en brouillon'} pour la même nature de dépense`;
      }
    }
  }
  if (Object.keys(fieldErrors).length > 0) {
    const first = Object.values(fieldErrors)[0] ?? '';
    throw new AppError('VALIDATION', `La note n’a pas été enregistrée : ${first}.`, fieldErrors);
  }
  // Fail early and in French when the year of a trip has no scale.
  const mileageYears = data.filter((l) => l.kind === 'kilometrique').map((l) => yearOf(l.date));
  for (const [year, policy] of await getPolicies(trx, mileageYears)) {
    if (policy.mileageMode === 'bareme') await scaleOrThrow(trx, year);
  }
  return vehicles;
}

async function writeLines(
  ctx: ServiceContext,
  trx: Executor,
  claimId: number,
  representativeId: number,
  data: ClaimLineData[],
): Promise<Set<number>> {
  const at = isoNow(ctx);
  const existing = await lineRepo.listLines(trx, claimId);
  const existingIds = new Set(existing.map((l) => l.id));
  const vehicles = await checkLines(trx, representativeId, claimId, data, existingIds);
  const years = new Set(existing.map((l) => yearOf(l.date)));
  const policies = await getPolicies(
    trx,
    data.map((l) => yearOf(l.date)),
  );
  const kept = new Set<number>();
  for (const line of data) {
    const year = yearOf(line.date);
    years.add(year);
    const vehicle = line.vehicleId === null ? null : (vehicles.get(line.vehicleId) ?? null);
    const policy = policies.get(year);
    let amount = 0;
    if (line.kind !== 'kilometrique' && line.expenseCents !== null && policy) {
      amount = priceExpense(policy, line.kind, line.expenseCents).amountCents;
    }
    if (line.id !== undefined) {
      kept.add(line.id);
      await lineRepo.updateLine(trx, line.id, line, vehicle, amount, at);
    } else {
      await lineRepo.insertLine(trx, claimId, line, vehicle, amount, at);
    }
  }
  // Régularisation lines are the app's own: the editor never sends them back, they stay.
  const removed = existing.filter((l) => !kept.has(l.id) && l.kind !== 'regularisation').map((l) => l.id);
  await lineRepo.deleteLines(trx, removed);
  return years;
}

export async function createClaim(ctx: ServiceContext, data: ClaimData): Promise<Claim> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const p = await requireClaimant(trx, data.representativeId);
    if (p.archived_at !== null)
      throw new AppError(
        'FORBIDDEN_STATE',
        'Cette personne est archivée : restaurez sa fiche pour lui créer une note.',
      );
    const claimId = await repo.insertClaim(trx, {
      representativeId: data.representativeId,
      title: data.title,
      notes: data.notes,
      at,
    });
    const years = await writeLines(ctx, trx, claimId, data.representativeId, data.lines);
    await recomputeYears(ctx, trx, data.representativeId, years);
    await lineRepo.refreshTotals(trx, [claimId], at);
    await recordEvent(ctx, trx, claimId, 'créée', null, 'brouillon');
    return claimId;
  });
  return getClaim(ctx, id);
}

export async function updateClaim(ctx: ServiceContext, id: number, data: ClaimData): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await requireClaim(trx, id);
    await requireTransition(trx, c, 'edit');
    if (data.representativeId !== c.representative_id) {
      throw new AppError('VALIDATION', 'Une note ne change pas de bénéficiaire : créez-en une autre.');
    }
    await repo.updateClaim(trx, id, { title: data.title, notes: data.notes, updated_at: at });
    const years = await writeLines(ctx, trx, id, c.representative_id, data.lines);
    await recomputeYears(ctx, trx, c.representative_id, years);
    await lineRepo.refreshTotals(trx, [id], at);
    const after = await requireClaim(trx, id);
    await logChange(ctx, trx, {
      action: 'modifiée',
      entity: 'claim',
      entityId: id,
      before: { title: c.title, notes: c.notes, totalCents: c.total_cents },
      after: { title: after.title, notes: after.notes, totalCents: after.total_cents },
    });
  });
  return getClaim(ctx, id);
}

export async function deleteClaim(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  await ctx.db.transaction().execute(async (trx) => {
    const c = await requireClaim(trx, id);
    await requireTransition(trx, c, 'delete');
    const years = await lineRepo.lineYearsOfClaim(trx, id);
    await repo.deleteClaim(trx, id);
    await recomputeYears(ctx, trx, c.representative_id, years);
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'supprimée',
      entity: 'claim',
      entityId: id,
    });
  });
  return { deleted: true };
}
