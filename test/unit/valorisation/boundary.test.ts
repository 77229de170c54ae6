/**
 * The boundary of the valorisation: every input is checked in the main process with the same
 * French messages the forms show under the field, unknown fields are refused, and nothing is
 * half-written.
 */
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson } from '../../helpers/representatives';
import { call, refusal } from './fixtures';

let app: TestApp;
let person: number;
let category: number;

beforeAll(async () => {
  app = await createTestApp();
  person = (await createPerson(app.ctx)).id;
  const list = await call<Array<{ id: number }>>(app.ctx, 'volunteerCategories:list', {});
  category = list[3]?.id ?? 0;
});
afterAll(() => app.close());

const entry = (overrides: object = {}) => ({
  representativeId: person,
  date: '2026-02-01',
  duration: '02:30',
  categoryId: category,
  ...overrides,
});

describe('« temps bénévole » at the boundary', () => {
  it('accepts HH:MM and stores minutes', async () => {
    const saved = await call<{ minutes: number }>(
      app.ctx,
      'volunteerTime:create',
      entry({ duration: '2:05' }),
    );
    expect(saved.minutes).toBe(125);
  });

  it.each([
    ['2h30', 'Durée au format HH:MM (exemple : 02:30)'],
    ['2,5', 'Durée au format HH:MM (exemple : 02:30)'],
    ['02:75', 'Durée au format HH:MM (exemple : 02:30)'],
    ['00:00', 'La durée doit être d’au moins une minute'],
    ['25:00', '24 heures au plus pour une journée'],
  ])('refuses the duration %s under the field', async (duration, message) => {
    const error = await refusal(app.ctx, 'volunteerTime:create', entry({ duration }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.duration).toBe(message);
  });

  it('refuses a missing person, a bad date, both an action and an instance, an unknown field', async () => {
    expect(
      (await refusal(app.ctx, 'volunteerTime:create', entry({ representativeId: 0 }))).fieldErrors,
    ).toMatchObject({
      representativeId: 'Choisissez la personne',
    });
    expect(
      (await refusal(app.ctx, 'volunteerTime:create', entry({ date: '2026-02-30' }))).fieldErrors?.date,
    ).toBeDefined();
    expect(
      (await refusal(app.ctx, 'volunteerTime:create', entry({ actionId: 1, instanceId: 1 }))).fieldErrors,
    ).toMatchObject({ instanceId: 'Choisissez une action ou une instance, pas les deux' });
    expect((await refusal(app.ctx, 'volunteerTime:create', entry({ hourlyCents: 5 }))).code).toBe(
      'VALIDATION',
    );
  });

  it('refuses a person or an instance that does not exist, and an archived category for a new entry', async () => {
    expect(
      (await refusal(app.ctx, 'volunteerTime:create', entry({ representativeId: 9999 }))).fieldErrors,
    ).toEqual({
      representativeId: 'Cette personne n’existe plus',
    });
    expect((await refusal(app.ctx, 'volunteerTime:create', entry({ instanceId: 9999 }))).fieldErrors).toEqual(
      {
        instanceId: 'Cette instance n’existe plus',
      },
    );
    const kept = await call<{ id: number }>(app.ctx, 'volunteerTime:create', entry());
    await call(app.ctx, 'volunteerCategories:archive', { id: category });
    try {
      expect((await refusal(app.ctx, 'volunteerTime:create', entry())).fieldErrors).toEqual({
        categoryId: 'Cette catégorie est archivée : choisissez-en une autre',
      });
      // The entry that already has it keeps it when edited.
      const edited = await call<{ minutes: number }>(app.ctx, 'volunteerTime:update', {
        id: kept.id,
        data: entry({ duration: '01:00' }),
      });
      expect(edited.minutes).toBe(60);
    } finally {
      await call(app.ctx, 'volunteerCategories:restore', { id: category });
    }
  });

  it('deletes an entry, and says so when it is already gone', async () => {
    const saved = await call<{ id: number }>(app.ctx, 'volunteerTime:create', entry());
    await call(app.ctx, 'volunteerTime:delete', { id: saved.id });
    expect((await refusal(app.ctx, 'volunteerTime:delete', { id: saved.id })).message).toBe(
      'Temps bénévole introuvable.',
    );
  });

  it('keeps a person with temps bénévole from being deleted (archive instead)', async () => {
    expect((await refusal(app.ctx, 'representatives:delete', { id: person })).code).toBe('FORBIDDEN_STATE');
  });
});

describe('settings and hourly values at the boundary', () => {
  it('refuses a negative, a fractional or a huge hourly value, and a duplicated category', async () => {
    const rates = (hourlyCents: number) => ({
      year: 2026,
      rates: [{ categoryId: category, hourlyCents, source: null }],
    });
    expect((await refusal(app.ctx, 'volunteerRates:save', rates(-5))).fieldErrors).toEqual({
      'rates.0.hourlyCents': 'La valeur horaire doit être positive',
    });
    expect(
      (await refusal(app.ctx, 'volunteerRates:save', rates(12.5))).fieldErrors?.['rates.0.hourlyCents'],
    ).toBe('Montant invalide (exemple : 12,50)');
    expect(
      (await refusal(app.ctx, 'volunteerRates:save', rates(2_000_000))).fieldErrors?.['rates.0.hourlyCents'],
    ).toBe('10 000 € de l’heure au plus');
    const twice = {
      year: 2026,
      rates: [
        { categoryId: category, hourlyCents: 1000, source: null },
        { categoryId: category, hourlyCents: 1200, source: null },
      ],
    };
    expect((await refusal(app.ctx, 'volunteerRates:save', twice)).fieldErrors?.['rates.1.categoryId']).toBe(
      'Catégorie en double',
    );
  });

  it('saves a year’s values all at once or not at all', async () => {
    await call(app.ctx, 'volunteerRates:save', {
      year: 2026,
      rates: [{ categoryId: category, hourlyCents: 1250, source: 'Vote du CA' }],
    });
    const error = await refusal(app.ctx, 'volunteerRates:save', {
      year: 2026,
      rates: [
        { categoryId: category, hourlyCents: 1300, source: null },
        { categoryId: 9999, hourlyCents: 1300, source: null },
      ],
    });
    expect(error.fieldErrors).toEqual({ 'rates.1.categoryId': 'Cette catégorie n’existe plus' });
    const saved = await call<{ rates: Array<{ hourlyCents: number; source: string | null }> }>(
      app.ctx,
      'volunteerRates:get',
      { year: 2026 },
    );
    expect(saved.rates).toEqual([
      { year: 2026, categoryId: category, hourlyCents: 1250, source: 'Vote du CA' },
    ]);
  });

  it('refuses an account that is not digits, and an unknown setting', async () => {
    const settings = await call<Record<string, unknown>>(app.ctx, 'valorisationSettings:get', {});
    expect(settings).toMatchObject({
      debitAccount: '864',
      creditAccount: '875',
      countTravel: false,
      showOnRecord: false,
    });
    expect(
      (await refusal(app.ctx, 'valorisationSettings:save', { ...settings, debitAccount: '86 4a' }))
        .fieldErrors,
    ).toEqual({ debitAccount: 'Un numéro de compte : des chiffres seulement (exemple : 864)' });
    expect((await refusal(app.ctx, 'valorisationSettings:save', { ...settings, rate: 12 })).code).toBe(
      'VALIDATION',
    );
    expect(
      (await refusal(app.ctx, 'valorisationSettings:save', { ...settings, instanceCategoryId: 9999 }))
        .fieldErrors,
    ).toEqual({ instanceCategoryId: 'Cette catégorie n’existe plus' });
  });

  it('refuses two categories of the same name', async () => {
    const error = await refusal(app.ctx, 'volunteerCategories:create', { label: 'temps de trajet' });
    expect(error.fieldErrors).toEqual({ label: 'Ce nom est déjà celui d’une autre catégorie' });
  });
});
