/**
 * Notes de frais: editing drafts, the workflow (brouillon → soumise → validée → payée, or
 * refusée, abandonnée, annulée), numbering at submission, and the claim as the UI shows it.
 * Every state change runs in one transaction with its history event and audit entry.
 */
import type { YearScale } from '../../shared/claims/mileage-scale';
import {
  missingReceiptText,
  missingReceiptsSentence,
  type ReceiptCheckLine,
} from '../../shared/rules/claim-receipts';
import { formatEuros, formatKm } from '../../shared/rules/format-fr';
import { futureDateError } from '../../shared/rules/dates';
import { renunciationDateLabel } from '../../shared/claims/schemas';
import {
  claimStatusLabels,
  type ClaimData,
  type ClaimLineData,
  type ClaimStatus,
  type PaymentMethod,
  type StoredLineKind,
  type TransportMode,
} from '../../shared/claims/schemas';
import type { VehicleKind } from '../../shared/register/representative';
import type {
  AttendanceProposals,
  Claim,
  ClaimLine,
  ClaimList,
  ClaimVehicle,
  Policy,
  RegularisationProposal,
} from '../../shared/claims/types';
import { logAction, type Executor } from '../../db/audit';
import * as lineRepo from '../../db/claims/claim-lines';
import * as repo from '../../db/claims/claims';
import { getPolicy } from '../../db/claims/policies';
import * as receipts from '../../db/claims/receipts';
import { loadScale } from '../../db/claims/scales';
import { formatNumber, nextNumber } from '../../db/sequence';
import { AppError, notFound } from '../errors';
import {
  billedTenthKm,
  explainLine,
  priceExpense,
  recomputeMileageYear,
  scaleOrThrow,
  vehicleBalances,
  type VehicleBalance,
} from './claim-amounts';
import { pendingTransferOf, requireNotInTransfer } from '../treasury/claim-transfer';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { readStoredFile, storeFile } from '../association/stored-files';
import { producedFile, type ProducedFile } from '../files/produced-file';
import { idList } from '../../db/id-list';

const yearOf = (date: string): number => Number(date.slice(0, 4));

async function person(db: Executor, id: number) {
  const row = await db.selectFrom('representative').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Représentant');
  return row;
}

async function vehiclesOf(db: Executor, representativeId: number): Promise<ClaimVehicle[]> {
  const rows = await db
    .selectFrom('vehicle')
    .selectAll()
    .where('representative_id', '=', representativeId)
    .orderBy('id')
    .execute();
  return rows.map((v) => ({
    id: v.id,
    label: v.label,
    kind: v.kind as VehicleKind,
    fiscalPowerCv: v.fiscal_power_cv,
    electric: v.electric === 1,
    plate: v.plate,
    archived: v.archived_at !== null,
  }));
}

export function describeVehicle(v: {
  kind: string;
  cv: number | null;
  electric: boolean;
  label?: string | null;
  plate?: string | null;
}): string {
  const kind = v.kind === 'moto' ? 'Moto' : v.kind === 'cyclomoteur' ? 'Cyclomoteur' : 'Voiture';
  const parts = [
    `${kind}${v.kind === 'cyclomoteur' ? '' : ` ${v.cv ?? '?'}\u00a0CV`}${v.electric ? ' électrique' : ''}`,
  ];
  if (v.plate) parts.push(v.plate);
  return parts.join(', ');
}

async function getClaimRowOrThrow(db: Executor, id: number) {
  const row = await repo.getClaimRow(db, id);
  if (!row) throw notFound('Note de frais');
  return row;
}

async function event(
  ctx: ServiceContext,
  trx: Executor,
  claimId: number,
  action: string,
  from: string | null,
  to: string,
  reason: string | null = null,
  details?: unknown,
): Promise<void> {
  const at = isoNow(ctx);
  await repo.insertEvent(trx, { claimId, at, actor: ctx.actor, action, from, to, reason });
  await logAction(trx, {
    at,
    actor: ctx.actor,
    action,
    entity: 'claim',
    entityId: claimId,
    details: details ?? (reason ? { motif: reason } : undefined),
  });
}

/** Years touched by a claim's lines: those whose mileage cumul may have moved. */
async function lineYears(db: Executor, claimId: number): Promise<number[]> {
  const rows = await db.selectFrom('claim_line').select('date').where('claim_id', '=', claimId).execute();
  return [...new Set(rows.map((r) => yearOf(r.date)))];
}

async function recompute(
  ctx: ServiceContext,
  trx: Executor,
  representativeId: number,
  years: Iterable<number>,
  priorityClaimId?: number,
) {
  for (const year of new Set(years)) {
    await recomputeMileageYear(trx, year, [representativeId], isoNow(ctx), { priorityClaimId });
  }
}

// ------------------------------------------------------------------------ reading

export async function listClaims(ctx: ServiceContext, filter: repo.ClaimFilter): Promise<ClaimList> {
  const rows = await repo.listClaims(ctx.db, filter);
  return {
    rows,
    total: rows.length,
    totalCents: rows.reduce((s, r) => s + r.totalCents, 0),
    years: await repo.listClaimYears(ctx.db),
  };
}

export async function getClaim(ctx: ServiceContext, id: number): Promise<Claim> {
  const db = ctx.db;
  const c = await getClaimRowOrThrow(db, id);
  const p = await person(db, c.representative_id);
  const lineRows = await lineRepo.listLines(db, id);
  const files = await receipts.receiptsOfLines(
    db,
    lineRows.map((l) => l.id),
  );
  const meetings = await repo.meetingLabels(
    db,
    lineRows.map((l) => l.meeting_id).filter((m): m is number => m !== null),
  );
  const policies = new Map<number, Policy>();
  const scales = new Map<number, YearScale | null>();
  const lines: ClaimLine[] = [];
  const counted = !['refusee', 'annulee'].includes(c.status);
  for (const l of lineRows) {
    const year = yearOf(l.date);
    if (!policies.has(year)) policies.set(year, await getPolicy(db, year));
    if (!scales.has(year)) scales.set(year, await loadScale(db, year));
    const policy = policies.get(year) as Policy;
    const rule = policy.kinds.find((k) => k.kind === l.kind);
    const lineFiles = files.get(l.id) ?? [];
    const warnings: string[] = [];
    if (rule?.receiptRequired && lineFiles.length === 0 && l.kind !== 'regularisation')
      warnings.push(
        missingReceiptText({
          kind: l.kind as StoredLineKind,
          transportMode: l.transport_mode as TransportMode | null,
        }),
      );
    if (counted && l.kind !== 'regularisation') {
      const similar = await lineRepo.findSimilarLines(db, c.representative_id, {
        id: l.id,
        date: l.date,
        kind: l.kind,
        amountCents: l.amount_cents,
        expenseCents: l.expense_cents,
        distanceTenthKm: l.distance_tenth_km,
      });
      if (similar.length > 0) {
        const where = similar
          .map((s) => (s.claimId === id ? 'cette note' : (s.claimNumber ?? 'une note en brouillon')))
          .join(', ');
        warnings.push(`Doublon possible : même date, même nature et même montant (${where})`);
      }
    }
    lines.push({
      id: l.id,
      kind: l.kind as StoredLineKind,
      transportMode: l.transport_mode as TransportMode | null,
      date: l.date,
      purpose: l.purpose,
      meetingId: l.meeting_id,
      meetingLabel: l.meeting_id === null ? null : (meetings.get(l.meeting_id) ?? null),
      fromPlace: l.from_place,
      toPlace: l.to_place,
      distanceTenthKm: l.distance_tenth_km,
      roundTrip: l.round_trip === 1,
      billedTenthKm:
        l.kind === 'kilometrique' ? billedTenthKm(l.distance_tenth_km, l.round_trip === 1) : null,
      vehicleId: l.vehicle_id,
      vehicleDescription:
        l.vehicle_kind === null
          ? null
          : describeVehicle({
              kind: l.vehicle_kind,
              cv: l.vehicle_cv,
              electric: l.vehicle_electric === 1,
              plate: l.vehicle_plate,
            }),
      expenseCents: l.expense_cents,
      amountCents: l.amount_cents,
      cumulativeBeforeTenthKm: l.cumulative_before_tenth_km,
      explanation: explainLine(l, policy, scales.get(year) ?? null),
      receipts: lineFiles,
      receiptRequired: rule?.receiptRequired ?? false,
      warnings,
    });
  }
  const dates = lineRows.map((l) => l.date).sort();
  const active = await receipts.activeReceiptOfClaim(db, id);
  return {
    id: c.id,
    number: c.number,
    status: c.status as ClaimStatus,
    representativeId: c.representative_id,
    personName: `${p.first_name} ${p.last_name}`,
    title: c.title,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    lineCount: lineRows.length,
    totalCents: c.total_cents,
    createdAt: c.created_at,
    hasIban: Boolean(p.iban),
    notes: c.notes,
    person: {
      civility: p.civility,
      firstName: p.first_name,
      lastName: p.last_name,
      addressLine: p.address_line,
      postalCode: p.postal_code,
      city: p.city,
      iban: p.iban,
      bic: p.bic,
    },
    vehicles: await vehiclesOf(db, c.representative_id),
    lines,
    events: await repo.listEvents(db, id),
    editable: c.status === 'brouillon' || c.status === 'soumise',
    submittedAt: c.submitted_at,
    validatedAt: c.validated_at,
    validatedBy: c.validated_by,
    refusalReason: c.refusal_reason,
    renouncedOn: c.renounced_on,
    paidOn: c.paid_on,
    paymentMethod: c.payment_method as PaymentMethod | null,
    paymentReference: c.payment_reference,
    cancelReason: c.cancel_reason,
    taxReceiptNumber: active?.number ?? null,
    pendingTransfer: await pendingTransferOf(db, c),
  };
}

// ------------------------------------------------------------------------ editing

async function checkLines(
  ctx: ServiceContext,
  trx: Executor,
  representativeId: number,
  claimId: number | null,
  data: ClaimLineData[],
  existingIds: Set<number>,
): Promise<Map<number, lineRepo.VehicleSnapshot>> {
  const fieldErrors: Record<string, string> = {};
  const vehicles = new Map<number, lineRepo.VehicleSnapshot>();
  const own = await trx
    .selectFrom('vehicle')
    .selectAll()
    .where('representative_id', '=', representativeId)
    .execute();
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
      const meeting = await trx
        .selectFrom('meeting')
        .select(['id', 'date'])
        .where('id', '=', line.meetingId)
        .executeTakeFirst();
      if (!meeting) {
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
      const keptIds = data.map((l) => l.id).filter((x): x is number => x !== undefined);
      const other = await lineRepo.findMeetingLine(
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
  for (const year of new Set(data.filter((l) => l.kind === 'kilometrique').map((l) => yearOf(l.date)))) {
    const policy = await getPolicy(trx, year);
    if (policy.mileageMode === 'bareme') await scaleOrThrow(trx, year);
  }
  void ctx;
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
  const vehicles = await checkLines(ctx, trx, representativeId, claimId, data, existingIds);
  const years = new Set(existing.map((l) => yearOf(l.date)));
  const kept = new Set<number>();
  for (const line of data) {
    years.add(yearOf(line.date));
    const vehicle = line.vehicleId === null ? null : (vehicles.get(line.vehicleId) ?? null);
    let amount = 0;
    if (line.kind !== 'kilometrique' && line.expenseCents !== null) {
      amount = priceExpense(
        await getPolicy(trx, yearOf(line.date)),
        line.kind,
        line.expenseCents,
      ).amountCents;
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
    const p = await person(trx, data.representativeId);
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
    await recompute(ctx, trx, data.representativeId, years);
    await lineRepo.refreshTotals(trx, [claimId], at);
    await event(ctx, trx, claimId, 'créée', null, 'brouillon');
    return claimId;
  });
  return getClaim(ctx, id);
}

export async function updateClaim(ctx: ServiceContext, id: number, data: ClaimData): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await getClaimRowOrThrow(trx, id);
    if (c.status !== 'brouillon' && c.status !== 'soumise') {
      throw new AppError(
        'FORBIDDEN_STATE',
        `Une note ${claimStatusLabels[c.status as ClaimStatus].toLowerCase()} ne se modifie plus.`,
      );
    }
    if (data.representativeId !== c.representative_id) {
      throw new AppError('VALIDATION', 'Une note ne change pas de bénéficiaire : créez-en une autre.');
    }
    await repo.updateClaim(trx, id, { title: data.title, notes: data.notes, updated_at: at });
    const years = await writeLines(ctx, trx, id, c.representative_id, data.lines);
    await recompute(ctx, trx, c.representative_id, years);
    await lineRepo.refreshTotals(trx, [id], at);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifiée', entity: 'claim', entityId: id });
  });
  return getClaim(ctx, id);
}

export async function deleteClaim(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  await ctx.db.transaction().execute(async (trx) => {
    const c = await getClaimRowOrThrow(trx, id);
    if (c.status !== 'brouillon' || c.number !== null) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'Seule une note en brouillon jamais soumise peut être supprimée ; une note numérotée se refuse ou s’annule.',
      );
    }
    const years = await lineYears(trx, id);
    await repo.deleteClaim(trx, id);
    await recompute(ctx, trx, c.representative_id, years);
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

// ------------------------------------------------------------------------ workflow

function requireStatus(current: string, allowed: readonly ClaimStatus[], action: string): void {
  if (!allowed.includes(current as ClaimStatus)) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `Impossible de ${action} une note ${claimStatusLabels[current as ClaimStatus]?.toLowerCase() ?? current}.`,
    );
  }
}

/**
 * Refuses when a line of the claim lacks a receipt its year's policy requires. Run at every step
 * that vouches for the claim (submission, validation, renunciation): a submitted claim can still be
 * edited and its receipts detached, and only a justified expense may become a tax-deductible gift.
 */
async function requireReceipts(trx: Executor, claimId: number, whatToDo: string): Promise<void> {
  const lines = await lineRepo.listLines(trx, claimId);
  const files = await receipts.receiptsOfLines(
    trx,
    lines.map((l) => l.id),
  );
  const checked: ReceiptCheckLine[] = [];
  for (const l of lines) {
    const policy = await getPolicy(trx, yearOf(l.date));
    checked.push({
      kind: l.kind as StoredLineKind,
      transportMode: l.transport_mode as TransportMode | null,
      date: l.date,
      receiptRequired: policy.kinds.find((k) => k.kind === l.kind)?.receiptRequired ?? false,
      receiptCount: (files.get(l.id) ?? []).length,
    });
  }
  const missing = missingReceiptsSentence(checked);
  if (missing) throw new AppError('VALIDATION', `${missing} ${whatToDo}`);
}

export async function submitClaim(ctx: ServiceContext, id: number): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await getClaimRowOrThrow(trx, id);
    requireStatus(c.status, ['brouillon'], 'soumettre');
    const lines = await lineRepo.listLines(trx, id);
    if (lines.length === 0)
      throw new AppError('VALIDATION', 'Ajoutez au moins une ligne avant de soumettre la note.');
    await requireReceipts(trx, id, 'C’est nécessaire pour soumettre la note.');
    let number = c.number;
    if (number === null) {
      // Given once, in the transaction of the submission: a rollback gives it back, a commit keeps it for ever.
      const year = yearOf(todayIso(ctx));
      const seq = await nextNumber(trx, 'claim', year);
      number = formatNumber('NF', year, seq);
      await repo.updateClaim(trx, id, { number, number_year: year, number_seq: seq });
    }
    await repo.updateClaim(trx, id, {
      status: 'soumise',
      submitted_at: at,
      submitted_by: ctx.actor,
      updated_at: at,
    });
    await event(ctx, trx, id, 'soumise', c.status, 'soumise', null, { numero: number });
  });
  return getClaim(ctx, id);
}

export async function returnToDraft(ctx: ServiceContext, id: number): Promise<Claim> {
  await ctx.db.transaction().execute(async (trx) => {
    const c = await getClaimRowOrThrow(trx, id);
    requireStatus(c.status, ['soumise'], 'remettre en brouillon');
    await repo.updateClaim(trx, id, { status: 'brouillon', updated_at: isoNow(ctx) });
    await event(ctx, trx, id, 'remise en brouillon', c.status, 'brouillon');
  });
  return getClaim(ctx, id);
}

/** Prices the claim just after what is already frozen, then freezes amounts and explanations. */
async function freeze(
  ctx: ServiceContext,
  trx: Executor,
  id: number,
  representativeId: number,
): Promise<void> {
  const at = isoNow(ctx);
  const lines = await lineRepo.listLines(trx, id);
  for (const l of lines) {
    if (l.kind !== 'kilometrique' && l.kind !== 'regularisation' && l.expense_cents !== null) {
      const priced = priceExpense(
        await getPolicy(trx, yearOf(l.date)),
        l.kind as StoredLineKind,
        l.expense_cents,
      );
      if (priced.amountCents !== l.amount_cents) {
        await trx
          .updateTable('claim_line')
          .set({ amount_cents: priced.amountCents, updated_at: at })
          .where('id', '=', l.id)
          .execute();
      }
    }
  }
  await recompute(ctx, trx, representativeId, await lineYears(trx, id), id);
  const priced = await lineRepo.listLines(trx, id);
  const explanations: Array<{ id: number; explanation: string }> = [];
  for (const l of priced) {
    const year = yearOf(l.date);
    // A régularisation's explanation was brought up to date with its amount by the recompute above.
    explanations.push({
      id: l.id,
      explanation: explainLine(
        l.kind === 'regularisation' ? l : { ...l, explanation: null },
        await getPolicy(trx, year),
        await loadScale(trx, year),
      ),
    });
  }
  await lineRepo.setLineExplanations(trx, explanations);
  await lineRepo.refreshTotals(trx, [id], at);
}

export async function validateClaim(ctx: ServiceContext, id: number): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await getClaimRowOrThrow(trx, id);
    requireStatus(c.status, ['soumise'], 'valider');
    await requireReceipts(trx, id, 'C’est nécessaire pour valider la note.');
    await freeze(ctx, trx, id, c.representative_id);
    await repo.updateClaim(trx, id, {
      status: 'validee',
      validated_at: at,
      validated_by: ctx.actor,
      updated_at: at,
    });
    const total = (await getClaimRowOrThrow(trx, id)).total_cents;
    await event(ctx, trx, id, 'validée', c.status, 'validee', null, { montant: formatEuros(total) });
  });
  return getClaim(ctx, id);
}

export async function refuseClaim(ctx: ServiceContext, id: number, reason: string): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await getClaimRowOrThrow(trx, id);
    requireStatus(c.status, ['soumise'], 'refuser');
    await repo.updateClaim(trx, id, {
      status: 'refusee',
      refused_at: at,
      refused_by: ctx.actor,
      refusal_reason: reason,
      updated_at: at,
    });
    // Its km leave the person's yearly cumul: later open lines move down the scale.
    await recompute(ctx, trx, c.representative_id, await lineYears(trx, id));
    await event(ctx, trx, id, 'refusée', c.status, 'refusee', reason);
  });
  return getClaim(ctx, id);
}

export async function renounceClaim(ctx: ServiceContext, id: number, signedOn: string): Promise<Claim> {
  const at = isoNow(ctx);
  const future = futureDateError(signedOn, todayIso(ctx), renunciationDateLabel);
  if (future !== null) throw new AppError('VALIDATION', future, { signedOn: future });
  await ctx.db.transaction().execute(async (trx) => {
    const c = await getClaimRowOrThrow(trx, id);
    requireStatus(c.status, ['soumise', 'validee'], 'enregistrer l’abandon de');
    await requireNotInTransfer(trx, c, 'd’enregistrer l’abandon de frais de');
    // The reçu fiscal needs justified expenses (DOMAIN.md): no renunciation of an unjustified line.
    await requireReceipts(
      trx,
      id,
      c.status === 'soumise'
        ? 'C’est nécessaire pour enregistrer l’abandon de frais.'
        : 'Une note validée ne se modifie plus : annulez-la et ressaisissez-la avec ses justificatifs avant l’abandon de frais.',
    );
    const lastDate = (await lineRepo.listLines(trx, id))
      .map((l) => l.date)
      .sort()
      .pop();
    if (lastDate && signedOn < lastDate) {
      throw new AppError('VALIDATION', 'La renonciation ne peut pas être signée avant la date des frais.', {
        signedOn: 'Avant la date des frais',
      });
    }
    if (c.status === 'soumise') {
      await freeze(ctx, trx, id, c.representative_id);
      await repo.updateClaim(trx, id, { validated_at: at, validated_by: ctx.actor });
    }
    await repo.updateClaim(trx, id, {
      status: 'abandonnee',
      renounced_on: signedOn,
      renounced_at: at,
      renounced_by: ctx.actor,
      updated_at: at,
    });
    await event(ctx, trx, id, 'abandon de frais enregistré', c.status, 'abandonnee', null, {
      signeeLe: signedOn,
    });
  });
  return getClaim(ctx, id);
}

export async function markPaid(
  ctx: ServiceContext,
  input: { ids: number[]; paidOn: string; method: PaymentMethod; reference: string | null },
  trxIn?: Executor,
  batchId?: number,
): Promise<{ count: number; totalCents: number }> {
  const run = async (trx: Executor) => {
    const at = isoNow(ctx);
    let total = 0;
    for (const id of new Set(input.ids)) {
      const c = await getClaimRowOrThrow(trx, id);
      if (c.status !== 'validee') {
        throw new AppError(
          'FORBIDDEN_STATE',
          `La note ${c.number ?? id} n’est pas validée (${claimStatusLabels[c.status as ClaimStatus].toLowerCase()}) : elle ne peut pas être payée.`,
        );
      }
      await requireNotInTransfer(trx, c, 'de marquer payée', batchId);
      await repo.updateClaim(trx, id, {
        status: 'payee',
        paid_on: input.paidOn,
        payment_method: input.method,
        payment_reference: input.reference,
        paid_at: at,
        paid_by: ctx.actor,
        sepa_batch_id: batchId ?? null,
        updated_at: at,
      });
      await event(ctx, trx, id, 'payée', 'validee', 'payee', null, {
        le: input.paidOn,
        mode: input.method,
        reference: input.reference,
      });
      total += c.total_cents;
    }
    return { count: new Set(input.ids).size, totalCents: total };
  };
  return trxIn ? run(trxIn) : ctx.db.transaction().execute(run);
}

export async function cancelClaim(ctx: ServiceContext, id: number, reason: string): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await getClaimRowOrThrow(trx, id);
    requireStatus(c.status, ['validee', 'abandonnee'], 'annuler');
    await requireNotInTransfer(trx, c, 'd’annuler');
    const receipt = await receipts.activeReceiptOfClaim(trx, id);
    if (receipt) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `Le reçu fiscal ${receipt.number} couvre cette note : annulez d’abord le reçu.`,
      );
    }
    await repo.updateClaim(trx, id, {
      status: 'annulee',
      cancelled_at: at,
      cancelled_by: ctx.actor,
      cancel_reason: reason,
      cancelled_from: c.status,
      updated_at: at,
    });
    await recompute(ctx, trx, c.representative_id, await lineYears(trx, id));
    await event(ctx, trx, id, 'annulée', c.status, 'annulee', reason);
  });
  return getClaim(ctx, id);
}

// ------------------------------------------------------------------------ from attendance

export async function proposeFromAttendance(
  ctx: ServiceContext,
  representativeId: number,
): Promise<AttendanceProposals> {
  const p = await person(ctx.db, representativeId);
  const vehicles = await vehiclesOf(ctx.db, representativeId);
  const firstVehicle = vehicles.find((v) => !v.archived) ?? null;
  const meetings = await repo.attendedMeetingsNotClaimed(ctx.db, representativeId);
  const home = p.city ?? null;
  const proposals = [];
  for (const m of meetings) {
    const place = m.place ?? m.meeting_place ?? null;
    const last = place ? await lineRepo.lastDistanceTo(ctx.db, representativeId, place) : null;
    proposals.push({
      meetingId: m.id,
      date: m.date,
      instanceName: m.instance_name,
      title: m.title,
      place,
      fromPlace: last?.fromPlace ?? home,
      distanceTenthKm: last?.distanceTenthKm ?? null,
      roundTrip: last?.roundTrip ?? true,
      vehicleId: firstVehicle?.id ?? null,
    });
  }
  return { representativeId, personName: `${p.first_name} ${p.last_name}`, vehicles, proposals };
}

export async function createFromAttendance(
  ctx: ServiceContext,
  input: {
    representativeId: number;
    title: string | null;
    lines: Array<{
      meetingId: number;
      fromPlace: string;
      toPlace: string;
      distanceTenthKm: number;
      roundTrip: boolean;
      vehicleId: number;
    }>;
  },
): Promise<Claim> {
  const meetings = await ctx.db
    .selectFrom('meeting as m')
    .innerJoin('instance as i', 'i.id', 'm.instance_id')
    .select(['m.id', 'm.date', 'm.title', 'i.name'])
    .where('m.id', 'in', idList(input.lines.map((l) => l.meetingId)))
    .execute();
  const lines: ClaimLineData[] = input.lines.map((l) => {
    const m = meetings.find((x) => x.id === l.meetingId);
    if (!m) throw new AppError('VALIDATION', 'Une des réunions est introuvable.');
    return {
      kind: 'kilometrique',
      transportMode: null,
      date: m.date,
      purpose: `Réunion ${m.name}${m.title ? ` — ${m.title}` : ''}`,
      meetingId: m.id,
      fromPlace: l.fromPlace,
      toPlace: l.toPlace,
      distanceTenthKm: l.distanceTenthKm,
      roundTrip: l.roundTrip,
      vehicleId: l.vehicleId,
      expenseCents: null,
    };
  });
  return createClaim(ctx, {
    representativeId: input.representativeId,
    title: input.title ?? 'Déplacements aux réunions',
    notes: null,
    lines,
  });
}

// ------------------------------------------------------------------------ régularisation

/** The name the register gives a vehicle ("Clio"), unless it only repeats its kind. */
function vehicleName(v: { kind: string; label: string | null }): string | null {
  const label = v.label?.trim() ?? '';
  return label && label.toLowerCase() !== v.kind ? label : null;
}

function regularisationProposal(
  representativeId: number,
  year: number,
  b: VehicleBalance,
): RegularisationProposal {
  const described = describeVehicle(b.vehicle);
  const name = vehicleName(b.vehicle);
  return {
    representativeId,
    year,
    vehicleKey: b.vehicleKey,
    vehicleId: b.vehicleId,
    vehicleKind: b.vehicle.kind as VehicleKind,
    // The record's own name first ("Clio — voiture 5 CV"), unless it only repeats the kind.
    vehicleDescription: name
      ? `${name} — ${described.charAt(0).toLowerCase()}${described.slice(1)}`
      : described,
    totalTenthKm: b.totalTenthKm,
    dueCents: b.dueCents,
    alreadyFixedCents: b.alreadyFixedCents,
    balanceCents: b.balanceCents,
    explanation: b.explanation,
    alreadyProposed: b.openRegularisationIds.length > 0,
  };
}

/** One proposal per vehicle driven in the year: the scale settles each vehicle apart. */
export async function regularisationProposals(
  ctx: ServiceContext,
  representativeId: number,
  year: number,
): Promise<RegularisationProposal[]> {
  await person(ctx.db, representativeId);
  return (await vehicleBalances(ctx.db, representativeId, year)).map((b) =>
    regularisationProposal(representativeId, year, b),
  );
}

export async function createRegularisation(
  ctx: ServiceContext,
  input: { representativeId: number; year: number; vehicleKey: string },
): Promise<Claim> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const balance = (await vehicleBalances(trx, input.representativeId, input.year)).find(
      (b) => b.vehicleKey === input.vehicleKey,
    );
    if (!balance) {
      throw new AppError(
        'VALIDATION',
        `Aucun trajet de ${input.year} avec ce véhicule : il n’y a rien à régulariser. Rouvrez la régularisation pour recharger la liste.`,
      );
    }
    const proposal = regularisationProposal(input.representativeId, input.year, balance);
    if (proposal.alreadyProposed) {
      throw new AppError(
        'CONFLICT',
        `Une régularisation ${input.year} est déjà proposée pour ce véhicule : validez-la ou refusez-la d’abord.`,
      );
    }
    if (proposal.balanceCents === 0) {
      throw new AppError(
        'VALIDATION',
        `Rien à régulariser pour ${input.year} : les indemnités déjà fixées font exactement le montant annuel (${formatEuros(proposal.dueCents)}).`,
      );
    }
    const claimId = await repo.insertClaim(trx, {
      representativeId: input.representativeId,
      title: `Régularisation kilométrique ${input.year}`,
      notes: null,
      at,
    });
    await lineRepo.insertRegularisationLine(trx, claimId, {
      year: input.year,
      vehicleId: balance.vehicleId,
      vehicle: balance.vehicle,
      amountCents: proposal.balanceCents,
      purpose: `Régularisation du barème kilométrique ${input.year} — ${vehicleName(balance.vehicle) ?? proposal.vehicleDescription} : ${formatKm(proposal.totalTenthKm)} dans l’année`,
      explanation: proposal.explanation,
      at,
    });
    await lineRepo.refreshTotals(trx, [claimId], at);
    await event(ctx, trx, claimId, 'régularisation proposée', null, 'brouillon', null, {
      annee: input.year,
      vehicule: proposal.vehicleDescription,
      montant: formatEuros(proposal.balanceCents),
    });
    return claimId;
  });
  return getClaim(ctx, id);
}

// ------------------------------------------------------------------------ receipts (justificatifs)

async function editableLine(db: Executor, lineId: number) {
  const line = await lineRepo.getLine(db, lineId);
  if (!line) throw notFound('Ligne');
  const c = await getClaimRowOrThrow(db, line.claim_id);
  return { line, claim: c };
}

export async function attachReceipt(
  ctx: ServiceContext,
  input: { lineId: number; fileName: string; dataBase64: string },
): Promise<Claim> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const claimId = await ctx.db.transaction().execute(async (trx) => {
    const { claim } = await editableLine(trx, input.lineId);
    if (claim.status !== 'brouillon' && claim.status !== 'soumise') {
      throw new AppError('FORBIDDEN_STATE', 'Les justificatifs d’une note validée ne se modifient plus.');
    }
    const stored = await storeFile(ctx, trx, { bytes, originalName: input.fileName });
    await receipts.attachLineReceipt(trx, input.lineId, stored.hash, isoNow(ctx));
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'justificatif joint',
      entity: 'claim',
      entityId: claim.id,
      details: { fichier: input.fileName },
    });
    return claim.id;
  });
  return getClaim(ctx, claimId);
}

export async function detachReceipt(
  ctx: ServiceContext,
  input: { lineId: number; hash: string },
): Promise<Claim> {
  const claimId = await ctx.db.transaction().execute(async (trx) => {
    const { claim } = await editableLine(trx, input.lineId);
    if (claim.status !== 'brouillon' && claim.status !== 'soumise') {
      throw new AppError('FORBIDDEN_STATE', 'Les justificatifs d’une note validée ne se modifient plus.');
    }
    await receipts.detachLineReceipt(trx, input.lineId, input.hash);
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'justificatif retiré',
      entity: 'claim',
      entityId: claim.id,
    });
    return claim.id;
  });
  return getClaim(ctx, claimId);
}

export async function openReceipt(
  ctx: ServiceContext,
  input: { lineId: number; hash: string },
): Promise<ProducedFile> {
  if (!(await receipts.isReceiptOfLine(ctx.db, input.lineId, input.hash))) throw notFound('Justificatif');
  const file = await readStoredFile(ctx, input.hash);
  return producedFile(file.originalName, file.mime, file.bytes);
}
