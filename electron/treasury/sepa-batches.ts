/**
 * A SEPA batch after its file is produced. « À transmettre » until the treasurer says what the bank
 * did with it:
 *  - confirmée: the bank accepted the file; its claims become « payée » by transfer as of the
 *    execution date, and only then does the journal book the payment;
 *  - annulée (whole batch, with a reason): its claims go back to « validée », free to be paid
 *    again; no payment was ever booked, so none is reversed;
 *  - one payee withdrawn (with a reason): that person's claims go back to « validée » and the file
 *    is rebuilt without them under a new identifier (…-R2), to download again before uploading.
 * Nothing happens by itself when the execution date passes: a file never uploaded must not turn
 * into paid claims; « À faire » reminds the treasurer of the batches to confirm instead.
 */
import type { SepaBatchState } from '../../shared/treasury/sepa-batches';
import type { SepaBatchPayee, SepaBatchSummary } from '../../shared/claims/types';
import { producedFile, type ProducedFile } from '../files/produced-file';
import { logAction, type Executor } from '../../db/audit';
import { recordEvent } from '../claims/claim-records';
import * as batches from '../../db/treasury/sepa-batches';
import type { BatchRow } from '../../db/treasury/sepa-batches';
import { AppError, notFound } from '../errors';
import { getAssociation } from '../association/association';
import { markPaid } from '../claims/claims';
import { isoNow, type ServiceContext } from '../service-context';
import { batchFileName, buildBatchXml } from './sepa-file';

/** Batches listed on the payments page: every batch à transmettre, and the latest others. */
const HISTORY_LIMIT = 50;

async function batchRow(db: Executor, id: number): Promise<BatchRow> {
  const row = await batches.getBatchRow(db, id);
  if (!row) throw notFound('Lot de virements');
  return row;
}

/** `action` follows « Impossible », with its preposition (« d’annuler »). */
async function pendingBatch(db: Executor, id: number, action: string) {
  const row = await batchRow(db, id);
  if (row.state !== 'a_transmettre') {
    const what = row.state === 'confirmee' ? 'déjà confirmé par la banque' : 'annulé';
    throw new AppError('FORBIDDEN_STATE', `Impossible ${action} le lot ${row.message_id} : il est ${what}.`);
  }
  return row;
}

/** Takes claims out of the batch: back to plain « validée », with the reason in their history. */
async function releaseClaims(
  ctx: ServiceContext,
  trx: Executor,
  claimIds: readonly number[],
  action: string,
  reason: string,
): Promise<void> {
  const at = isoNow(ctx);
  for (const claimId of claimIds) {
    await batches.setClaimBatch(trx, claimId, null, at);
    await recordEvent(ctx, trx, claimId, action, 'validee', 'validee', reason);
  }
}

export async function confirmSepaBatch(ctx: ServiceContext, id: number): Promise<SepaBatchSummary> {
  await ctx.db.transaction().execute(async (trx) => {
    const batch = await pendingBatch(trx, id, 'de confirmer');
    const items = await batches.activeItems(trx, id);
    await markPaid(
      ctx,
      {
        ids: items.map((i) => i.claim_id),
        paidOn: batch.execution_date,
        method: 'virement',
        reference: batch.message_id,
      },
      trx,
      id,
    );
    const at = isoNow(ctx);
    await batches.updateBatch(trx, id, { state: 'confirmee', confirmed_at: at, confirmed_by: ctx.actor });
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'virements confirmés (acceptés par la banque)',
      entity: 'sepa_batch',
      entityId: id,
      details: { messageId: batch.message_id, notes: items.length },
    });
  });
  return getSepaBatch(ctx, id);
}

export async function cancelSepaBatch(
  ctx: ServiceContext,
  input: { id: number; reason: string },
): Promise<SepaBatchSummary> {
  await ctx.db.transaction().execute(async (trx) => {
    const batch = await pendingBatch(trx, input.id, 'd’annuler');
    const items = await batches.activeItems(trx, input.id);
    await releaseClaims(
      ctx,
      trx,
      items.map((i) => i.claim_id),
      `lot de virements ${batch.message_id} annulé`,
      input.reason,
    );
    const at = isoNow(ctx);
    await batches.updateBatch(trx, input.id, {
      state: 'annulee',
      cancelled_at: at,
      cancelled_by: ctx.actor,
      cancel_reason: input.reason,
    });
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'lot de virements annulé',
      entity: 'sepa_batch',
      entityId: input.id,
      details: { messageId: batch.message_id, motif: input.reason },
    });
  });
  return getSepaBatch(ctx, input.id);
}

export async function withdrawSepaPayee(
  ctx: ServiceContext,
  input: { batchId: number; representativeId: number; reason: string },
): Promise<SepaBatchSummary> {
  const association = await getAssociation(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const batch = await pendingBatch(trx, input.batchId, 'de modifier');
    const items = await batches.activeItems(trx, input.batchId);
    const leaving = items.filter((i) => i.representative_id === input.representativeId);
    const staying = items.filter((i) => i.representative_id !== input.representativeId);
    if (leaving.length === 0) {
      throw new AppError('NOT_FOUND', 'Cette personne n’est pas (ou plus) dans le lot de virements.');
    }
    if (staying.length === 0) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'C’est le seul bénéficiaire restant du lot : annulez le lot entier plutôt que de le retirer.',
      );
    }
    const at = isoNow(ctx);
    await batches.withdrawPayeeItems(trx, input.batchId, input.representativeId, {
      at,
      actor: ctx.actor,
      reason: input.reason,
    });
    await releaseClaims(
      ctx,
      trx,
      leaving.map((i) => i.claim_id),
      `retirée du lot de virements ${batch.message_id}`,
      input.reason,
    );
    // The file must never go to the bank with the withdrawn payee in it: rebuild it now.
    const revision = batch.revision + 1;
    const xml = buildBatchXml({
      messageId: batch.message_id,
      revision,
      at,
      executionDate: batch.execution_date,
      debtor: association,
      items: staying,
    });
    await batches.updateBatch(trx, input.batchId, {
      xml,
      revision,
      revised_at: at,
      file_name: batchFileName(batch.message_id, revision),
      payment_count: staying.length,
      total_cents: staying.reduce((s, i) => s + i.amount_cents, 0),
    });
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'bénéficiaire retiré du lot de virements',
      entity: 'sepa_batch',
      entityId: input.batchId,
      details: {
        messageId: batch.message_id,
        beneficiaire: leaving[0]?.person_name,
        notes: leaving.length,
        motif: input.reason,
      },
    });
  });
  return getSepaBatch(ctx, input.batchId);
}

async function payeesOf(db: Executor, batchId: number): Promise<SepaBatchPayee[]> {
  const rows = await batches.itemsWithClaimNumbers(db, batchId);
  const byKey = new Map<string, SepaBatchPayee>();
  for (const r of rows) {
    // A payee withdrawn keeps its own row; the same person's remaining claims form another.
    const key = `${r.representative_id}:${r.withdrawn_at ?? ''}`;
    const payee = byKey.get(key) ?? {
      representativeId: r.representative_id,
      personName: r.person_name,
      claims: [],
      amountCents: 0,
      withdrawnAt: r.withdrawn_at,
      withdrawReason: r.withdraw_reason,
    };
    payee.claims.push({ claimId: r.claim_id, number: r.number ?? r.end_to_end_id });
    payee.amountCents += r.amount_cents;
    byKey.set(key, payee);
  }
  return [...byKey.values()];
}

async function summary(db: Executor, r: BatchRow, withPayees: boolean): Promise<SepaBatchSummary> {
  return {
    id: r.id,
    messageId: r.message_id,
    createdAt: r.created_at,
    executionDate: r.execution_date,
    paymentCount: r.payment_count,
    totalCents: r.total_cents,
    fileName: r.file_name,
    state: r.state as SepaBatchState,
    confirmedAt: r.confirmed_at,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
    revision: r.revision,
    revisedAt: r.revised_at,
    payees: withPayees ? await payeesOf(db, r.id) : [],
  };
}

export async function getSepaBatch(ctx: ServiceContext, id: number): Promise<SepaBatchSummary> {
  return summary(ctx.db, await batchRow(ctx.db, id), true);
}

export async function listSepaBatches(ctx: ServiceContext): Promise<SepaBatchSummary[]> {
  const pending = await batches.pendingBatches(ctx.db);
  const history = await batches.pastBatches(ctx.db, HISTORY_LIMIT);
  const out: SepaBatchSummary[] = [];
  for (const r of pending) out.push(await summary(ctx.db, r, true));
  for (const r of history) out.push(await summary(ctx.db, r, false));
  return out;
}

export async function downloadSepaBatch(ctx: ServiceContext, id: number): Promise<ProducedFile> {
  const row = await batchRow(ctx.db, id);
  return producedFile(row.file_name, 'application/xml', Buffer.from(row.xml, 'utf8'));
}
