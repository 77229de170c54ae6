/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * Questionnaires of « Retours et satisfaction »: representatives about their role and influence,
 * professionals about the collaboration, participants about an action.
 *
 * - `survey`: attached to an action, an instance or only a year (`year` is always set: it is the
 *   list's filter and the printed form's date). Status brouillon → diffusé → analysé.
 * - `survey_question`: ordered by `position`; `options` holds the JSON list of a « choix ».
 * - `survey_response`: one filled form, anonymous (no respondent is recorded), entered by hand or
 *   imported from a file whose name is kept.
 * - `survey_answer`: one per answered question, a whole number (scale 1–5, oui = 1 / non = 0,
 *   index of the choice) or a free text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('survey')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) =>
      c.notNull().check(sql`audience in ('representants', 'professionnels', 'participants')`),
    )
    .addColumn('attached_to', 'text', (c) =>
      c.notNull().check(sql`attached_to in ('action', 'instance', 'annee')`),
    )
    .addColumn('action_id', 'integer', (c) => c.references('action.id').onDelete('restrict'))
    .addColumn('instance_id', 'integer', (c) => c.references('instance.id').onDelete('restrict'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('introduction', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('brouillon')
        .check(sql`status in ('brouillon', 'diffuse', 'analyse')`),
    )
    .addColumn('analysed_on', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'survey_attachment_check',
      sql`(attached_to = 'action' and action_id is not null and instance_id is null)
        or (attached_to = 'instance' and instance_id is not null and action_id is null)
        or (attached_to = 'annee' and action_id is null and instance_id is null)`,
    )
    .addCheckConstraint('survey_analysed_check', sql`(status = 'analyse') = (analysed_on is not null)`)
    .execute();
  await db.schema.createIndex('survey_year_idx').on('survey').columns(['year', 'id']).execute();
  await db.schema.createIndex('survey_status_idx').on('survey').columns(['status', 'year']).execute();
  await db.schema.createIndex('survey_action_idx').on('survey').column('action_id').execute();
  await db.schema.createIndex('survey_instance_idx').on('survey').column('instance_id').execute();

  await db.schema
    .createTable('survey_question')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('echelle', 'oui_non', 'choix', 'texte')`),
    )
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('options', 'text')
    .addCheckConstraint('survey_question_options_check', sql`(kind = 'choix') = (options is not null)`)
    .execute();
  await db.schema
    .createIndex('survey_question_order_idx')
    .on('survey_question')
    .columns(['survey_id', 'position'])
    .execute();

  await db.schema
    .createTable('survey_response')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('saisie', 'import')`))
    .addColumn('import_file', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('survey_response_survey_idx')
    .on('survey_response')
    .columns(['survey_id', 'received_on'])
    .execute();

  await db.schema
    .createTable('survey_answer')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('response_id', 'integer', (c) =>
      c.notNull().references('survey_response.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'integer', (c) =>
      c.notNull().references('survey_question.id').onDelete('cascade'),
    )
    .addColumn('value_int', 'integer')
    .addColumn('value_text', 'text')
    .addCheckConstraint('survey_answer_value_check', sql`(value_int is null) <> (value_text is null)`)
    .addUniqueConstraint('survey_answer_unique', ['response_id', 'question_id'])
    .execute();
  await db.schema
    .createIndex('survey_answer_question_idx')
    .on('survey_answer')
    .columns(['question_id', 'value_int'])
    .execute();
}
