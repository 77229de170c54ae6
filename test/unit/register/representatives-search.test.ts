import { representativeInput } from '../../../shared/register/representative';
import { dispatch } from '../../../electron/ipc/dispatch';
import {
  countRepresentatives,
  deleteRepresentative,
  listRepresentatives,
  setRepresentativeArchived,
  updateRepresentative,
} from '../../../electron/register/representatives';
import { insertRepresentative } from '../../../db/register/representatives';
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson, personInput } from '../../helpers/representatives';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const names = async (search: string, status: 'actifs' | 'archives' | 'tous' = 'actifs') =>
  (
    await listRepresentatives(app.ctx, {
      search,
      status,
      sort: 'nom',
      direction: 'asc',
      offset: 0,
      limit: 50,
    })
  ).rows.map((r) => r.lastName);

/** Many people at once through the repository: the services would take minutes for 2,500. */
async function seedMany(count: number, lastName: (i: number) => string, city: (i: number) => string) {
  const at = '2026-11-22T10:00:00.000Z';
  await app.ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i += 1) {
      const data = representativeInput.parse(
        personInput({ lastName: lastName(i), city: city(i), email: null, originAssociation: null }),
      );
      await insertRepresentative(trx, data, at);
    }
  });
}

describe('the representatives search index', () => {
  it('follows every change of a person: creation, new name, archive, restore, deletion', async () => {
    const p = await createPerson(app.ctx, { lastName: 'Kerjean', firstName: 'Maëlle', city: 'Vitré' });
    expect(await names('kerjean')).toEqual(['Kerjean']);

    await updateRepresentative(app.ctx, p.id, representativeInput.parse(personInput({ lastName: 'Bréhat' })));
    expect(await names('kerjean')).toEqual([]);
    expect(await names('brehat')).toEqual(['Bréhat']);

    await setRepresentativeArchived(app.ctx, p.id, true);
    expect(await names('brehat')).toEqual([]);
    expect(await names('brehat', 'archives')).toEqual(['Bréhat']);
    await setRepresentativeArchived(app.ctx, p.id, false);
    expect(await names('brehat')).toEqual(['Bréhat']);

    await deleteRepresentative(app.ctx, p.id);
    expect(await names('brehat', 'tous')).toEqual([]);
    const fts = await app.ctx.db
      .selectFrom('representative_fts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('representative_fts', '=', '"brehat"')
      .executeTakeFirstOrThrow();
    expect(Number(fts.n)).toBe(0);
  });

  it('finds the same people whether few or many match, short words and archives included', async () => {
    // 2,500 people in Rennes (more than the trigram index hands over), 10 in Brest.
    await seedMany(
      2_510,
      (i) => `Nom${String(i).padStart(4, '0')}`,
      (i) => (i < 2_500 ? 'Rennes' : 'Brest'),
    );
    const brest = await listRepresentatives(app.ctx, {
      search: 'brest',
      status: 'tous',
      sort: 'nom',
      direction: 'asc',
      offset: 0,
      limit: 5,
    });
    expect(brest.rows.map((r) => r.lastName)).toEqual([
      'Nom2500',
      'Nom2501',
      'Nom2502',
      'Nom2503',
      'Nom2504',
    ]);
    expect(brest).toMatchObject({ total: 10, totalCapped: false });

    const rennes = await listRepresentatives(app.ctx, {
      search: 'rennes nom00',
      status: 'actifs',
      sort: 'nom',
      direction: 'desc',
      offset: 0,
      limit: 3,
    });
    expect(rennes.rows.map((r) => r.lastName)).toEqual(['Nom0099', 'Nom0098', 'Nom0097']);
    expect(rennes).toMatchObject({ total: 100, totalCapped: false });

    await setRepresentativeArchived(app.ctx, 1, true);
    const many = await listRepresentatives(app.ctx, {
      search: 'rennes',
      status: 'actifs',
      sort: 'nom',
      direction: 'asc',
      offset: 0,
      limit: 2,
    });
    expect(many.rows.map((r) => r.lastName)).toEqual(['Nom0001', 'Nom0002']);
    // So many hold the word that the page counts no further than the cap; the exact count is asked apart.
    expect(many).toMatchObject({ total: 1_000, totalCapped: true });
    expect(await countRepresentatives(app.ctx, { search: 'rennes', status: 'actifs' })).toBe(2_499);
    expect(await countRepresentatives(app.ctx, { search: 'rennes', status: 'tous' })).toBe(2_500);
    expect(await names('nom0000', 'archives')).toEqual(['Nom0000']);
  });

  it('stops counting past 1,000 on each keystroke and gives the exact count when asked', async () => {
    await seedMany(
      1_200,
      (i) => `Nom${i}`,
      () => 'Rennes',
    );
    const page = await dispatch(app.ctx, 'representatives:list', { search: 'n', limit: 10 });
    expect(page).toMatchObject({ ok: true, value: { total: 1_000, totalCapped: true, offset: 0 } });
    const count = await dispatch(app.ctx, 'representatives:count', { search: 'n' });
    expect(count).toEqual({ ok: true, value: 1_200 });
    const all = await dispatch(app.ctx, 'representatives:list', { limit: 10 });
    expect(all.ok && all.value).toMatchObject({ total: 1_000, totalCapped: true });
    expect(await dispatch(app.ctx, 'representatives:count', {})).toEqual({ ok: true, value: 1_200 });
  });
});
