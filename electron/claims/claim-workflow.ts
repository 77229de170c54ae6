/**
 * The workflow of a note de frais: submit (numbered then), return to draft, validate (amounts
 * frozen), refuse, renounce (abandon de frais), cancel, mark paid. Which action a claim allows is
 * the table of shared/claims/workflow.ts, asked once per action by `requireTransition`; each step
 * runs in one transaction with its history event and audit entry.
 */
import { formatEuros } from '../../shared/rules/format-fr';
import { futureDateError } from '../../shared/rules/dates';
import { renunciationDateLabel, type PaymentMethod } from '../../shared/claims/schemas';
import type { Claim } from '../../shared/claims/types';
import type { Executor } from '../../db/audit';
import * as lineRepo from '../../db/claims/claim-lines';
import * as repo from '../../db/claims/claims';
import { formatNumber, nextNumber } from '../../db/sequence';
import { AppError } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { freeze, requireReceipts } from './claim-freeze';
import { recomputeYears, recordEvent, requireClaim, requireTransition, yearOf } from './claim-records';
import { getClaim } from './claim-view';
import { snapshotClaim } from './claim-documents';

export async function submitClaim(ctx: ServiceContext, id: number): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await requireClaim(trx, id);
    await requireTransition(trx, c, 'submit');
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
    await recordEvent(ctx, trx, id, 'soumise', c.status, 'soumise', null, { numero: number });
  });
  return getClaim(ctx, id);
}

export async function returnToDraft(ctx: ServiceContext, id: number): Promise<Claim> {
  await ctx.db.transaction().execute(async (trx) => {
    const c = await requireClaim(trx, id);
    await requireTransition(trx, c, 'returnToDraft');
    await repo.updateClaim(trx, id, { status: 'brouillon', updated_at: isoNow(ctx) });
    await recordEvent(ctx, trx, id, 'remise en brouillon', c.status, 'brouillon');
  });
  return getClaim(ctx, id);
}

export async function validateClaim(ctx: ServiceContext, id: number): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await requireClaim(trx, id);
    await requireTransition(trx, c, 'validate');
    await requireReceipts(trx, id, 'C’est nécessaire pour valider la note.');
    await freeze(ctx, trx, id, c.representative_id);
    await repo.updateClaim(trx, id, {
      status: 'validee',
      validated_at: at,
      validated_by: ctx.actor,
      updated_at: at,
    });
    const total = (await requireClaim(trx, id)).total_cents;
    await recordEvent(ctx, trx, id, 'validée', c.status, 'validee', null, { montant: formatEuros(total) });
  });
  return getClaim(ctx, id);
}

export async function refuseClaim(ctx: ServiceContext, id: number, reason: string): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await requireClaim(trx, id);
    await requireTransition(trx, c, 'refuse');
    await repo.updateClaim(trx, id, {
      status: 'refusee',
      refused_at: at,
      refused_by: ctx.actor,
      refusal_reason: reason,
      updated_at: at,
    });
    // Its km leave the person's yearly cumul: later open lines move down the scale.
    await recomputeYears(ctx, trx, c.representative_id, await lineRepo.lineYearsOfClaim(trx, id));
    await recordEvent(ctx, trx, id, 'refusée', c.status, 'refusee', reason);
  });
  return getClaim(ctx, id);
}

export async function renounceClaim(ctx: ServiceContext, id: number, signedOn: string): Promise<Claim> {
  const at = isoNow(ctx);
  const future = futureDateError(signedOn, todayIso(ctx), renunciationDateLabel);
  if (future !== null) throw new AppError('VALIDATION', future, { signedOn: future });
  await ctx.db.transaction().execute(async (trx) => {
    const c = await requireClaim(trx, id);
    await requireTransition(trx, c, 'renounce');
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
    await recordEvent(ctx, trx, id, 'abandon de frais enregistré', c.status, 'abandonnee', null, {
      signeeLe: signedOn,
    });
    await snapshotClaim(ctx, trx, id);
  });
  return getClaim(ctx, id);
}

/**
 * Marks validated claims paid, all or none. `trxIn` and `batchId`: called by the confirmation of
 * a SEPA batch, inside its transaction, for the claims that batch pays.
 */
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
      const c = await requireClaim(trx, id);
      await requireTransition(trx, c, 'markPaid', batchId);
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
      await recordEvent(ctx, trx, id, 'payée', 'validee', 'payee', null, {
        le: input.paidOn,
        mode: input.method,
        reference: input.reference,
      });
      await snapshotClaim(ctx, trx, id);
      total += c.total_cents;
    }
    return { count: new Set(input.ids).size, totalCents: total };
  };
  return trxIn ? run(trxIn) : ctx.db.transaction().execute(run);
}

export async function cancelClaim(ctx: ServiceContext, id: number, reason: string): Promise<Claim> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await requireClaim(trx, id);
    await requireTransition(trx, c, 'cancel');
    await repo.updateClaim(trx, id, {
      status: 'annulee',
      cancelled_at: at,
      cancelled_by: ctx.actor,
      cancel_reason: reason,
      cancelled_from: c.status,
      updated_at: at,
    });
    await recomputeYears(ctx, trx, c.representative_id, await lineRepo.lineYearsOfClaim(trx, id));
    await recordEvent(ctx, trx, id, 'annulée', c.status, 'annulee', reason);
  });
  return getClaim(ctx, id);
}
