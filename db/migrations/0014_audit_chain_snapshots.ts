/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from 'kysely';
import { GENESIS_HASH, detailsDigest, entryHash } from '../audit-chain';

/** Rows chained per read: bounded memory on a log of any length. */
const PAGE = 2000;

/**
 * The audit log becomes tamper-evident (each entry chained to the previous one by SHA-256; the
 * entries already there are chained here in id order), gets an index for the « Historique » of
 * one record, and issued documents (attestations, états de frais of paid claims, reçus fiscaux)
 * get the snapshot they are reprinted from.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('details_sha256', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('hash', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('redacted_at', 'text').execute();

  let prev = GENESIS_HASH;
  let after = 0;
  for (;;) {
    const rows: any[] = await db
      .selectFrom('audit_log')
      .select(['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'details'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const digest = detailsDigest(row.details);
      const hash = entryHash(prev, row, digest);
      await db
        .updateTable('audit_log')
        .set({ details_sha256: digest, prev_hash: prev, hash })
        .where('id', '=', row.id)
        .execute();
      prev = hash;
      after = row.id;
    }
  }
  // Two entries can never follow the same one: a fork of the chain is refused by SQLite itself.
  await db.schema
    .createIndex('audit_log_prev_hash_idx')
    .unique()
    .on('audit_log')
    .column('prev_hash')
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_id', 'id'])
    .execute();

  await db.schema
    .createTable('issued_document')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    // The state the document was printed in (valid, voided, paid…): each has its own bytes.
    .addColumn('variant', 'text', (c) => c.notNull())
    // The bytes once printed (null until the first print of a document issued within a batch).
    .addColumn('file_hash', 'text', (c) => c.references('stored_file.hash'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('redacted_at', 'text')
    .execute();
  await db.schema
    .createIndex('issued_document_record_idx')
    .unique()
    .on('issued_document')
    .columns(['kind', 'record_id', 'variant'])
    .execute();
}
