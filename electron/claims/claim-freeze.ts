/**
 * What vouches for a claim before it leaves the open states: every receipt its year's policy
 * requires, and amounts priced after what is already frozen, then frozen with their explanations.
 */
import { missingReceiptsSentence } from '../../shared/rules/claim-receipts';
import type { StoredLineKind, TransportMode } from '../../shared/claims/schemas';
import type { Executor } from '../../db/audit';
import * as lineRepo from '../../db/claims/claim-lines';
import { defaultPolicy, getPolicies } from '../../db/claims/policies';
import * as receipts from '../../db/claims/receipts';
import { loadScales } from '../../db/claims/scales';
import { AppError } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { explainLine, priceExpense } from './claim-amounts';
import { recomputeYears, yearOf } from './claim-records';

/**
 * Refuses when a line of the claim lacks a receipt its year's policy requires. Run at every step
 * that vouches for the claim (submission, validation, renunciation): a submitted claim can still be
 * edited and its receipts detached, and only a justified expense may become a tax-deductible gift.
 */
export async function requireReceipts(trx: Executor, claimId: number, whatToDo: string): Promise<void> {
  const lines = await lineRepo.listLines(trx, claimId);
  const files = await receipts.receiptsOfLines(
    trx,
    lines.map((l) => l.id),
  );
  const policies = await getPolicies(
    trx,
    lines.map((l) => yearOf(l.date)),
  );
  const missing = missingReceiptsSentence(
    lines.map((l) => {
      const policy = policies.get(yearOf(l.date)) ?? defaultPolicy(yearOf(l.date));
      return {
        kind: l.kind as StoredLineKind,
        transportMode: l.transport_mode as TransportMode | null,
        date: l.date,
        receiptRequired: policy.kinds.find((k) => k.kind === l.kind)?.receiptRequired ?? false,
        receiptCount: (files.get(l.id) ?? []).length,
      };
    }),
  );
  if (missing) throw new AppError('VALIDATION', `${missing} ${whatToDo}`);
}

/** Prices the claim just after what is already frozen, then freezes amounts and explanations. */
export async function freeze(
  ctx: ServiceContext,
  trx: Executor,
  id: number,
  representativeId: number,
): Promise<void> {
  const at = isoNow(ctx);
  const lines = await lineRepo.listLines(trx, id);
  const policies = await getPolicies(
    trx,
    lines.map((l) => yearOf(l.date)),
  );
  const policyOf = (date: string) => policies.get(yearOf(date)) ?? defaultPolicy(yearOf(date));
  for (const l of lines) {
    if (l.kind !== 'kilometrique' && l.kind !== 'regularisation' && l.expense_cents !== null) {
      const priced = priceExpense(policyOf(l.date), l.kind as StoredLineKind, l.expense_cents);
      if (priced.amountCents !== l.amount_cents)
        await lineRepo.setLineAmount(trx, l.id, priced.amountCents, at);
    }
  }
  await recomputeYears(ctx, trx, representativeId, await lineRepo.lineYearsOfClaim(trx, id), id);
  const priced = await lineRepo.listLines(trx, id);
  const scales = await loadScales(
    trx,
    priced.map((l) => yearOf(l.date)),
  );
  await lineRepo.setLineExplanations(
    trx,
    priced.map((l) => ({
      id: l.id,
      // A régularisation's explanation was brought up to date with its amount by the recompute above.
      explanation: explainLine(
        l.kind === 'regularisation' ? l : { ...l, explanation: null },
        policyOf(l.date),
        scales.get(yearOf(l.date)) ?? null,
      ),
    })),
  );
  await lineRepo.refreshTotals(trx, [id], at);
}
