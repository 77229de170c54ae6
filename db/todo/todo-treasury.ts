/**
 * The treasurer's questions for « À faire », each asked once over the whole base: counts and sums
 * by aggregate, and only the first few lines of each list (the rest is one click away).
 */
import type { Executor } from '../audit';

const nameOf = (r: { first_name: string; last_name: string }) => `${r.first_name} ${r.last_name}`;

export async function claimsToValidate(db: Executor, limit: number) {
  const totals = await db
    .selectFrom('claim')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('total_cents').as('cents')])
    .where('status', '=', 'soumise')
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('claim as c')
    .innerJoin('representative as r', 'r.id', 'c.representative_id')
    .select(['c.id', 'c.number', 'c.total_cents', 'c.submitted_at', 'r.first_name', 'r.last_name'])
    .where('c.status', '=', 'soumise')
    .orderBy('c.submitted_at')
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return {
    count: Number(totals.n),
    totalCents: Number(totals.cents ?? 0),
    lines: rows.map((r) => ({
      claimId: r.id,
      number: r.number,
      personName: nameOf(r),
      totalCents: r.total_cents,
      since: r.submitted_at,
    })),
  };
}

/**
 * Validated claims not in a batch, grouped by person with the account they would be paid to: one
 * row per person waiting for a payment (the IBAN check itself is the payments rule, in the service).
 */
export async function payeesWaiting(db: Executor) {
  return db
    .selectFrom('claim as c')
    .innerJoin('representative as r', 'r.id', 'c.representative_id')
    .select((eb) => [
      'r.id',
      'r.first_name',
      'r.last_name',
      'r.iban',
      'r.bic',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('c.total_cents').as('cents'),
    ])
    .where('c.status', '=', 'validee')
    .where('c.sepa_batch_id', 'is', null)
    .groupBy('r.id')
    .orderBy('r.last_name')
    .orderBy('r.first_name')
    .execute();
}

export async function batchesToConfirm(db: Executor) {
  return db
    .selectFrom('sepa_batch')
    .select(['id', 'message_id', 'execution_date', 'payment_count', 'total_cents'])
    .where('state', '=', 'a_transmettre')
    .orderBy('execution_date')
    .orderBy('id')
    .execute();
}

export async function renouncedWithoutReceipt(db: Executor, limit: number) {
  const base = db
    .selectFrom('claim as c')
    .where('c.status', '=', 'abandonnee')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('tax_receipt_claim as rc')
            .innerJoin('tax_receipt as t', 't.id', 'rc.receipt_id')
            .select('rc.claim_id')
            .whereRef('rc.claim_id', '=', 'c.id')
            .where('t.cancelled_at', 'is', null),
        ),
      ),
    );
  const totals = await base
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('c.total_cents').as('cents')])
    .executeTakeFirstOrThrow();
  const years = await base
    .select((eb) => eb.fn<string>('substr', ['c.renounced_on', eb.val(1), eb.val(4)]).as('y'))
    .distinct()
    .execute();
  const rows = await base
    .innerJoin('representative as r', 'r.id', 'c.representative_id')
    .select(['c.id', 'c.number', 'c.total_cents', 'c.renounced_on', 'r.first_name', 'r.last_name'])
    .orderBy('c.renounced_on')
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return {
    count: Number(totals.n),
    totalCents: Number(totals.cents ?? 0),
    years: years
      .map((r) => Number(r.y))
      .filter((y) => Number.isFinite(y) && y > 0)
      .sort((a, b) => a - b),
    lines: rows.map((r) => ({
      claimId: r.id,
      number: r.number,
      personName: nameOf(r),
      totalCents: r.total_cents,
      since: r.renounced_on,
    })),
  };
}

export async function receiptsOfYear(db: Executor, year: number) {
  const row = await db
    .selectFrom('tax_receipt')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('amount_cents').as('cents')])
    .where('year', '=', year)
    .where('cancelled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), totalCents: Number(row.cents ?? 0) };
}
