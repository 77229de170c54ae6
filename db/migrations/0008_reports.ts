/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * Comptes rendus de mandat: what a representative reports back to the association after a
 * meeting of an instance or a session of an action (both are `meeting` rows), one report per
 * person and meeting.
 *
 * - `mandate_report`: points raised, positions taken, confidential or not, when it was written
 *   and by whom. `search_text` holds the folded words of the report and of its meeting, so that
 *   the list searches in SQL, paged.
 * - `report_follow_up`: what must happen next, with a due date and an owner (a person of the
 *   register, or free text for someone outside it), done on a day or not yet.
 * - `report_document`: the documents received (convocation, ordre du jour, compte rendu…), kept
 *   in `stored_file` like the justificatifs of claims.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mandate_report')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('restrict'))
    .addColumn('representative_id', 'integer', (c) =>
      c.notNull().references('representative.id').onDelete('restrict'),
    )
    .addColumn('points_raised', 'text')
    .addColumn('positions_taken', 'text')
    .addColumn('confidential', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('written_on', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('mandate_report_meeting_person_unique', ['meeting_id', 'representative_id'])
    .execute();
  await db.schema
    .createIndex('mandate_report_person_idx')
    .on('mandate_report')
    .columns(['representative_id', 'meeting_id'])
    .execute();

  await db.schema
    .createTable('report_follow_up')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('mandate_report.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('owner_representative_id', 'integer', (c) =>
      c.references('representative.id').onDelete('restrict'),
    )
    .addColumn('owner_text', 'text')
    .addColumn('done_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'report_follow_up_owner_check',
      sql`owner_representative_id is null or owner_text is null`,
    )
    .execute();
  await db.schema
    .createIndex('report_follow_up_report_idx')
    .on('report_follow_up')
    .column('report_id')
    .execute();
  // « À faire » and the « Suivis » list read the open follow-ups by due date.
  await db.schema
    .createIndex('report_follow_up_due_idx')
    .on('report_follow_up')
    .columns(['done_on', 'due_on'])
    .execute();

  await db.schema
    .createTable('report_document')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('mandate_report.id').onDelete('cascade'))
    .addColumn('file_hash', 'text', (c) => c.notNull().references('stored_file.hash').onDelete('restrict'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('convocation', 'ordre_du_jour', 'compte_rendu', 'autre')`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_document_pk', ['report_id', 'file_hash'])
    .execute();
}
