/**
 * The figures of actions and projects, of their sessions, of the questionnaires and the money by
 * project, on the data set of engagement-fixtures.ts; every expected number is counted by hand
 * from the tables at the top of that file (and of fixtures.ts for the meetings).
 */
import { dashboard } from '../../../electron/indicators/dashboard';
import { figureDetails } from '../../../electron/indicators/details';
import { dashboardScopes } from '../../../electron/indicators/scopes';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { FigureId } from '../../../shared/indicators/catalogue';
import { evolution, valueText } from '../../../shared/indicators/display';
import { figureDef } from '../../../shared/indicators/catalogue';
import type { PeriodData, ScopeData } from '../../../shared/indicators/schemas';
import type { FigureValue } from '../../../shared/indicators/types';
import { createTestApp, type TestApp } from '../../helpers/context';
import { givenEngagement, type EngagementSet } from './engagement-fixtures';
import { givenDataSet, type DataSet } from './fixtures';

let app: TestApp;
let data: DataSet;
let engagement: EngagementSet;

beforeAll(async () => {
  app = await createTestApp();
  data = await givenDataSet(app);
  engagement = await givenEngagement(app, data);
});
afterAll(async () => app.close());

const y2025: PeriodData = { kind: 'annee', year: 2025 };
const value = (v: number, of: number | null = null): FigureValue => ({ value: v, of });

async function figures(scope: ScopeData, period: PeriodData = y2025) {
  const answer = await dashboard(app.ctx, period, scope);
  const get = (id: FigureId) => {
    const f = answer.figures.find((x) => x.id === id);
    if (!f) throw new Error(`figure ${id} missing`);
    return f;
  };
  return { answer, get };
}

describe('actions and projects of 2025 over everything, beside 2024', () => {
  it('actions with users taking part: P1, A1 and A3 of the four counted (A2’s session had nobody present)', async () => {
    const { get } = await figures({ kind: 'tout' });
    const f = get('actionsWithUsers');
    // Counted: P1, A1, A2, A3 (A4 cancelled, A5 in 2024, A6 undated); 2024: A5 with Denis at S5.
    expect(f.current).toEqual(value(3, 4));
    expect(f.previous).toEqual(value(1, 1));
    const [byLevel, byPhase, byKind] = f.breakdowns;
    expect(byLevel?.items).toEqual([
      { label: 'Informer', value: 1 },
      { label: 'Impliquer', value: 1 },
      { label: 'Collaborer / Co-construire', value: 1 },
    ]);
    expect(byPhase?.items).toEqual([
      { label: 'Conception', value: 1 },
      { label: 'Mise en œuvre', value: 1 },
      { label: 'Non renseigné', value: 1 },
    ]);
    expect(byKind?.items).toEqual([
      { label: 'Projets', value: 1, of: 1 },
      { label: 'Actions', value: 2, of: 3 },
    ]);
    expect(valueText(figureDef('actionsWithUsers'), f.current)).toBe('75\u00a0%');
  });

  it('participants: Alice, Fanny (S1) and Emma (S3), each once; 2024: Denis', async () => {
    const { get } = await figures({ kind: 'tout' });
    expect(get('actionParticipants').current).toEqual(value(3));
    expect(get('actionParticipants').previous).toEqual(value(1));
  });

  it('people counted without a name: 12 + 150 (S2 cancelled, S4 none); 2024: 5', async () => {
    const { get } = await figures({ kind: 'tout' });
    expect(get('countedParticipants').current).toEqual(value(162));
    expect(get('countedParticipants').previous).toEqual(value(5));
  });

  it('beneficiaries reached on expected: A1 30/40, A2 0/50, A3 250/200 — not P1, which has actions', async () => {
    const { get } = await figures({ kind: 'tout' });
    expect(get('beneficiaries').current).toEqual(value(280, 290));
    expect(get('beneficiaries').previous).toEqual(value(15, 20));
  });

  it('sessions held and their hours: S1, S3, S4; 3 h + 2 h + 8 h = 13 h; by month', async () => {
    const { get } = await figures({ kind: 'tout' });
    expect(get('sessionsHeld').current).toEqual(value(3));
    expect(get('sessionsHeld').previous).toEqual(value(1));
    expect(get('sessionHours').current).toEqual(value(780));
    expect(get('sessionHours').previous).toEqual(value(120));
    const months = get('sessionsHeld').breakdowns[0]?.items ?? [];
    expect(months).toHaveLength(12);
    expect(months.filter((m) => m.value > 0)).toEqual([
      { label: 'mars 2025', value: 1 },
      { label: 'oct. 2025', value: 1 },
      { label: 'déc. 2025', value: 1 },
    ]);
  });

  it('sessions are not representation: meetings held and their hours stay those of the instances', async () => {
    const { get } = await figures({ kind: 'tout' });
    // fixtures.ts: CDU 10/03, CDU 31/12, CTS 20/09; 180 + 180 + 120 + 90 + 240 minutes.
    expect(get('meetingsHeld').current).toEqual(value(3));
    expect(get('representationHours').current).toEqual(value(810));
  });
});

describe('questionnaires of 2025', () => {
  it('answers received in the year, by audience', async () => {
    const { get } = await figures({ kind: 'tout' });
    expect(get('surveyResponses').current).toEqual(value(4));
    expect(get('surveyResponses').previous).toEqual(value(1));
    expect(get('surveyResponses').breakdowns[0]?.items).toEqual([
      { label: 'Représentants', value: 1 },
      { label: 'Professionnels', value: 1 },
      { label: 'Participants', value: 2 },
    ]);
  });

  it('mean score of the 1–5 questions: (5 + 4 + 3 + 2 + 5) / 5 = 3,8, beside 4,0', async () => {
    const { get } = await figures({ kind: 'tout' });
    const f = get('surveyMeanScore');
    expect(f.current).toEqual(value(19, 5));
    expect(f.previous).toEqual(value(4, 1));
    const def = figureDef('surveyMeanScore');
    expect(valueText(def, f.current)).toBe('3,8\u00a0/\u00a05');
    expect(evolution(def, f.current, f.previous, '2024').text).toBe('↓ −0,2\u00a0point par rapport à 2024');
    expect(f.breakdowns[0]?.items).toEqual([
      { label: 'Représentants', value: 2, of: 1 },
      { label: 'Professionnels', value: 5, of: 1 },
      { label: 'Participants', value: 12, of: 3 },
    ]);
  });
});

describe('money by instance or project', () => {
  it('a line of a session counts for its action’s project, or for the action out of any project', async () => {
    const { get } = await figures({ kind: 'tout' });
    // Alice 25 € (20 € CDU + 5 € parking) and Fanny 30 € for S1.
    expect(get('claimsPaid').current).toEqual(value(5500, 2));
    expect(get('claimsPaid').breakdowns[1]?.items).toEqual([
      { label: 'Parcours diabète', value: 3000 },
      { label: 'CDU du CHU de Rennes (CHU de Rennes)', value: 2000 },
      { label: 'Sans réunion ni séance liée', value: 500 },
    ]);
    expect(get('claimsRenounced').current).toEqual(value(3000, 2));
    expect(get('claimsRenounced').breakdowns[1]?.items).toEqual([
      { label: 'CDU du CHU de Rennes (CHU de Rennes)', value: 1800 },
      { label: 'Forum santé mentale', value: 1200 },
    ]);
  });
});

describe('scopes', () => {
  it('a project: itself and its actions, their sessions, answers and claim lines; no instance figure', async () => {
    const { answer, get } = await figures({ kind: 'projet', id: engagement.actions.p1 });
    expect(answer.scopeLabel).toBe('Projet « Parcours diabète »');
    expect(answer.figures.map((f) => f.id)).toEqual([
      'actionsWithUsers',
      'actionParticipants',
      'countedParticipants',
      'beneficiaries',
      'sessionsHeld',
      'sessionHours',
      'surveyResponses',
      'surveyMeanScore',
      'claimsPaid',
      'claimsRenounced',
    ]);
    expect(get('actionsWithUsers').current).toEqual(value(2, 3));
    expect(get('actionParticipants').current).toEqual(value(2));
    expect(get('countedParticipants').current).toEqual(value(12));
    expect(get('beneficiaries').current).toEqual(value(30, 90));
    expect(get('sessionsHeld').current).toEqual(value(2));
    expect(get('sessionHours').current).toEqual(value(300));
    expect(get('surveyResponses').current).toEqual(value(2));
    expect(get('surveyMeanScore').current).toEqual(value(12, 3));
    expect(get('claimsPaid').current).toEqual(value(3000, 1));
    expect(get('claimsRenounced').current).toEqual(value(0, 0));
  });

  it('an organisation: the actions it carries itself or through its instances', async () => {
    const { get } = await figures({ kind: 'organisation', id: data.organisations.chu });
    // P1 (the CHU) and A1 (its CDU); A2 is the association's.
    expect(get('actionsWithUsers').current).toEqual(value(2, 2));
    expect(get('beneficiaries').current).toEqual(value(30, 40));
    expect(get('sessionsHeld').current).toEqual(value(1));
    expect(get('surveyResponses').current).toEqual(value(2));
    expect(get('claimsPaid').current).toEqual(value(5000, 2));
    expect(get('claimsRenounced').current).toEqual(value(1800, 1));
  });

  it('a department and an instance type', async () => {
    const finistere = await figures({ kind: 'departement', code: '29' });
    expect(finistere.get('actionsWithUsers').current).toEqual(value(1, 1));
    expect(finistere.get('countedParticipants').current).toEqual(value(150));
    expect(finistere.get('surveyMeanScore').current).toEqual(value(2, 1));
    expect(finistere.get('claimsRenounced').current).toEqual(value(1200, 1));
    const cdu = await figures({ kind: 'typeInstance', id: data.types.cdu });
    expect(cdu.get('actionsWithUsers').current).toEqual(value(1, 1));
    expect(cdu.get('sessionHours').current).toEqual(value(300));
  });

  it('the picker offers the projects, not the actions', async () => {
    const options = await dashboardScopes(app.ctx);
    expect(options.projects).toEqual([{ id: engagement.actions.p1, label: 'Parcours diabète' }]);
  });
});

describe('the lists behind the figures', () => {
  const list = (figure: FigureId, scope: ScopeData = { kind: 'tout' }) =>
    figureDetails(app.ctx, { figure, period: y2025, scope, offset: 0, limit: 50 });

  it('actions: the four counted, those with users first', async () => {
    const answer = await list('actionsWithUsers');
    expect(answer.total).toBe(4);
    expect(answer.lines.map((l) => l.label)).toEqual([
      'Forum santé mentale',
      'Ateliers diabète',
      'Projet\u00a0: Parcours diabète',
      'Enquête usagers',
    ]);
    expect(answer.lines[0]?.value).toBe('Avec participation\u00a0: 1 personne');
    expect(answer.lines[2]?.value).toBe('Avec participation\u00a0: 2 personnes');
    expect(answer.lines[3]?.value).toBe('Sans participation dans la période');
    expect(answer.lines[0]?.link).toBe(`/actions/${engagement.actions.a3}`);
  });

  it('beneficiaries: each action’s reached and expected, a project with actions said so', async () => {
    const answer = await list('beneficiaries', { kind: 'projet', id: engagement.actions.p1 });
    expect(answer.lines.map((l) => [l.label, l.value])).toEqual([
      ['Ateliers diabète', 'Touchés\u00a0: 30 · prévus\u00a0: 40'],
      ['Projet\u00a0: Parcours diabète', 'Comptés sur ses actions'],
      ['Enquête usagers', 'Touchés\u00a0: non saisis · prévus\u00a0: 50'],
    ]);
  });

  it('sessions, most recent first, each opening its session', async () => {
    const answer = await list('sessionsHeld');
    expect(answer.total).toBe(3);
    expect(answer.lines.map((l) => [l.date, l.label, l.value])).toEqual([
      ['2025-12-31', 'Enquête usagers', '0 présent · 0\u00a0min'],
      ['2025-10-10', 'Forum santé mentale', '1 présent · 150 participants hors registre · 8\u00a0h'],
      ['2025-03-15', 'Ateliers diabète', '2 présents · 12 participants hors registre · 5\u00a0h'],
    ]);
    expect(answer.lines[0]?.link).toBe(`/seances/${engagement.sessions.s4}`);
  });

  it('participants with their sessions and hours, most hours first', async () => {
    const answer = await list('actionParticipants');
    expect(answer.lines.map((l) => [l.label, l.detail, l.value])).toEqual([
      ['Emma Test', '1 séance', '8\u00a0h'],
      ['Alice Test', '1 séance', '3\u00a0h'],
      ['Fanny Test', '1 séance', '2\u00a0h'],
    ]);
  });

  it('questionnaires with their answers and mean', async () => {
    const answer = await list('surveyMeanScore');
    expect(answer.lines.map((l) => [l.label, l.value])).toEqual([
      ['Retours ateliers', '2 réponses · 4,0\u00a0/\u00a05'],
      ['Bilan annuel', '1 réponse · 5,0\u00a0/\u00a05'],
      ['Rôle des représentants', '1 réponse · 2,0\u00a0/\u00a05'],
    ]);
  });

  it('claims of a project: the lines of its sessions', async () => {
    const answer = await list('claimsPaid', { kind: 'projet', id: engagement.actions.p1 });
    expect(answer.lines.map((l) => [l.label, l.value])).toEqual([['Fanny Test', '30,00\u00a0€']]);
  });
});

describe('at the boundary', () => {
  it('a project scope is checked like the others', async () => {
    const ok = await dispatch(app.ctx, 'indicators:dashboard', {
      period: y2025,
      scope: { kind: 'projet', id: engagement.actions.p1 },
    });
    expect(ok.ok).toBe(true);
    const bad = await dispatch(app.ctx, 'indicators:dashboard', {
      period: y2025,
      scope: { kind: 'projet', id: 'un' },
    });
    expect(bad.ok).toBe(false);
  });
});
