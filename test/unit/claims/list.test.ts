import * as claims from '../../../electron/claims/claims';
import { createTestApp, type TestApp } from '../../helpers/context';
import { draft, personWithCar, trip, validated } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const query = (over: Partial<Parameters<typeof claims.listClaims>[1]> = {}) =>
  claims.listClaims(app.ctx, {
    search: '',
    status: 'tous',
    year: null,
    representativeId: null,
    sort: 'date',
    direction: 'desc',
    ...over,
  });

describe('list of claims', () => {
  it('filters by status, year and person, searches without accents, sorts and totals', async () => {
    const a = await personWithCar(app.ctx, { cv: 5 }, { firstName: 'Maëlle', lastName: 'Guérin' });
    const b = await personWithCar(app.ctx, { cv: 5 }, { firstName: 'Yannick', lastName: 'Tanguy' });
    await draft(app.ctx, a.person.id, [trip(a.vehicleId, '2025-05-10', 10)]);
    const v = await validated(app.ctx, a.person.id, [trip(a.vehicleId, '2026-03-10', 100)]);
    await draft(app.ctx, b.person.id, [trip(b.vehicleId, '2026-04-10', 50)]);

    const all = await query();
    expect(all.total).toBe(3);
    expect(all.totalCents).toBe(636 + 6360 + 3180);
    expect(all.years).toEqual([2026, 2025]);
    expect((await query({ status: 'validee' })).rows.map((r) => r.id)).toEqual([v.id]);
    expect((await query({ status: 'a_traiter' })).rows.map((r) => r.id)).toEqual([v.id]);
    expect((await query({ year: 2025 })).total).toBe(1);
    expect((await query({ representativeId: b.person.id })).rows[0]?.personName).toBe('Yannick Tanguy');
    expect((await query({ search: 'guerin' })).total).toBe(2);
    expect((await query({ search: 'nf-2026-0001' })).rows.map((r) => r.id)).toEqual([v.id]);
    const byAmount = await query({ sort: 'montant', direction: 'asc' });
    expect(byAmount.rows.map((r) => r.totalCents)).toEqual([636, 3180, 6360]);
  });
});
