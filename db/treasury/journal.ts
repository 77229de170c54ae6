/** What the accounting journal books: claims that reached validation, their line amounts, their reçus fiscaux. */
import type { Executor } from '../audit';
import { idList } from '../id-list';

/**
 * Validated, paid and renounced claims, and the cancelled ones that had been booked (their
 * entries stay, reversed at the cancellation), by number, with their person's name.
 */
export async function bookedClaims(db: Executor) {
  return db
    .selectFrom('claim as c')
    .innerJoin('representative as r', 'r.id', 'c.representative_id')
    .select([
      'c.id',
      'c.number',
      'c.status',
      'c.total_cents',
      'c.validated_at',
      'c.paid_on',
      'c.payment_method',
      'c.payment_reference',
      'c.renounced_on',
      'c.cancelled_at',
      'c.cancelled_from',
      'r.first_name',
      'r.last_name',
    ])
    .where((eb) =>
      eb.or([
        eb('c.status', 'in', ['validee', 'payee', 'abandonnee']),
        eb.and([eb('c.status', '=', 'annulee'), eb('c.cancelled_from', 'in', ['validee', 'abandonnee'])]),
      ]),
    )
    .orderBy('c.number')
    .execute();
}

/** Kind and amount of every line of these claims. */
export async function lineAmountsOf(db: Executor, claimIds: readonly number[]) {
  if (claimIds.length === 0) return [];
  return db
    .selectFrom('claim_line')
    .select(['claim_id', 'kind', 'amount_cents'])
    .where('claim_id', 'in', idList(claimIds))
    .execute();
}

/** The active (not cancelled) reçu fiscal number of each of these claims that has one. */
export async function activeReceiptNumbersOf(db: Executor, claimIds: readonly number[]) {
  if (claimIds.length === 0) return [];
  return db
    .selectFrom('tax_receipt_claim as rc')
    .innerJoin('tax_receipt as t', 't.id', 'rc.receipt_id')
    .select(['rc.claim_id', 't.number'])
    .where('t.cancelled_at', 'is', null)
    .where('rc.claim_id', 'in', idList(claimIds))
    .execute();
}
