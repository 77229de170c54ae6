import ExcelJS from 'exceljs';
import { surveyAnswerSheet } from '../../../electron/surveys/survey-files';
import { analyzeImport, runImport } from '../../../electron/surveys/survey-import';
import { surveyResults } from '../../../electron/surveys/responses';
import { getSurvey } from '../../../electron/surveys/surveys';
import type { Survey } from '../../../shared/surveys/types';
import { createTestApp, type TestApp } from '../../helpers/context';
import { forumSurvey } from './fixtures';

let app: TestApp;
let survey: Survey;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  survey = await forumSurvey(app.ctx);
});
afterEach(() => app.close());

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

/** What an online form tool exports: a time stamp, an e-mail, the questions as typed there. */
const csv = [
  'Horodateur;Adresse e-mail;ÊTES-VOUS SATISFAIT DU FORUM;Avez-vous appris quelque chose ?;Comment avez-vous connu le forum ?;Vos suggestions',
  '2026/11/15 10:02;a@exemple.fr;5;Oui;Affiche;"Une navette; depuis la gare"',
  '2026/11/15 11:40;b@exemple.fr;4 - Satisfait;non;bouche-à-oreille;',
  '2026/11/16 09:12;c@exemple.fr;3;;Médecin traitant;Rien',
].join('\r\n');

describe('answers imported from a file', () => {
  it('matches the columns by label, leaves out the others, and imports every line in one go', async () => {
    const analysis = await analyzeImport(app.ctx, {
      surveyId: survey.id,
      fileName: 'forum.csv',
      dataBase64: b64(csv),
    });
    expect(analysis.mapping.map((m) => m.column)).toEqual([2, 3, 4, 5]);
    expect(analysis.ignoredColumns).toEqual(['Horodateur', 'Adresse e-mail']);
    expect(analysis).toMatchObject({ rowCount: 3, issues: [] });

    expect(
      await runImport(app.ctx, { surveyId: survey.id, fileName: 'forum.csv', dataBase64: b64(csv) }),
    ).toEqual({ imported: 3 });
    const results = await surveyResults(app.ctx, survey.id);
    expect(results.responseCount).toBe(3);
    expect(results.questions[0]).toMatchObject({ answered: 3, mean: 4 });
    expect(results.questions[1]?.distribution.map((d) => d.count)).toEqual([1, 1]);
    expect(results.questions[3]?.texts.map((t) => t.text).sort()).toEqual([
      'Rien',
      'Une navette; depuis la gare',
    ]);
    // The e-mail addresses were not stored anywhere.
    const stored = await app.ctx.db.selectFrom('survey_answer').select('value_text').execute();
    expect(stored.some((r) => (r.value_text ?? '').includes('@'))).toBe(false);
    const responses = await app.ctx.db
      .selectFrom('survey_response')
      .select(['source', 'import_file', 'received_on'])
      .execute();
    expect(new Set(responses.map((r) => `${r.source} ${r.import_file} ${r.received_on}`))).toEqual(
      new Set(['import forum.csv 2026-11-22']),
    );
  });

  it('reports the lines in French and imports nothing while one is wrong', async () => {
    const bad = `${csv}\r\n2026/11/17;d@exemple.fr;8;peut-être;Radio;\r\n2026/11/17;e@exemple.fr;;Oui;;`;
    const analysis = await analyzeImport(app.ctx, {
      surveyId: survey.id,
      fileName: 'forum.csv',
      dataBase64: b64(bad),
    });
    expect(analysis.issues).toEqual([
      {
        line: 5,
        message: 'Ligne 5, « Êtes-vous satisfait du forum ? » : « 8 » n’est pas une note de 1 à 5.',
      },
      {
        line: 5,
        message: 'Ligne 5, « Avez-vous appris quelque chose ? » : « peut-être » n’est ni oui ni non.',
      },
      {
        line: 5,
        message:
          'Ligne 5, « Comment avez-vous connu le forum ? » : « Radio » n’est pas l’une des réponses proposées.',
      },
      { line: 6, message: 'Ligne 6, « Êtes-vous satisfait du forum ? » : réponse obligatoire absente.' },
    ]);
    await expect(
      runImport(app.ctx, { surveyId: survey.id, fileName: 'forum.csv', dataBase64: b64(bad) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(
        /^Rien n’a été importé : 4 problèmes sont à corriger dans le fichier\. Ligne 5/,
      ) as unknown,
    });
    expect((await getSurvey(app.ctx, survey.id)).responseCount).toBe(0);
  });

  it('follows the mapping the user corrected', async () => {
    const renamed = 'Note;Appris;Connu par\n4;oui;Affiche\n2;non;Affiche\n';
    const guessed = await analyzeImport(app.ctx, {
      surveyId: survey.id,
      fileName: 'f.csv',
      dataBase64: b64(renamed),
    });
    expect(guessed.mapping.every((m) => m.column === null)).toBe(true);
    expect(guessed.issues.map((i) => i.message)).toContain(
      'La question obligatoire « Êtes-vous satisfait du forum ? » n’est reliée à aucune colonne.',
    );
    const [q1, q2, q3, q4] = survey.questions.map((q) => q.id);
    const mapping = [
      { questionId: q1 as number, column: 0 },
      { questionId: q2 as number, column: 1 },
      { questionId: q3 as number, column: 2 },
      { questionId: q4 as number, column: null },
    ];
    expect(
      await runImport(app.ctx, { surveyId: survey.id, fileName: 'f.csv', dataBase64: b64(renamed), mapping }),
    ).toEqual({
      imported: 2,
    });
    const twice = mapping.map((m) => ({ ...m, column: 0 }));
    await expect(
      runImport(app.ctx, {
        surveyId: survey.id,
        fileName: 'f.csv',
        dataBase64: b64(renamed),
        mapping: twice,
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/Une même colonne est reliée à deux questions/) as unknown,
    });
    expect((await getSurvey(app.ctx, survey.id)).responseCount).toBe(2);
  });

  it('reads an XLSX built by hand, and the answer sheet Porte-voix hands out comes back as it is', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Réponses au formulaire 1');
    sheet.addRow([
      'Horodatage',
      'Êtes-vous satisfait du forum ?',
      'Avez-vous appris quelque chose ?',
      'Vos suggestions',
    ]);
    sheet.addRow([new Date(Date.UTC(2026, 10, 15)), 5, 'Oui', 'Très bien organisé']);
    sheet.addRow([new Date(Date.UTC(2026, 10, 15)), 3, 'Non', null]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(
      await runImport(app.ctx, { surveyId: survey.id, fileName: 'forum.xlsx', dataBase64: b64(xlsx) }),
    ).toEqual({ imported: 2 });

    // The sheet to fill: the questions as its header row, drop-down lists for the closed questions.
    const file = await surveyAnswerSheet(app.ctx, survey.id);
    expect(file.fileName).toBe('Questionnaire-Forum-sante-votre-avis-2026.xlsx');
    const handed = new ExcelJS.Workbook();
    await handed.xlsx.load(file.data as unknown as ArrayBuffer);
    const answers = handed.getWorksheet('Réponses');
    if (!answers) throw new Error('no answer sheet');
    expect((answers.getRow(1).values as unknown[]).slice(1)).toEqual(survey.questions.map((q) => q.label));
    expect(answers.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Listes!$A$1:$A$5'],
    });
    expect(answers.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Listes!$C$1:$C$3'],
    });
    expect(answers.getCell('D2').dataValidation).toBeUndefined();
    expect(handed.getWorksheet('Listes')?.getCell('C2').value).toBe('Bouche-à-oreille');
    answers.getCell('A2').value = 4;
    answers.getCell('B2').value = 'Oui';
    answers.getCell('C2').value = 'Médecin traitant';
    const filled = Buffer.from(await handed.xlsx.writeBuffer());
    expect(
      await runImport(app.ctx, { surveyId: survey.id, fileName: 'retour.xlsx', dataBase64: b64(filled) }),
    ).toEqual({ imported: 1 });
    expect((await surveyResults(app.ctx, survey.id)).questions[2]?.distribution.map((d) => d.count)).toEqual([
      0, 0, 1,
    ]);
  });
});
