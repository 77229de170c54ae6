import { dispatch } from '../../../electron/ipc/dispatch';
import * as objectives from '../../../electron/bilans/objectives';
import { dashboard } from '../../../electron/indicators/dashboard';
import { indicatorInput, type IndicatorInput } from '../../../shared/bilans/objectives';
import { createTestApp, type TestApp } from '../../helpers/context';
import { action } from '../actions/fixtures';
import { givenDataSet, type DataSet } from '../indicators/fixtures';

let app: TestApp;
let data: DataSet;
beforeAll(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  data = await givenDataSet(app);
});
afterAll(() => app.close());

const call = (channel: string, payload: unknown) => dispatch(app.ctx, channel, payload, () => undefined);

const line = (overrides: Partial<IndicatorInput>) =>
  indicatorInput.parse({
    label: 'Réunions de la CDU',
    expectedNumber: null,
    expectedText: null,
    source: 'saisi',
    figureId: null,
    resultNumber: null,
    resultText: null,
    comment: null,
    ...overrides,
  });

describe('objectives of a year', () => {
  it('computes a result through the dashboard and keeps a typed one as typed', async () => {
    let set = await objectives.createObjective(
      app.ctx,
      { kind: 'annee', year: 2025 },
      'Représenter les usagers',
    );
    const objectiveId = set.objectives[0]?.id ?? 0;
    // 2025: CDU 10/03 and 31/12, CTS 20/09 (the CDU of 05/06 was cancelled): 3 meetings held.
    await objectives.createIndicator(
      app.ctx,
      objectiveId,
      line({ label: 'Réunions tenues', expectedNumber: 4, source: 'calcule', figureId: 'meetingsHeld' }),
    );
    await objectives.createIndicator(
      app.ctx,
      objectiveId,
      line({ label: 'Satisfaction', expectedText: 'Questionnaire', resultNumber: 3.8, comment: 'Sur 5' }),
    );
    set = await objectives.createIndicator(app.ctx, objectiveId, line({ label: 'Réunions d’information' }));
    const [computed, typed, empty] = set.objectives[0]?.indicators ?? [];
    expect(set.title).toBe('Année 2025');
    expect(set.scopeLabel).toBe('Toutes les instances');
    expect(computed).toMatchObject({ expected: '4', result: '3 réunions', figureLabel: 'Réunions tenues' });
    expect(typed).toMatchObject({
      expected: 'Questionnaire',
      result: '3,8',
      resultDetail: null,
      comment: 'Sur 5',
    });
    expect(empty).toMatchObject({ expected: 'Non déterminé', result: '—' });

    // The same call as the dashboard's, for the same period and scope.
    const board = await dashboard(app.ctx, { kind: 'annee', year: 2025 }, { kind: 'tout' });
    expect(board.figures.find((f) => f.id === 'meetingsHeld')?.current.value).toBe(3);
  });

  it('turns a computed line into a typed one and back', async () => {
    const set = await objectives.objectiveSet(app.ctx, { kind: 'annee', year: 2025 });
    const id = set.objectives[0]?.indicators[0]?.id ?? 0;
    let after = await objectives.updateIndicator(app.ctx, id, line({ resultText: 'Toutes' }));
    expect(after.objectives[0]?.indicators[0]).toMatchObject({
      source: 'saisi',
      figureId: null,
      result: 'Toutes',
    });
    after = await objectives.updateIndicator(
      app.ctx,
      id,
      line({ source: 'calcule', figureId: 'attendanceRate' }),
    );
    // Expected attendance 2025: Alice ×2 present, Bruno remote, Chloé absent, Emma present, Gaël excused: 4 of 6.
    expect(after.objectives[0]?.indicators[0]).toMatchObject({
      result: '67\u00a0%',
      resultDetail: '4 présences sur 6',
    });
  });
});

describe('objectives of a project', () => {
  it('counts over the project’s dates in its carrier’s scope', async () => {
    const project = await action(app.ctx, {
      kind: 'projet',
      title: 'Parcours CDU',
      carrier: 'organisation',
      organisationId: data.organisations.chu,
      startDate: '2025-01-01',
      endDate: '2025-06-30',
    });
    let set = await objectives.createObjective(app.ctx, { kind: 'projet', actionId: project.id }, 'Siéger');
    set = await objectives.createIndicator(
      app.ctx,
      set.objectives[0]?.id ?? 0,
      line({ source: 'calcule', figureId: 'meetingsHeld' }),
    );
    expect(set.title).toBe('Projet « Parcours CDU »');
    expect(set.period).toMatchObject({ from: '2025-01-01', to: '2025-06-30' });
    // Only the CDU of 10/03 is in the first half of 2025 (05/06 cancelled).
    expect(set.objectives[0]?.indicators[0]?.result).toBe('1 réunion');
  });

  it('says why nothing is computed for a project without dates, and refuses an action', async () => {
    const project = await action(app.ctx, { kind: 'projet', title: 'Sans dates' });
    let set = await objectives.createObjective(app.ctx, { kind: 'projet', actionId: project.id }, 'Informer');
    set = await objectives.createIndicator(
      app.ctx,
      set.objectives[0]?.id ?? 0,
      line({ source: 'calcule', figureId: 'engagedPeople' }),
    );
    expect(set.period).toBeNull();
    expect(set.objectives[0]?.indicators[0]).toMatchObject({
      result: '—',
      resultDetail: expect.stringContaining('date de début'),
    });
    const single = await action(app.ctx, { title: 'Atelier' });
    await expect(
      objectives.createObjective(app.ctx, { kind: 'projet', actionId: single.id }, 'X'),
    ).rejects.toThrow('sur un projet');
  });

  it('goes with its project when the project is deleted', async () => {
    const project = await action(app.ctx, { kind: 'projet', title: 'Éphémère' });
    await objectives.createObjective(app.ctx, { kind: 'projet', actionId: project.id }, 'Un objectif');
    await call('actions:delete', { id: project.id });
    const left = await app.ctx.db
      .selectFrom('objective')
      .select('id')
      .where('action_id', '=', project.id)
      .execute();
    expect(left).toEqual([]);
  });
});

describe('the objectives boundary', () => {
  it('refuses in French at the fields and writes nothing', async () => {
    const set = await objectives.objectiveSet(app.ctx, { kind: 'annee', year: 2025 });
    const before = await app.ctx.db.selectFrom('objective_indicator').select('id').execute();
    const result = await call('objectives:addIndicator', {
      objectiveId: set.objectives[0]?.id,
      data: {
        label: ' ',
        expectedNumber: 3,
        expectedText: 'trois',
        source: 'calcule',
        figureId: null,
        resultNumber: 2,
        resultText: null,
        comment: null,
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fieldErrors).toMatchObject({
      'data.label': 'Indiquez l’indicateur',
      'data.expectedText': 'Un nombre ou un texte, pas les deux',
      'data.figureId': 'Choisissez le chiffre à calculer',
      'data.resultNumber': 'Un résultat calculé ne se saisit pas',
    });
    const unknown = await call('objectives:addIndicator', {
      objectiveId: set.objectives[0]?.id,
      data: { ...line({}), source: 'calcule', figureId: 'inventé', extra: 1 },
    });
    expect(unknown.ok).toBe(false);
    expect(await app.ctx.db.selectFrom('objective_indicator').select('id').execute()).toEqual(before);
  });
});
