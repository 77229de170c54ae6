import type { Executor } from './audit';

/**
 * The next number of a per-year sequence (claims, receipts, attestations). Call it inside the
 * transaction that changes the record's state: a rollback then gives the number back, a commit
 * consumes it for good — numbers are never reused.
 */
export async function nextNumber(db: Executor, kind: string, year: number): Promise<number> {
  const row = await db
    .insertInto('sequence')
    .values({ kind, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['kind', 'year']).doUpdateSet((eb) => ({ last: eb('sequence.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** "NF-2026-0007": prefix, year, number on at least four digits. */
export const formatNumber = (prefix: string, year: number, n: number): string =>
  `${prefix}${prefix ? '-' : ''}${year}-${String(n).padStart(4, '0')}`;
