import { dispatch } from '../../../electron/ipc/dispatch';
import {
  addResponse,
  deleteResponse,
  eraseFreeTexts,
  surveyResults,
  surveysTodo,
} from '../../../electron/surveys/responses';
import {
  addQuestion,
  deleteQuestion,
  duplicateSurvey,
  getSurvey,
  listSurveys,
  moveQuestion,
  setSurveyStatus,
} from '../../../electron/surveys/surveys';
import { questionInput } from '../../../shared/surveys/schemas';
import type { Survey } from '../../../shared/surveys/types';
import { createTestApp, type TestApp } from '../../helpers/context';
import { forumSurvey } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const ids = (s: Survey) => s.questions.map((q) => q.id);
const call = (channel: string, payload: unknown) => dispatch(app.ctx, channel, payload, () => undefined);

const answer = (s: Survey, values: (number | string | null)[], receivedOn = '2026-11-20') =>
  addResponse(app.ctx, {
    surveyId: s.id,
    receivedOn,
    answers: s.questions.map((q, i) => ({ questionId: q.id, value: values[i] ?? null })),
  });

describe('questionnaires', () => {
  it('edits, reorders and deletes questions in a draft, then freezes them once diffused and answered', async () => {
    const draft = await forumSurvey(app.ctx, false);
    const [a, b, c, d] = ids(draft);
    const moved = await moveQuestion(app.ctx, draft.id, c as number, 'up');
    expect(ids(moved)).toEqual([a, c, b, d]);
    expect(moved.questions.map((q) => q.position)).toEqual([1, 2, 3, 4]);
    expect(ids(await moveQuestion(app.ctx, draft.id, a as number, 'up'))).toEqual([a, c, b, d]);
    expect(ids(await deleteQuestion(app.ctx, draft.id, b as number))).toEqual([a, c, d]);

    await setSurveyStatus(app.ctx, draft.id, 'diffuse');
    await expect(
      addQuestion(app.ctx, draft.id, questionInput.parse({ kind: 'texte', label: 'Autre chose ?' })),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_STATE',
      message: expect.stringMatching(/repassez-le en brouillon/) as unknown,
    });
    const diffused = await getSurvey(app.ctx, draft.id);
    await answer(diffused, [4, 1, null]);
    await expect(setSurveyStatus(app.ctx, draft.id, 'brouillon')).rejects.toMatchObject({
      message: 'Des réponses sont enregistrées : le questionnaire ne peut plus redevenir un brouillon.',
    });
    await expect(deleteQuestion(app.ctx, draft.id, d as number)).rejects.toMatchObject({
      message: expect.stringMatching(
        /^1 réponse est enregistrée : les questions ne peuvent plus changer/,
      ) as unknown,
    });
    // To ask other questions: a copy, a draft again, without the answers.
    const copy = await duplicateSurvey(app.ctx, draft.id);
    expect(copy).toMatchObject({
      title: 'Forum santé — votre avis (copie)',
      status: 'brouillon',
      responseCount: 0,
    });
    expect(copy.questions.map((q) => q.label)).toEqual(diffused.questions.map((q) => q.label));
  });

  it('refuses a bad form whole, with a French message per question, and saves nothing', async () => {
    const s = await forumSurvey(app.ctx);
    await expect(answer(s, [null, 3, 7, 'x'])).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Certaines réponses sont à corriger : rien n’a été enregistré.',
      fieldErrors: {
        [`answers.${s.questions[0]?.id}`]: 'Réponse obligatoire',
        [`answers.${s.questions[1]?.id}`]: 'Répondez par oui ou par non',
        [`answers.${s.questions[2]?.id}`]: 'Choisissez l’une des réponses proposées',
      },
    });
    await expect(answer(s, [4], '2026-11-23')).rejects.toMatchObject({
      message: 'La date de réception ne peut pas être dans le futur (au plus tard le 22/11/2026)',
    });
    expect((await getSurvey(app.ctx, s.id)).responseCount).toBe(0);
    expect(await app.ctx.db.selectFrom('survey_answer').select('id').execute()).toEqual([]);
  });

  it('refuses a call carrying a field the contract does not know, and saves nothing', async () => {
    const result = await call('surveys:create', {
      title: 'Avis',
      audience: 'participants',
      attachedTo: 'annee',
      year: 2026,
      introduction: null,
      respondentEmail: 'quelqu.un@exemple.fr',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.ctx.db.selectFrom('survey').select('id').execute()).toEqual([]);
  });

  it('answers a bad call at the boundary in French', async () => {
    const s = await forumSurvey(app.ctx);
    expect(
      await call('surveys:create', { title: '', audience: 'patients', attachedTo: 'annee', year: 2026 }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: { title: 'Le titre est obligatoire', audience: 'Choisissez à qui il s’adresse' },
      },
    });
    expect(
      await call('surveys:addQuestion', {
        surveyId: s.id,
        data: { kind: 'choix', label: 'Q', options: ['Seul'] },
      }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'data.options': 'Proposez au moins deux choix' } },
    });
    expect(
      await call('surveys:addResponse', { surveyId: s.id, receivedOn: '31/02/2026', answers: [] }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('surveys:get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Questionnaire introuvable.' },
    });
    const draft = await forumSurvey(app.ctx, false);
    expect(
      await call('surveys:addResponse', {
        surveyId: draft.id,
        receivedOn: '2026-11-20',
        answers: [{ questionId: draft.questions[0]?.id, value: 4 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_STATE', message: expect.stringMatching(/encore un brouillon/) as unknown },
    });
  });

  it('gives the results per question from the answers', async () => {
    const s = await forumSurvey(app.ctx);
    await answer(s, [5, 1, 0, 'Une navette depuis la gare']);
    await answer(s, [4, 1, 1, null]);
    await answer(s, [2, 0, 1, 'Plus de stands']);
    const results = await surveyResults(app.ctx, s.id);
    expect(results.responseCount).toBe(3);
    const [scale, yesNo, choice, free] = results.questions;
    expect(scale).toMatchObject({ answered: 3, mean: 3.7 });
    expect(scale?.distribution.map((d) => d.count)).toEqual([0, 1, 0, 1, 1]);
    expect(yesNo?.distribution).toEqual([
      { label: 'Oui', count: 2, percent: 67 },
      { label: 'Non', count: 1, percent: 33 },
    ]);
    expect(choice?.distribution.map((d) => [d.label, d.count])).toEqual([
      ['Affiche', 1],
      ['Bouche-à-oreille', 2],
      ['Médecin traitant', 0],
    ]);
    expect(free?.textTotal).toBe(2);
    expect(free?.texts.map((t) => t.text).sort()).toEqual(['Plus de stands', 'Une navette depuis la gare']);
  });

  it('lets free texts be erased apart or a response deleted, keeping the rest', async () => {
    const s = await forumSurvey(app.ctx);
    const first = await answer(s, [5, 1, 0, 'Mon médecin m’en a parlé']);
    await answer(s, [3, null, null, 'Rien']);
    expect(await eraseFreeTexts(app.ctx, s.id)).toEqual({ erased: 2 });
    let results = await surveyResults(app.ctx, s.id);
    expect(results.questions[3]).toMatchObject({ textTotal: 0, texts: [] });
    expect(results.questions[0]?.answered).toBe(2);
    await deleteResponse(app.ctx, first.id);
    results = await surveyResults(app.ctx, s.id);
    expect(results.responseCount).toBe(1);
    expect(results.questions[0]).toMatchObject({ answered: 1, mean: 3 });
  });

  it('lists with search, filters and pages, and shows in « À faire » what waits for its analysis', async () => {
    const s = await forumSurvey(app.ctx);
    await forumSurvey(app.ctx, false);
    expect((await listSurveys(app.ctx, { search: 'FORUM sante' })).total).toBe(2);
    expect((await listSurveys(app.ctx, { status: 'brouillon' })).total).toBe(1);
    expect((await listSurveys(app.ctx, { audience: 'representants' })).total).toBe(0);
    const page = await listSurveys(app.ctx, { year: 2026, limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 2, offset: 1, years: [2026] });
    expect(page.rows).toHaveLength(1);

    expect(await surveysTodo(app.ctx)).toEqual({ total: 0, lines: [] });
    await answer(s, [4], '2026-11-02');
    await answer(s, [5], '2026-11-10');
    expect(await surveysTodo(app.ctx)).toEqual({
      total: 1,
      lines: [
        {
          surveyId: s.id,
          title: 'Forum santé — votre avis',
          attachmentLabel: 'Année 2026',
          responseCount: 2,
          lastReceivedOn: '2026-11-10',
        },
      ],
    });
    const analysed = await setSurveyStatus(app.ctx, s.id, 'analyse');
    expect(analysed).toMatchObject({ status: 'analyse', analysedOn: '2026-11-22' });
    expect((await surveysTodo(app.ctx)).total).toBe(0);
    await expect(answer(analysed, [3])).rejects.toMatchObject({
      message: expect.stringMatching(/rouvrez-le/) as unknown,
    });
  });
});
