/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * Personal-data rights (RGPD):
 * - `representative.anonymised_at`: the person was anonymised; the row stays as an anonymous shell
 *   so that the records the law keeps (claims, reçus fiscaux) and the statistics (attendance,
 *   mandates) keep their link, but nothing on it identifies anyone any more.
 * - `representative.retention_reviewed_on`: the last yearly review that chose to keep the data of
 *   a person without activity; « À faire » proposes the person again a year later at the earliest.
 * A partial index keeps the anonymised rows (few) findable without widening the others.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // db/connection.ts runs each migration in its own transaction.
  await db.schema.alterTable('representative').addColumn('anonymised_at', 'text').execute();
  await db.schema.alterTable('representative').addColumn('retention_reviewed_on', 'text').execute();
  await db.schema
    .createIndex('representative_anonymised_idx')
    .on('representative')
    .column('anonymised_at')
    .where(sql.ref('anonymised_at'), 'is not', null)
    .execute();
}
