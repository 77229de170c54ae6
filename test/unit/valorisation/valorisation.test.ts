/**
 * The valorisation du bénévolat on the hand-built data set (fixtures.ts): hours by category,
 * hours × hourly value, the dashboard's figures and list, the journal's entries, a year
 * without hourly values. Every expected number is written by hand from the table of fixtures.ts.
 */
import { dashboard } from '../../../electron/indicators/dashboard';
import { figureDetails } from '../../../electron/indicators/details';
import { journalEntries } from '../../../electron/treasury/accounting';
import { valorisationOf } from '../../../electron/valorisation/valorisation';
import { loadDemoData } from '../../../demo';
import { valueOfMinutes } from '../../../shared/valorisation/rules';
import type { Valorisation } from '../../../shared/valorisation/types';
import { createTestApp, type TestApp } from '../../helpers/context';
import { call, givenDataSet, givenRates2026, type DataSet } from './fixtures';

let app: TestApp;
let data: DataSet;

beforeAll(async () => {
  app = await createTestApp();
  data = await givenDataSet(app);
  await givenRates2026(app.ctx, data);
});
afterAll(() => app.close());

const year = (y: number, representativeId: number | null = null) =>
  call<Valorisation>(app.ctx, 'valorisation:year', { year: y, representativeId });
const byCategory = (v: Valorisation) =>
  Object.fromEntries(v.lines.map((l) => [l.categoryLabel.split(' ')[0], [l.minutes, l.valueCents]]));

describe('hours × hourly value', () => {
  it('rounds half up to the cent, once per line', () => {
    expect(valueOfMinutes(3, 1250)).toBe(63); // 62,5 c
    expect(valueOfMinutes(1, 1333)).toBe(22); // 22,2 c
    expect(valueOfMinutes(420, 1500)).toBe(10500);
  });

  it('counts 2026 by category: overlap counted twice, cancelled meeting, excused and absent people and travel left out', async () => {
    const v = await year(2026);
    expect(byCategory(v)).toEqual({
      Représentation: [420, 10500], // Alice 180 + 120 (overlapping meetings), Bruno 120 (his own hours)
      Participation: [120, 2400], // Bruno at the session; Denis absent
      Animation: [90, 3000], // Chloé 14:30–16:00
      Préparation: [150, 3125],
      Fonctions: [180, 7500],
    });
    expect(v.totalMinutes).toBe(960);
    expect(v.totalCents).toBe(26525);
    expect(v.missing).toEqual([]);
  });

  it('counts travel time when the settings say so', async () => {
    const settings = await call<Record<string, unknown>>(app.ctx, 'valorisationSettings:get', {});
    await call(app.ctx, 'valorisationSettings:save', { ...settings, countTravel: true });
    try {
      const v = await year(2026);
      expect(byCategory(v).Temps).toEqual([60, 1000]);
      expect(v.totalMinutes).toBe(1020);
      expect(v.totalCents).toBe(27525);
    } finally {
      await call(app.ctx, 'valorisationSettings:save', { ...settings, countTravel: false });
    }
  });

  it('gives one person’s year', async () => {
    const alice = await year(2026, data.people.alice);
    expect(byCategory(alice)).toEqual({ Représentation: [300, 7500], Préparation: [150, 3125] });
    expect(alice.totalCents).toBe(10625);
    const denis = await year(2026, data.people.denis);
    expect(denis.lines).toEqual([]);
  });

  it('says which hours have no hourly value instead of counting them as zero', async () => {
    const v = await year(2025);
    expect(v.totalMinutes).toBe(120);
    expect(v.totalCents).toBe(0);
    expect(v.missing).toHaveLength(1);
    expect(v.missing[0]).toMatchObject({ year: 2025, minutes: 120, valueCents: null });
  });

  it('a source without a category in the settings is not counted', async () => {
    const settings = await call<Record<string, unknown>>(app.ctx, 'valorisationSettings:get', {});
    await call(app.ctx, 'valorisationSettings:save', { ...settings, sessionCategoryId: null });
    try {
      expect((await year(2026)).totalMinutes).toBe(960 - 120);
    } finally {
      await call(app.ctx, 'valorisationSettings:save', settings);
    }
  });
});

describe('the dashboard', () => {
  const figure = async (y: number, id: string, scope: object = { kind: 'tout' }) => {
    const d = await dashboard(app.ctx, { kind: 'annee', year: y }, scope as never);
    const f = d.figures.find((x) => x.id === id);
    if (!f) throw new Error(id);
    return f;
  };

  it('shows the year’s hours and valorisation by category, beside the year before', async () => {
    const hours = await figure(2026, 'volunteerHours');
    expect(hours.current.value).toBe(960);
    expect(hours.previous.value).toBe(120);
    const value = await figure(2026, 'volunteerValue');
    expect(value.current.value).toBe(26525);
    expect(value.warning).toBeUndefined();
    expect(value.breakdowns[0]?.items.map((i) => i.value)).toEqual([10500, 2400, 3000, 3125, 7500]);
  });

  it('warns when hours of the period have no hourly value', async () => {
    const value = await figure(2025, 'volunteerValue');
    expect(value.current.value).toBe(0);
    expect(value.warning).toBe(
      'Aucune valeur horaire pour « Représentation dans les instances » en 2025 (2\u00a0h) : ces heures ne sont pas valorisées. Renseignez la valeur dans Paramètres › Bénévolat.',
    );
  });

  it('with a scope, counts only the meetings and the entries of its instances', async () => {
    const hours = await figure(2026, 'volunteerHours', { kind: 'organisation', id: data.organisation });
    expect(hours.current.value).toBe(420 + 150);
  });

  it('lists the people behind the figure, most hours first', async () => {
    const list = await figureDetails(app.ctx, {
      figure: 'volunteerValue',
      period: { kind: 'annee', year: 2026 },
      scope: { kind: 'tout' },
      offset: 0,
      limit: 50,
    });
    expect(list.total).toBe(3);
    expect(list.lines.map((l) => [l.label, l.value])).toEqual([
      ['Alice Test', '7\u00a0h\u00a030'],
      ['Chloé Test', '4\u00a0h\u00a030'],
      ['Bruno Test', '4\u00a0h'],
    ]);
  });
});

describe('the accounting journal', () => {
  it('holds no valorisation until the association asks for it (an existing journal stays as it was)', async () => {
    expect((await journalEntries(app.ctx, 2026)).filter((e) => e.piece.startsWith('CVN'))).toEqual([]);
    const settings = await call<Record<string, unknown>>(app.ctx, 'valorisationSettings:get', {});
    await call(app.ctx, 'valorisationSettings:save', { ...settings, inJournal: true });
  });

  it('books the contributions volontaires en nature at the year’s last day, 864 / 875 by category', async () => {
    const entries = (await journalEntries(app.ctx, 2026)).filter((e) => e.piece === 'CVN-2026');
    expect(entries).toHaveLength(10);
    expect(entries.every((e) => e.date === '2026-12-31')).toBe(true);
    const debit = entries.filter((e) => e.account === '864');
    const credit = entries.filter((e) => e.account === '875');
    expect(debit.map((e) => e.debitCents)).toEqual([10500, 2400, 3000, 3125, 7500]);
    expect(credit.reduce((s, e) => s + e.creditCents, 0)).toBe(26525);
    expect(debit[0]?.label).toBe(
      'Bénévolat Représentation dans les instances : 7\u00a0h à 15,00\u00a0€ de l’heure',
    );
  });

  it('uses the accounts of the settings, and nothing when the settings leave it out', async () => {
    const settings = await call<Record<string, unknown>>(app.ctx, 'valorisationSettings:get', {});
    await call(app.ctx, 'valorisationSettings:save', {
      ...settings,
      debitAccount: '8641',
      creditAccount: '8751',
    });
    const accounts = new Set(
      (await journalEntries(app.ctx, 2026)).filter((e) => e.piece === 'CVN-2026').map((e) => e.account),
    );
    expect([...accounts].sort()).toEqual(['8641', '8751']);
    await call(app.ctx, 'valorisationSettings:save', { ...settings, inJournal: false });
    expect((await journalEntries(app.ctx, 2025)).filter((e) => e.piece.startsWith('CVN'))).toEqual([]);
    await call(app.ctx, 'valorisationSettings:save', { ...settings, inJournal: true });
  });

  it('refuses a year whose hours have no hourly value, saying which and how to fix it', async () => {
    await expect(journalEntries(app.ctx, 2025)).rejects.toThrow(
      'Le journal 2025 n’est pas produit (ou décochez « Inscrire la valorisation au journal comptable ») : Aucune valeur horaire pour « Représentation dans les instances » en 2025',
    );
  });
});

describe('a period across two years', () => {
  it('values each year at its own rate', async () => {
    const v = await valorisationOf(app.ctx, {
      from: '2025-11-01',
      until: '2026-03-31',
      scope: null,
      representativeId: data.people.alice,
    });
    // 2025: 120 min without a value; 2026: 300 min at 15 € + 150 min at 12,50 €.
    expect(v.lines.map((l) => [l.year, l.minutes, l.valueCents])).toEqual([
      [2025, 120, null],
      [2026, 300, 7500],
      [2026, 150, 3125],
    ]);
  });
});

describe('the demo data', () => {
  it('gives every category a value for the last three years, and temps bénévole to value', async () => {
    const demo = await createTestApp('2026-11-22T10:00:00.000Z');
    try {
      await loadDemoData(demo.ctx);
      for (const y of [2024, 2025, 2026]) {
        const v = await call<Valorisation>(demo.ctx, 'valorisation:year', {
          year: y,
          representativeId: null,
        });
        expect(v.missing).toEqual([]);
        // The demo's meetings and entries cover this year and the last.
        if (y >= 2025) expect(v.totalCents).toBeGreaterThan(0);
      }
      const entries = await call<{ total: number }>(demo.ctx, 'volunteerTime:list', {});
      expect(entries.total).toBeGreaterThan(10);
    } finally {
      await demo.close();
    }
  });
});
