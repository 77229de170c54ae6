/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('instance_id', 'integer', (c) => c.notNull().references('instance.id').onDelete('restrict'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().defaultTo('sur_place'))
    .addColumn('place', 'text')
    .addColumn('title', 'text')
    .addColumn('agenda', 'text')
    .addColumn('minutes_reference', 'text')
    .addColumn('notes', 'text')
    .addColumn('series_id', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_instance_date_idx')
    .on('meeting')
    .columns(['instance_id', 'date'])
    .execute();
  await db.schema.createIndex('meeting_date_idx').on('meeting').column('date').execute();

  await db.schema
    .createTable('attendance')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('restrict'))
    .addColumn('representative_id', 'integer', (c) =>
      c.notNull().references('representative.id').onDelete('restrict'),
    )
    .addColumn('mandate_id', 'integer', (c) => c.references('mandate.id').onDelete('restrict'))
    .addColumn('non_mandated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('replaced_by_id', 'integer', (c) => c.references('representative.id'))
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('attendance_unique', ['meeting_id', 'representative_id'])
    .execute();
  await db.schema
    .createIndex('attendance_representative_idx')
    .on('attendance')
    .column('representative_id')
    .execute();

  await db.schema
    .createTable('attestation')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('restrict'))
    .addColumn('representative_id', 'integer', (c) =>
      c.notNull().references('representative.id').onDelete('restrict'),
    )
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('void_reason', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();
  // One valid attestation per person and meeting; voided ones stay beside a reissued one.
  await db.schema
    .createIndex('attestation_meeting_person_idx')
    .on('attestation')
    .columns(['meeting_id', 'representative_id'])
    .unique()
    .where(sql.ref('voided_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('attestation_representative_idx')
    .on('attestation')
    .column('representative_id')
    .execute();
  await db.schema.createIndex('meeting_series_idx').on('meeting').column('series_id').execute();
}
