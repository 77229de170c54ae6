/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * Valorisation du bénévolat (contributions volontaires en nature):
 * - `volunteer_category`: the kinds of volunteer time the association values, editable and
 *   archivable like the other lists of the settings;
 * - `volunteer_rate`: the hourly value of one category for one calendar year, in cents, with
 *   where the figure comes from (the SMIC of that year, a vote of the board…);
 * - `volunteer_time`: « temps bénévole » entered by hand for work outside meetings (preparation,
 *   office-holders, travel…), optionally tied to an action or an instance.
 * The setting `valorisation` is written here with the ids of the categories created, so that
 * meetings and sessions count from the first day without a choice to make.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('volunteer_category')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('label', 'text', (c) => c.notNull().unique())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'text')
    .execute();
  const labels = [
    'Représentation dans les instances',
    'Participation aux actions et projets',
    'Animation d’actions',
    'Préparation des réunions et des actions',
    'Fonctions de bureau (présidence, trésorerie, secrétariat)',
    'Temps de trajet',
  ];
  const ids: number[] = [];
  for (const [i, label] of labels.entries()) {
    const row = await db
      .insertInto('volunteer_category')
      .values({ label, sort_order: i + 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }

  await db.schema
    .createTable('volunteer_rate')
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('category_id', 'integer', (c) =>
      c.notNull().references('volunteer_category.id').onDelete('restrict'),
    )
    .addColumn('hourly_cents', 'integer', (c) => c.notNull().check(sql`hourly_cents > 0`))
    .addColumn('source', 'text')
    .addPrimaryKeyConstraint('volunteer_rate_pk', ['year', 'category_id'])
    .execute();

  await db.schema
    .createTable('volunteer_time')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('representative_id', 'integer', (c) =>
      c.notNull().references('representative.id').onDelete('restrict'),
    )
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes > 0 and minutes <= 1440`))
    .addColumn('category_id', 'integer', (c) =>
      c.notNull().references('volunteer_category.id').onDelete('restrict'),
    )
    // Deleting an action or an instance keeps the time given: only the link goes.
    .addColumn('action_id', 'integer', (c) => c.references('action.id').onDelete('set null'))
    .addColumn('instance_id', 'integer', (c) => c.references('instance.id').onDelete('set null'))
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('volunteer_time_one_link', sql`action_id is null or instance_id is null`)
    .execute();
  await db.schema.createIndex('volunteer_time_date_idx').on('volunteer_time').column('date').execute();
  await db.schema
    .createIndex('volunteer_time_person_idx')
    .on('volunteer_time')
    .columns(['representative_id', 'date'])
    .execute();
  await db.schema
    .createIndex('volunteer_time_category_idx')
    .on('volunteer_time')
    .column('category_id')
    .execute();

  const setting = {
    instanceCategoryId: ids[0],
    sessionCategoryId: ids[1],
    animationCategoryId: ids[2],
    travelCategoryId: ids[5],
  };
  await db
    .insertInto('setting')
    .values({ key: 'valorisation', value: JSON.stringify(setting) })
    .onConflict((oc: any) => oc.column('key').doNothing())
    .execute();
}
