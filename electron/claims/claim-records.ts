/**
 * What every claim operation shares: reading the claim or its person or failing in French,
 * refusing an action the workflow does not allow, recording a state change in the claim's history
 * and the audit log, and recomputing the mileage of the years a change touches.
 */
import type { ClaimStatus } from '../../shared/claims/schemas';
import { claimActionRefusal, claimTransitions, type ClaimAction } from '../../shared/claims/workflow';
import { logAction, type Executor } from '../../db/audit';
import { claimantRow } from '../../db/claims/claimants';
import { getClaimRow, insertEvent, type ClaimRow } from '../../db/claims/claims';
import { activeReceiptOfClaim } from '../../db/claims/receipts';
import { AppError, notFound } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { pendingTransferOf } from '../treasury/claim-transfer';
import { recomputeMileageYear } from './claim-amounts';

export const yearOf = (date: string): number => Number(date.slice(0, 4));

export async function requireClaim(db: Executor, id: number): Promise<ClaimRow> {
  const row = await getClaimRow(db, id);
  if (!row) throw notFound('Note de frais');
  return row;
}

export async function requireClaimant(db: Executor, id: number) {
  const row = await claimantRow(db, id);
  if (!row) throw notFound('Représentant');
  return row;
}

/**
 * Refuses, in French, an action the workflow table does not allow for this claim. The facts it
 * depends on beyond the status (a SEPA batch waiting, a reçu fiscal) are read only when the
 * action cares. `exceptBatchId`: the batch being confirmed, whose own claims it pays.
 */
export async function requireTransition(
  db: Executor,
  claim: ClaimRow,
  action: ClaimAction,
  exceptBatchId?: number,
): Promise<void> {
  const transition = claimTransitions[action];
  const pending = transition.blockedByTransfer ? await pendingTransferOf(db, claim) : null;
  const receipt = transition.blockedByTaxReceipt ? await activeReceiptOfClaim(db, claim.id) : null;
  const refusal = claimActionRefusal(action, {
    id: claim.id,
    status: claim.status as ClaimStatus,
    number: claim.number,
    pendingTransfer: pending && pending.batchId !== exceptBatchId ? pending : null,
    taxReceiptNumber: receipt?.number ?? null,
  });
  if (refusal !== null) throw new AppError('FORBIDDEN_STATE', refusal);
}

/** One entry in the claim's history and the same in the audit log, at the same instant. */
export async function recordEvent(
  ctx: ServiceContext,
  trx: Executor,
  claimId: number,
  action: string,
  from: ClaimStatus | null,
  to: ClaimStatus,
  reason: string | null = null,
  details?: unknown,
): Promise<void> {
  const at = isoNow(ctx);
  await insertEvent(trx, { claimId, at, actor: ctx.actor, action, from, to, reason });
  await logAction(trx, {
    at,
    actor: ctx.actor,
    action,
    entity: 'claim',
    entityId: claimId,
    details: details ?? (reason ? { motif: reason } : undefined),
  });
}

/** Reprices the person's mileage of each year; `priorityClaimId` is priced right after the frozen lines. */
export async function recomputeYears(
  ctx: ServiceContext,
  trx: Executor,
  representativeId: number,
  years: Iterable<number>,
  priorityClaimId?: number,
): Promise<void> {
  for (const year of new Set(years)) {
    await recomputeMileageYear(trx, year, [representativeId], isoNow(ctx), { priorityClaimId });
  }
}
