/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * A SEPA batch is no longer « paid » the moment its file is produced: it waits « à transmettre »
 * until the treasurer confirms the bank accepted it, or cancels it (whole, or one payee at a time).
 * Batches produced before this version were treated as paid (their claims are « payée »): they
 * become « confirmée » as of their production. Each batch now keeps its payments (sepa_batch_item)
 * so that withdrawing a payee can rebuild the file with the accounts it was built from.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('sepa_batch')
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('a_transmettre')
        .check(sql`state in ('a_transmettre', 'confirmee', 'annulee')`),
    )
    .execute();
  for (const column of [
    'confirmed_at',
    'confirmed_by',
    'cancelled_at',
    'cancelled_by',
    'cancel_reason',
    'revised_at',
  ]) {
    await db.schema.alterTable('sepa_batch').addColumn(column, 'text').execute();
  }
  await db.schema
    .alterTable('sepa_batch')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .updateTable('sepa_batch')
    .set({ state: 'confirmee', confirmed_at: sql`created_at`, confirmed_by: sql`created_by` })
    .execute();
  await db.schema.createIndex('sepa_batch_state_idx').on('sepa_batch').column('state').execute();
  await db.schema.createIndex('claim_sepa_batch_idx').on('claim').column('sepa_batch_id').execute();

  await db.schema
    .createTable('sepa_batch_item')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('sepa_batch.id').onDelete('restrict'))
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id').onDelete('restrict'))
    .addColumn('representative_id', 'integer', (c) =>
      c.notNull().references('representative.id').onDelete('restrict'),
    )
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('iban', 'text', (c) => c.notNull())
    .addColumn('bic', 'text')
    .addColumn('end_to_end_id', 'text', (c) => c.notNull())
    .addColumn('remittance', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_by', 'text')
    .addColumn('withdraw_reason', 'text')
    .addPrimaryKeyConstraint('sepa_batch_item_pk', ['batch_id', 'claim_id'])
    .execute();
  await db.schema.createIndex('sepa_batch_item_claim_idx').on('sepa_batch_item').column('claim_id').execute();

  // The payments of earlier batches, as their claims recorded them (all paid by that batch).
  await sql`
    insert into sepa_batch_item
      (batch_id, claim_id, representative_id, person_name, iban, bic, end_to_end_id, remittance, amount_cents)
    select c.sepa_batch_id, c.id, c.representative_id, r.first_name || ' ' || r.last_name,
           coalesce(r.iban, ''), r.bic, coalesce(c.number, 'NF-' || c.id),
           'Remboursement note de frais ' || coalesce(c.number, c.id), c.total_cents
    from claim c join representative r on r.id = c.representative_id
    where c.sepa_batch_id is not null`.execute(db);
}
