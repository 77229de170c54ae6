/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * The congé warnings ask who sat in place of a titulaire over a year. Without an index SQLite read
 * every attendance row for an answer that is almost always empty (1.3 s of 7 s at 100,000
 * people). Only the rare replaced lines carry a substitute, so a partial index stays tiny.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('attendance_replaced_by_idx')
    .on('attendance')
    .column('replaced_by_id')
    .where(sql.ref('replaced_by_id'), 'is not', null)
    .execute();
}
