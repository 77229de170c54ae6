import { representativeInput } from '../../../shared/register/representative';
import { dispatch } from '../../../electron/ipc/dispatch';
import {
  deleteRepresentative,
  getRepresentative,
  listRepresentatives,
  setRepresentativeArchived,
  updateRepresentative,
} from '../../../electron/register/representatives';
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson, personInput } from '../../helpers/representatives';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const list = (search = '', status: 'actifs' | 'archives' | 'tous' = 'actifs') =>
  listRepresentatives(app.ctx, { search, status, sort: 'nom', direction: 'asc', offset: 0, limit: 1000 });

describe('the register of representatives', () => {
  it('keeps accents and apostrophes and trims what was typed', async () => {
    const created = await createPerson(app.ctx, { lastName: '  D’Argenson ', firstName: ' Hélène  ' });
    expect(created.lastName).toBe('D’Argenson');
    expect(created.firstName).toBe('Hélène');
  });

  it('finds people whatever the accents and case of the search', async () => {
    await createPerson(app.ctx, { lastName: 'Guérin', firstName: 'Maëlle', city: 'Vitré' });
    await createPerson(app.ctx, { lastName: 'Le Goff', firstName: 'Jean', city: 'Saint-Malo', email: null });
    expect((await list('guerin')).rows.map((r) => r.lastName)).toEqual(['Guérin']);
    expect((await list('MAELLE vitre')).rows).toHaveLength(1);
    expect((await list('saint-malo')).rows.map((r) => r.lastName)).toEqual(['Le Goff']);
    expect((await list('inconnu')).rows).toHaveLength(0);
  });

  it('sorts names without letting accents push them to the end', async () => {
    for (const lastName of ['Guillou', 'Guérin', 'Durand']) await createPerson(app.ctx, { lastName });
    expect((await list()).rows.map((r) => r.lastName)).toEqual(['Durand', 'Guérin', 'Guillou']);
  });

  it('treats search wildcards as plain characters', async () => {
    await createPerson(app.ctx, { lastName: 'Martin', originAssociation: 'Santé 100% ensemble' });
    await createPerson(app.ctx, { lastName: 'Martine', originAssociation: 'Santé 1000 ensemble' });
    expect((await list('%')).rows.map((r) => r.lastName)).toEqual(['Martin']);
    expect((await list('100%')).rows.map((r) => r.lastName)).toEqual(['Martin']);
    expect((await list('_')).rows).toHaveLength(0);
  });

  it('reads the list a page at a time and counts all matching rows', async () => {
    for (let i = 0; i < 7; i += 1)
      await createPerson(app.ctx, { lastName: `Nom${i}`, city: i < 5 ? 'Rennes' : 'Brest' });
    const page = await listRepresentatives(app.ctx, {
      search: 'rennes',
      status: 'actifs',
      sort: 'nom',
      direction: 'asc',
      offset: 2,
      limit: 2,
    });
    expect(page.total).toBe(5);
    expect(page.offset).toBe(2);
    expect(page.rows.map((r) => r.lastName)).toEqual(['Nom2', 'Nom3']);
  });

  it('archives and restores a person, who then leaves and returns to the active list', async () => {
    const p = await createPerson(app.ctx);
    await setRepresentativeArchived(app.ctx, p.id, true);
    expect((await list()).rows).toHaveLength(0);
    expect((await list('', 'archives')).rows).toHaveLength(1);
    const restored = await setRepresentativeArchived(app.ctx, p.id, false);
    expect(restored.archived).toBe(false);
    expect((await list()).rows).toHaveLength(1);
  });

  it('saves the vehicles with the person, and updates, adds and removes them in one save', async () => {
    const p = await createPerson(app.ctx, {
      vehicles: [{ label: 'Clio', kind: 'voiture', fiscalPowerCv: 4, electric: false, plate: 'ab-123-cd' }],
    });
    expect(p.vehicles).toMatchObject([
      { kind: 'voiture', fiscalPowerCv: 4, plate: 'AB-123-CD', electric: false },
    ]);
    const [clio] = p.vehicles;
    const updated = await updateRepresentative(
      app.ctx,
      p.id,
      representativeInput.parse(
        personInput({
          vehicles: [
            {
              id: clio?.id,
              label: 'Clio',
              kind: 'voiture',
              fiscalPowerCv: 5,
              electric: true,
              plate: 'AB-123-CD',
            },
            { label: 'Scooter', kind: 'cyclomoteur', fiscalPowerCv: 1, electric: false, plate: null },
          ],
        }),
      ),
    );
    expect(updated.vehicles.map((v) => [v.label, v.fiscalPowerCv, v.electric])).toEqual([
      ['Clio', 5, true],
      ['Scooter', 1, false],
    ]);
    const removed = await updateRepresentative(
      app.ctx,
      p.id,
      representativeInput.parse(personInput({ vehicles: [] })),
    );
    expect(removed.vehicles).toHaveLength(0);
  });

  it('refuses a vehicle belonging to someone else and leaves the first person unchanged', async () => {
    const a = await createPerson(app.ctx, { lastName: 'Alpha' });
    const b = await createPerson(app.ctx, {
      lastName: 'Bravo',
      vehicles: [{ label: 'V', kind: 'voiture', fiscalPowerCv: 4, electric: false, plate: null }],
    });
    const foreignId = b.vehicles[0]?.id;
    await expect(
      updateRepresentative(
        app.ctx,
        a.id,
        representativeInput.parse(
          personInput({
            lastName: 'Changé',
            vehicles: [
              { id: foreignId, label: 'V', kind: 'voiture', fiscalPowerCv: 4, electric: false, plate: null },
            ],
          }),
        ),
      ),
    ).rejects.toThrow('n’appartient pas');
    expect((await getRepresentative(app.ctx, a.id)).lastName).toBe('Alpha');
  });

  it('deletes a person nothing refers to, and logs it', async () => {
    const p = await createPerson(app.ctx);
    expect(p.deletable).toBe(true);
    await deleteRepresentative(app.ctx, p.id);
    await expect(getRepresentative(app.ctx, p.id)).rejects.toThrow('introuvable');
    const log = await app.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'supprimé')
      .execute();
    expect(log).toHaveLength(1);
  });

  it('requires the employer of an employed representative', () => {
    const result = representativeInput.safeParse(personInput({ employed: true, employer: '  ' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['employer']);
  });
});

describe('validation at the boundary', () => {
  const call = (channel: string, payload: unknown) => dispatch(app.ctx, channel, payload, () => undefined);

  it('refuses a missing name, a bad e-mail, a bad IBAN and a bad postal code with French messages', async () => {
    const result = await call(
      'representatives:create',
      personInput({
        lastName: '',
        email: 'pas-un-email',
        iban: 'FR76 3000 6000 0112 3456 7890 188',
        postalCode: '3500',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fieldErrors).toMatchObject({
      lastName: 'Le nom est obligatoire',
      email: expect.stringContaining('Adresse e-mail invalide'),
      iban: expect.stringContaining('IBAN'),
      postalCode: 'Le code postal doit comporter 5 chiffres',
    });
    expect((await list('', 'tous')).rows).toHaveLength(0);
  });

  it('accepts an IBAN typed with spaces and stores it compact', async () => {
    const result = await call(
      'representatives:create',
      personInput({ iban: 'fr76 3000 6000 0112 3456 7890 189' }),
    );
    expect(result).toMatchObject({ ok: true, value: { iban: 'FR7630006000011234567890189' } });
  });

  it('answers an unknown channel and a malformed payload with typed errors', async () => {
    expect(await call('representatives:explode', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await call('representatives:get', { id: 'un' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('representatives:get', null)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('representatives:create', { lastName: 'X', extra: 1 })).toMatchObject({ ok: false });
    expect(await call('representatives:get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('turns an unexpected failure into a generic French error with a reference', async () => {
    const logged: string[] = [];
    await app.close();
    const result = await dispatch(app.ctx, 'representatives:list', {}, (m) => logged.push(m));
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).toContain(result.error.reference);
    expect(logged[0]).toContain('representatives:list');
    app = await createTestApp();
  });
});
