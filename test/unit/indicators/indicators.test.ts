/**
 * Each figure of the dashboard on the hand-built data set of fixtures.ts; every expected number
 * is counted by hand from the table at the top of that file, not by the code under test.
 */
import { congeFigure } from '../../../electron/indicators/conge-figure';
import { dashboard } from '../../../electron/indicators/dashboard';
import { figureDetails } from '../../../electron/indicators/details';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { FigureId } from '../../../shared/indicators/catalogue';
import type { PeriodData, ScopeData } from '../../../shared/indicators/schemas';
import type { Dashboard, FigureValue } from '../../../shared/indicators/types';
import { createTestApp, type TestApp } from '../../helpers/context';
import { givenDataSet, type DataSet } from './fixtures';

let app: TestApp;
let data: DataSet;

beforeAll(async () => {
  app = await createTestApp();
  data = await givenDataSet(app);
});
afterAll(async () => app.close());

const year = (y: number): PeriodData => ({ kind: 'annee', year: y });
const everything: ScopeData = { kind: 'tout' };

async function figures(period: PeriodData, scope: ScopeData = everything) {
  const answer = await dashboard(app.ctx, period, scope);
  const get = (id: FigureId) => {
    const f = answer.figures.find((x) => x.id === id);
    if (!f) throw new Error(`figure ${id} missing`);
    return f;
  };
  return { answer, get };
}

const value = (v: number, of: number | null = null): FigureValue => ({ value: v, of });

describe('figures of 2025 over everything, beside 2024', () => {
  let get: (id: FigureId) => Dashboard['figures'][number];
  beforeAll(async () => {
    ({ get } = await figures(year(2025)));
  });

  it('representatives engaged: a mandate running some day of the year, each person once', () => {
    // Alice, Bruno (ended 31/03), Chloé (from 31/12), Emma, Gaël; 2024: Alice, Bruno, Denis, Gaël.
    expect(get('engagedPeople').current).toEqual(value(5));
    expect(get('engagedPeople').previous).toEqual(value(4));
    const [byType, byDepartment] = get('engagedPeople').breakdowns;
    expect(byType?.items).toEqual([
      { label: 'Commission des usagers (CDU)', value: 3 },
      { label: 'Conseil territorial de santé (CTS)', value: 2 },
    ]);
    expect(byDepartment?.items).toEqual([
      { label: '35', value: 3 },
      { label: '29', value: 2 },
    ]);
  });

  it('seats filled vs offered on the last day', () => {
    // 31/12/2025: CDU Alice (titulaire) + Chloé (suppléante) of 4, CTS Emma + Gaël of 2.
    // 31/12/2024: CDU Alice + Bruno of 4, CTS Denis + Gaël of 2.
    expect(get('seats').current).toEqual(value(4, 6));
    expect(get('seats').previous).toEqual(value(4, 6));
  });

  it('instances below their target', () => {
    // The CTS wants 3 people and has 2 (Emma, Gaël); the CDU wants 2 and has 2.
    expect(get('instancesBelowTarget').current).toEqual(value(1, 2));
  });

  it('new representatives: first mandate ever starting in the period', () => {
    // Emma (01/03) and Chloé (31/12); 2024: Bruno and Gaël.
    expect(get('newPeople').current).toEqual(value(2));
    expect(get('newPeople').previous).toEqual(value(2));
  });

  it('trainings followed and their hours', () => {
    // Gaël 7 h, Emma 4 h, Alice without duration; Alice’s 2026 training is not in 2025.
    expect(get('trainings').current).toEqual(value(3));
    expect(get('trainingHours').current).toEqual(value(660));
    expect(get('trainings').previous).toEqual(value(0));
  });

  it('formation de base followed within its delay', () => {
    // Due in 2025: Gaël (15/04, followed 20/05: late) and Emma (01/09, followed 15/06).
    // Due in 2024: Bruno (01/12), never followed.
    expect(get('baseTrainingOnTime').current).toEqual(value(1, 2));
    expect(get('baseTrainingOnTime').previous).toEqual(value(0, 1));
  });

  it('meetings held: not cancelled, the last day of the period included', () => {
    // 10/03, 20/09 and 31/12; the 05/06 was cancelled. 2024: 10/05.
    expect(get('meetingsHeld').current).toEqual(value(3));
    expect(get('meetingsHeld').previous).toEqual(value(1));
    const months = get('meetingsHeld').breakdowns[0]?.items ?? [];
    expect(months).toHaveLength(12);
    expect(months.filter((m) => m.value > 0)).toEqual([
      { label: 'mars 2025', value: 1 },
      { label: 'sept. 2025', value: 1 },
      { label: 'déc. 2025', value: 1 },
    ]);
  });

  it('attendance rate of the people expected', () => {
    // Expected rows: Alice, Bruno (10/03), Alice, Chloé absente (31/12), Emma, Gaël excusé
    // (20/09): 4 present of 6; Fanny, without mandate, is left out. 2024: Denis 1 of 1.
    expect(get('attendanceRate').current).toEqual(value(4, 6));
    expect(get('attendanceRate').previous).toEqual(value(1, 1));
  });

  it('hours of representation, by type', () => {
    // 10/03: 3 h + 3 h + Fanny 2 h; 31/12: Alice 1 h 30; 20/09: Emma 4 h → 13 h 30. 2024: 2 h.
    const hours = get('representationHours');
    expect(hours.current).toEqual(value(810));
    expect(hours.previous).toEqual(value(120));
    expect(hours.breakdowns.find((b) => b.key === 'typeInstance')?.items).toEqual([
      { label: 'Commission des usagers (CDU)', value: 570 },
      { label: 'Conseil territorial de santé (CTS)', value: 240 },
    ]);
  });

  it('claims reimbursed, by kind and by instance', () => {
    // Alice’s claim paid 02/04/2025: repas 20 € (CDU of 10/03) + parking 5 €; Emma’s paid in 2026.
    const paid = get('claimsPaid');
    expect(paid.current).toEqual(value(2500, 1));
    expect(paid.previous).toEqual(value(0, 0));
    expect(paid.breakdowns.find((b) => b.key === 'nature')?.items).toEqual([
      { label: 'Repas', value: 2000 },
      { label: 'Parking', value: 500 },
    ]);
    expect(paid.breakdowns.find((b) => b.key === 'instance')?.items).toEqual([
      { label: 'CDU du CHU de Rennes (CHU de Rennes)', value: 2000 },
      { label: 'Sans réunion ni séance liée', value: 500 },
    ]);
  });

  it('claims renounced (abandon de frais) and reçus fiscaux issued', () => {
    expect(get('claimsRenounced').current).toEqual(value(1800, 1));
    expect(get('taxReceipts').current).toEqual(value(1800, 1));
    expect(get('taxReceipts').previous).toEqual(value(0, 0));
  });

  it('congé de représentation used, by the congé counter’s rule', async () => {
    // Alice: 10/03 (3 h) and 31/12 (1 h 30), a half-day each; Emma: Saturday 20/09 (4 h), a
    // half-day; Chloé was absent; the cancelled 05/06 counts nothing. 2024: nobody employed sat.
    const conge = await congeFigure(app.ctx, year(2025), everything);
    expect(conge.current).toEqual(value(3, 2));
    expect(conge.previous).toEqual(value(0, 0));
  });
});

describe('scopes', () => {
  it('one organisation: its instances, the people who sit there, the claim lines of its meetings', async () => {
    const { get, answer } = await figures(year(2025), { kind: 'organisation', id: data.organisations.chu });
    expect(answer.scopeLabel).toBe('CHU de Rennes');
    expect(get('engagedPeople').current).toEqual(value(3));
    expect(get('newPeople').current).toEqual(value(1));
    expect(get('seats').current).toEqual(value(2, 4));
    expect(get('instancesBelowTarget').current).toEqual(value(0, 1));
    expect(get('trainings').current).toEqual(value(1));
    expect(get('trainingHours').current).toEqual(value(0));
    expect(get('meetingsHeld').current).toEqual(value(2));
    expect(get('attendanceRate').current).toEqual(value(3, 4));
    expect(get('representationHours').current).toEqual(value(570));
    expect(get('claimsPaid').current).toEqual(value(2000, 1));
    expect(get('claimsRenounced').current).toEqual(value(1800, 1));
    expect(get('taxReceipts').current).toEqual(value(1800, 1));
    const conge = await congeFigure(app.ctx, year(2025), {
      kind: 'organisation',
      id: data.organisations.chu,
    });
    expect(conge.current).toEqual(value(2, 1));
  });

  it('one department, from the organisations’ postal codes, and one instance type', async () => {
    for (const scope of [
      { kind: 'departement', code: '29' },
      { kind: 'typeInstance', id: data.types.cts },
    ] as const) {
      const { get } = await figures(year(2025), scope);
      expect(get('engagedPeople').current).toEqual(value(2));
      expect(get('meetingsHeld').current).toEqual(value(1));
      expect(get('representationHours').current).toEqual(value(240));
      expect(get('claimsPaid').current).toEqual(value(0, 0));
      expect(get('baseTrainingOnTime').current).toEqual(value(1, 2));
    }
  });
});

describe('period edges', () => {
  it('one day, the last of the year: the meeting that day, the mandates running that day', async () => {
    const { get, answer } = await figures({ kind: 'dates', from: '2025-12-31', to: '2025-12-31' });
    expect(answer.previousPeriod).toMatchObject({ from: '2025-12-30', to: '2025-12-30' });
    expect(get('meetingsHeld').current).toEqual(value(1));
    // Alice (ends that day), Chloé (starts that day), Emma, Gaël; the day before: Alice, Emma, Gaël.
    expect(get('engagedPeople').current).toEqual(value(4));
    expect(get('engagedPeople').previous).toEqual(value(3));
  });

  it('a period not over counts up to today only, and compares with the whole previous year', async () => {
    const { get, answer } = await figures(year(2026));
    expect(answer.period).toMatchObject({ from: '2026-01-01', to: '2026-12-31', until: '2026-11-22' });
    expect(get('meetingsHeld').current).toEqual(value(1));
    expect(get('meetingsHeld').previous).toEqual(value(3));
    expect(get('trainings').current).toEqual(value(1));
  });

  it('dates across two years take the previous span of the same length', async () => {
    const { answer, get } = await figures({ kind: 'dates', from: '2025-09-01', to: '2026-02-28' });
    // 181 days (30 + 31 + 30 + 31 + 31 + 28), and the 181 before: 4 to 31 March is 28 days.
    expect(answer.previousPeriod).toMatchObject({ from: '2025-03-04', to: '2025-08-31' });
    // 20/09, 31/12, 15/01 against 10/03 (the 05/06 was cancelled).
    expect(get('meetingsHeld').current).toEqual(value(3));
    expect(get('meetingsHeld').previous).toEqual(value(1));
  });
});

describe('the lists behind the figures', () => {
  it('meetings held, most recent first, each linked to its meeting', async () => {
    const list = await figureDetails(app.ctx, {
      figure: 'meetingsHeld',
      period: year(2025),
      scope: everything,
      offset: 0,
      limit: 2,
    });
    expect(list.total).toBe(3);
    expect(list.lines.map((l) => l.link)).toEqual([
      `/reunions/${data.meetings.lastDay}`,
      `/reunions/${data.meetings.cts}`,
    ]);
    expect(list.lines[0]?.value).toBe('1 sur 2 attendus · 1\u00A0h\u00A030');
  });

  it('engaged people, claims paid, the formation de base and the congé', async () => {
    const list = (figure: FigureId) =>
      figureDetails(app.ctx, { figure, period: year(2025), scope: everything, offset: 0, limit: 50 });
    expect((await list('engagedPeople')).lines.map((l) => l.label)).toEqual([
      'Alice Test',
      'Bruno Test',
      'Chloé Test',
      'Emma Test',
      'Gaël Test',
    ]);
    expect((await list('claimsPaid')).lines).toMatchObject([{ label: 'Alice Test', value: '25,00\u00A0€' }]);
    expect((await list('baseTrainingOnTime')).lines.map((l) => [l.label, l.value])).toEqual([
      ['Gaël Test', 'Pas suivie à l’échéance'],
      ['Emma Test', 'Suivie le 15/06/2025'],
    ]);
    expect((await list('congeUsed')).lines.map((l) => [l.label, l.value])).toEqual([
      ['Alice Test', '1 jour'],
      ['Emma Test', '0,5 jour'],
    ]);
    // Hours by person: Alice 3 h + 1 h 30, Emma 4 h, Bruno 3 h, Fanny 2 h (without mandate).
    expect((await list('representationHours')).lines.map((l) => [l.label, l.detail, l.value])).toEqual([
      ['Alice Test', '2 réunions', '4\u00A0h\u00A030'],
      ['Emma Test', '1 réunion', '4\u00A0h'],
      ['Bruno Test', '1 réunion', '3\u00A0h'],
      ['Fanny Test', '1 réunion', '2\u00A0h'],
    ]);
    expect((await list('instancesBelowTarget')).lines.map((l) => l.label)).toEqual(['CTS du Finistère']);
  });
});

describe('at the boundary', () => {
  it('refuses a period whose end is before its start, in French, at the field', async () => {
    const answer = await dispatch(app.ctx, 'indicators:dashboard', {
      period: { kind: 'dates', from: '2025-06-01', to: '2025-05-01' },
      scope: { kind: 'tout' },
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(JSON.stringify(answer.error)).toContain('La fin doit être après le début');
  });

  it('offers the organisations, types, departments and years of the register', async () => {
    const answer = await dispatch(app.ctx, 'indicators:scopes', {});
    expect(answer.ok).toBe(true);
    if (answer.ok) {
      const scopes = answer.value as { departments: Array<{ code: string }>; years: number[] };
      expect(scopes.departments.map((d) => d.code)).toEqual(['29', '35']);
      expect(scopes.years).toEqual([2026, 2025, 2024, 2023, 2022]);
    }
  });
});
