/**
 * Repricing after a policy changes: open expense lines follow the year's new caps, and a policy
 * saved for one year also governs the later years that inherit it.
 */
import type { StoredLineKind } from '../../shared/claims/schemas';
import type { Executor } from '../../db/audit';
import * as lines from '../../db/claims/claim-lines';
import { getPolicy } from '../../db/claims/policies';
import { priceExpense } from './claim-amounts';

/**
 * Reprices the open expense lines (not mileage, not régularisation) of a year by its policy's
 * caps, as they are now, and refreshes the totals of the claims that moved. Returns those claims.
 */
export async function repriceOpenExpenses(db: Executor, year: number, at: string): Promise<number[]> {
  const rows = await lines.openExpenseLinesOfYear(db, year);
  if (rows.length === 0) return [];
  const policy = await getPolicy(db, year);
  const changed = new Set<number>();
  for (const r of rows) {
    const amount = priceExpense(policy, r.kind as StoredLineKind, r.expense_cents ?? 0).amountCents;
    if (amount === r.amount_cents) continue;
    await lines.setLineAmount(db, r.id, amount, at);
    changed.add(r.claim_id);
  }
  const ids = [...changed];
  if (ids.length > 0) await lines.refreshTotals(db, ids, at);
  return ids;
}

/**
 * Years whose open lines a policy saved for `year` governs: that year, and the later years that
 * have open lines and no policy of their own (they inherit the latest earlier one).
 */
export async function yearsGovernedByPolicyOf(db: Executor, year: number): Promise<number[]> {
  const out = [year];
  for (const y of await lines.openLineYearsAfter(db, year)) {
    if ((await getPolicy(db, y)).inheritedFrom === year) out.push(y);
  }
  return out;
}
