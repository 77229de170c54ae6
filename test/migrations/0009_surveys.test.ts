import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { currentSchemaVersion, openDatabase } from '../../db/connection';

const at = '2026-02-01T09:00:00.000Z';

describe('migration 0009 (questionnaires)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mig9-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the actions and instances already there, and holds questionnaires attached to them', async () => {
    const file = path.join(dir, 'v7.sqlite');
    const v7 = await openDatabase(file, { upTo: 7 });
    await sql`insert into organisation (name, kind, created_at, updated_at) values ('CPTS du Pays de Vitré', 'cpts', ${at}, ${at})`.execute(
      v7.db,
    );
    await sql`insert into instance (organisation_id, type_id, name, created_at, updated_at)
      values (1, (select min(id) from instance_type), 'CDU du CHU', ${at}, ${at})`.execute(v7.db);
    await sql`insert into action (kind, title, carrier, organisation_id, search_text, created_at, updated_at)
      values ('action', 'Forum santé', 'organisation', 1, 'forum sante', ${at}, ${at})`.execute(v7.db);
    await v7.close();

    const v9 = await openDatabase(file, { upTo: 9 });
    const db = v9.db;
    expect(await currentSchemaVersion(db)).toBe(9);
    expect(await db.selectFrom('action').select(['id', 'title']).execute()).toEqual([
      { id: 1, title: 'Forum santé' },
    ]);

    const survey = await db
      .insertInto('survey')
      .values({
        title: 'Votre avis sur le forum',
        audience: 'participants',
        attached_to: 'action',
        action_id: 1,
        instance_id: null,
        year: 2026,
        introduction: null,
        analysed_on: null,
        search_text: 'votre avis sur le forum',
        created_at: at,
        updated_at: at,
      })
      .returning(['id', 'status'])
      .executeTakeFirstOrThrow();
    expect(survey.status).toBe('brouillon');
    const question = await db
      .insertInto('survey_question')
      .values({ survey_id: survey.id, position: 1, kind: 'echelle', label: 'Satisfaction', options: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const response = await db
      .insertInto('survey_response')
      .values({
        survey_id: survey.id,
        received_on: '2026-02-01',
        source: 'saisie',
        import_file: null,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('survey_answer')
      .values({ response_id: response.id, question_id: question.id, value_int: 4, value_text: null })
      .execute();

    // The checks hold: an attachment must match its kind, a choice must carry options, an answer one value.
    await expect(
      sql`insert into survey (title, audience, attached_to, year, search_text, created_at, updated_at)
        values ('x', 'participants', 'action', 2026, 'x', ${at}, ${at})`.execute(db),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`insert into survey_question (survey_id, position, kind, label) values (${survey.id}, 2, 'choix', 'Q')`.execute(
        db,
      ),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`insert into survey_answer (response_id, question_id, value_int, value_text) values (${response.id}, ${question.id}, 1, 'x')`.execute(
        db,
      ),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`update survey set status = 'analyse' where id = ${survey.id}`.execute(db),
    ).rejects.toThrow(/CHECK/);
    // An action with a questionnaire is not deleted from under it.
    await expect(sql`delete from action where id = 1`.execute(db)).rejects.toThrow(/FOREIGN KEY/);
    // Deleting the questionnaire takes its questions, responses and answers with it.
    await db.deleteFrom('survey').where('id', '=', survey.id).execute();
    expect(await db.selectFrom('survey_answer').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('survey_response').select('id').execute()).toEqual([]);
    expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
    await v9.close();
  });
});
