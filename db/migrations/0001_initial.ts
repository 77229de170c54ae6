/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('association')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address_line', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postal_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rna', 'text')
    .addColumn('siren', 'text')
    .addColumn('objet', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('organism_type', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('president', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('treasurer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('document_place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('logo', 'blob')
    .addColumn('logo_mime', 'text')
    .addColumn('iban', 'text')
    .addColumn('bic', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('representative')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('civility', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('address_line', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('origin_association', 'text')
    .addColumn('employed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('employer', 'text')
    .addColumn('iban', 'text')
    .addColumn('bic', 'text')
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('representative_name_idx')
    .on('representative')
    .columns(['last_name', 'first_name'])
    .execute();
  // The list is sorted by the folded name: with this index SQLite reads it in order, no sort step.
  await db.schema
    .createIndex('representative_search_idx')
    .on('representative')
    .column('search_text')
    .execute();

  await db.schema
    .createTable('vehicle')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('representative_id', 'integer', (c) =>
      c.notNull().references('representative.id').onDelete('restrict'),
    )
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('voiture', 'moto', 'cyclomoteur')`))
    .addColumn('fiscal_power_cv', 'integer', (c) => c.notNull())
    .addColumn('electric', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('plate', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('vehicle_representative_idx')
    .on('vehicle')
    .column('representative_id')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('details', 'text')
    .execute();
}
