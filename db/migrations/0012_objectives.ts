/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * Objectives and indicators of a project or of a year (the bilan d'action's table « objectif
 * opérationnel → indicateur → attendu → obtenu »).
 *
 * - `objective`: a project's (`action_id`, removed with it) or the association's for a `year`,
 *   exactly one of the two; ordered by `position`.
 * - `objective_indicator`: its lines. « Attendu » is a number or a text (or neither: « non
 *   déterminé »). The result is `calcule` — `figure_id` names a figure of the dashboard's
 *   catalogue (shared/indicators/catalogue.ts; no CHECK, the catalogue grows and the boundary
 *   checks it), computed when read — or `saisi`, a number or a text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('objective')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('action_id', 'integer', (c) => c.references('action.id').onDelete('cascade'))
    .addColumn('year', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('objective_owner_check', sql`(action_id is null) = (year is not null)`)
    .execute();
  await db.schema
    .createIndex('objective_action_idx')
    .on('objective')
    .columns(['action_id', 'position'])
    .execute();
  await db.schema.createIndex('objective_year_idx').on('objective').columns(['year', 'position']).execute();

  await db.schema
    .createTable('objective_indicator')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('objective_id', 'integer', (c) => c.notNull().references('objective.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('expected_number', 'real')
    .addColumn('expected_text', 'text')
    .addColumn('result_source', 'text', (c) => c.notNull().check(sql`result_source in ('calcule', 'saisi')`))
    .addColumn('figure_id', 'text')
    .addColumn('result_number', 'real')
    .addColumn('result_text', 'text')
    .addColumn('comment', 'text')
    .addCheckConstraint(
      'objective_indicator_expected_check',
      sql`expected_number is null or expected_text is null`,
    )
    .addCheckConstraint(
      'objective_indicator_result_check',
      sql`(result_source = 'calcule' and figure_id is not null and result_number is null and result_text is null)
        or (result_source = 'saisi' and figure_id is null and (result_number is null or result_text is null))`,
    )
    .execute();
  await db.schema
    .createIndex('objective_indicator_order_idx')
    .on('objective_indicator')
    .columns(['objective_id', 'position'])
    .execute();
}
