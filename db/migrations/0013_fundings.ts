/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * Financements and their bilans d'action.
 *
 * - `funding`: a grant — funder, intitulé, agreement reference, amount in cents, period, status.
 * - `funding_project`: the projects it funds (a project leaves the list when it is deleted).
 * - `bilan`: one per financement and period, in a scope of the dashboard (`scope`, the JSON of
 *   shared/indicators/schemas.ts scopeInput); a financement with bilans cannot be deleted.
 * - `bilan_staff`: the human resources Porte-voix does not know (salariés, mises à disposition,
 *   prestataires, bénévoles outside meetings), typed on the bilan.
 * - `bilan_section`: the free texts, versioned: each save is a new row (`version` 1, 2, …), the
 *   latest is the current text, the earlier ones stay readable.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('funding')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('funder', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('agreement_ref', 'text')
    .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('demande', 'accorde', 'verse', 'refuse')`),
    )
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('funding_period_check', sql`period_to >= period_from`)
    .execute();
  await db.schema.createIndex('funding_period_idx').on('funding').columns(['period_from', 'id']).execute();

  await db.schema
    .createTable('funding_project')
    .addColumn('funding_id', 'integer', (c) => c.notNull().references('funding.id').onDelete('cascade'))
    .addColumn('action_id', 'integer', (c) => c.notNull().references('action.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('funding_project_pk', ['funding_id', 'action_id'])
    .execute();
  await db.schema
    .createIndex('funding_project_action_idx')
    .on('funding_project')
    .column('action_id')
    .execute();

  await db.schema
    .createTable('bilan')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('funding_id', 'integer', (c) => c.notNull().references('funding.id').onDelete('restrict'))
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('bilan_period_check', sql`period_to >= period_from`)
    .addUniqueConstraint('bilan_funding_period_unique', ['funding_id', 'period_from', 'period_to'])
    .execute();

  await db.schema
    .createTable('bilan_staff')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('bilan_id', 'integer', (c) => c.notNull().references('bilan.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('people', 'integer', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('salarie', 'mis_a_disposition', 'benevole', 'prestataire')`),
    )
    .addColumn('steps', 'text')
    .execute();
  await db.schema
    .createIndex('bilan_staff_order_idx')
    .on('bilan_staff')
    .columns(['bilan_id', 'position'])
    .execute();

  await db.schema
    .createTable('bilan_section')
    .addColumn('bilan_id', 'integer', (c) => c.notNull().references('bilan.id').onDelete('cascade'))
    .addColumn('section', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`section in ('evaluation', 'avancement', 'modalites', 'public', 'territoire', 'resultats', 'partenariat', 'moyens', 'valorisation', 'impacts', 'pointsForts', 'difficultes', 'perspectives', 'financier')`,
        ),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('bilan_section_pk', ['bilan_id', 'section', 'version'])
    .execute();
}
