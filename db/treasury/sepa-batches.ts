/** SEPA batches: the batch rows, the payments each file carries, and the claims a batch holds. */
import type { Insertable, Updateable } from 'kysely';
import type { SepaBatchItemTable, SepaBatchTable } from '../schema';
import type { Executor } from '../audit';
import { idList } from '../id-list';

export async function getBatchRow(db: Executor, id: number) {
  return db.selectFrom('sepa_batch').selectAll().where('id', '=', id).executeTakeFirst();
}

export type BatchRow = NonNullable<Awaited<ReturnType<typeof getBatchRow>>>;

/** The batch still à transmettre with this id, or undefined (confirmed or cancelled batches hold nothing). */
export async function pendingBatchRow(db: Executor, id: number) {
  return db
    .selectFrom('sepa_batch')
    .select(['id', 'message_id', 'execution_date'])
    .where('id', '=', id)
    .where('state', '=', 'a_transmettre')
    .executeTakeFirst();
}

export async function insertBatch(db: Executor, values: Insertable<SepaBatchTable>): Promise<number> {
  const row = await db.insertInto('sepa_batch').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateBatch(
  db: Executor,
  id: number,
  values: Updateable<SepaBatchTable>,
): Promise<void> {
  await db.updateTable('sepa_batch').set(values).where('id', '=', id).execute();
}

export async function insertBatchItem(db: Executor, values: Insertable<SepaBatchItemTable>): Promise<void> {
  await db.insertInto('sepa_batch_item').values(values).execute();
}

/** Puts a claim in a batch (`batchId`) or takes it out (null); the claim stays « validée » either way. */
export async function setClaimBatch(db: Executor, claimId: number, batchId: number | null, at: string) {
  await db
    .updateTable('claim')
    .set({ sepa_batch_id: batchId, updated_at: at })
    .where('id', '=', claimId)
    .execute();
}

/** Payments still in the file. */
export async function activeItems(db: Executor, batchId: number) {
  return db
    .selectFrom('sepa_batch_item as i')
    .select([
      'i.claim_id',
      'i.representative_id',
      'i.person_name',
      'i.iban',
      'i.bic',
      'i.end_to_end_id',
      'i.remittance',
      'i.amount_cents',
    ])
    .where('i.batch_id', '=', batchId)
    .where('i.withdrawn_at', 'is', null)
    .orderBy('i.person_name')
    .orderBy('i.claim_id')
    .execute();
}

export async function withdrawPayeeItems(
  db: Executor,
  batchId: number,
  representativeId: number,
  values: { at: string; actor: string; reason: string },
): Promise<void> {
  await db
    .updateTable('sepa_batch_item')
    .set({ withdrawn_at: values.at, withdrawn_by: values.actor, withdraw_reason: values.reason })
    .where('batch_id', '=', batchId)
    .where('representative_id', '=', representativeId)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** Every payment of a batch, withdrawn ones included, with the number of its claim. */
export async function itemsWithClaimNumbers(db: Executor, batchId: number) {
  return db
    .selectFrom('sepa_batch_item as i')
    .leftJoin('claim as c', 'c.id', 'i.claim_id')
    .select([
      'i.claim_id',
      'i.representative_id',
      'i.person_name',
      'i.amount_cents',
      'i.withdrawn_at',
      'i.withdraw_reason',
      'i.end_to_end_id',
      'c.number',
    ])
    .where('i.batch_id', '=', batchId)
    .orderBy('i.person_name')
    .orderBy('i.claim_id')
    .execute();
}

/** Every batch à transmettre, newest first. */
export async function pendingBatches(db: Executor): Promise<BatchRow[]> {
  return db
    .selectFrom('sepa_batch')
    .selectAll()
    .where('state', '=', 'a_transmettre')
    .orderBy('id', 'desc')
    .execute();
}

/** The latest confirmed or cancelled batches, newest first. */
export async function pastBatches(db: Executor, limit: number): Promise<BatchRow[]> {
  return db
    .selectFrom('sepa_batch')
    .selectAll()
    .where('state', '!=', 'a_transmettre')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Claims with the payee fields a transfer needs, in the order of `ids`. */
export async function claimsWithPayees(db: Executor, ids: readonly number[]) {
  const rows = [];
  for (let start = 0; start < ids.length; start += 500) {
    rows.push(
      ...(await db
        .selectFrom('claim as c')
        .innerJoin('representative as r', 'r.id', 'c.representative_id')
        .select([
          'c.id',
          'c.number',
          'c.status',
          'c.total_cents',
          'c.sepa_batch_id',
          'c.representative_id',
          'r.first_name',
          'r.last_name',
          'r.iban',
          'r.bic',
        ])
        .where('c.id', 'in', idList(ids.slice(start, start + 500)))
        .execute()),
    );
  }
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
