import { dispatch } from '../../../electron/ipc/dispatch';
import {
  createProfile,
  deleteProfile,
  listProfiles,
  moveProfile,
  setProfileArchived,
  updateProfile,
} from '../../../electron/register/profiles';
import {
  countRepresentatives,
  getRepresentative,
  listRepresentatives,
} from '../../../electron/register/representatives';
import { defaultProfile, type PersonProfile } from '../../../shared/register/profiles';
import { profileLabel } from '../../../shared/rules/agreement';
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson, personInput } from '../../helpers/representatives';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const call = (channel: string, payload: unknown) => dispatch(app.ctx, channel, payload, () => undefined);
const profile = async (label: string): Promise<PersonProfile> => {
  const found = (await listProfiles(app.ctx)).find((p) => p.label === label);
  if (!found) throw new Error(`no profile ${label}`);
  return found;
};
const peopleCount = async () =>
  Number(
    (
      await app.ctx.db
        .selectFrom('representative')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the label of a profile agrees with the civility', () => {
  const partner = { label: 'Patient partenaire', labelFeminine: 'Patiente partenaire' };
  it('says the feminine of a woman, the label of a man or of an unknown civility', () => {
    expect(profileLabel(partner, 'Mme')).toBe('Patiente partenaire');
    expect(profileLabel({ label: 'Pair-aidant', labelFeminine: 'Paire-aidante' }, 'Mme')).toBe(
      'Paire-aidante',
    );
    expect(profileLabel(partner, 'M.')).toBe('Patient partenaire');
    expect(profileLabel(partner, '')).toBe('Patient partenaire');
  });
  it('keeps the label when the profile has no feminine', () => {
    expect(profileLabel({ label: 'Bénévole', labelFeminine: null }, 'Mme')).toBe('Bénévole');
  });
});

describe('the default profile of a new person', () => {
  it('is « Représentant des usagers » while offered, else the first profile offered', () => {
    const list = [
      { code: 'benevole', archived: false },
      { code: 'representant_usagers', archived: false },
    ];
    expect(defaultProfile(list)?.code).toBe('representant_usagers');
    expect(
      defaultProfile([
        { code: 'benevole', archived: false },
        { code: 'representant_usagers', archived: true },
      ])?.code,
    ).toBe('benevole');
    expect(defaultProfile([{ code: 'representant_usagers', archived: true }])).toBeNull();
  });

  it('is given to a person created without one, and a known person keeps theirs when none is sent', async () => {
    const created = await createPerson(app.ctx);
    expect(created.profileLabel).toBe('Représentante des usagers');
    const partner = await profile('Patient partenaire');
    const other = await createPerson(app.ctx, { lastName: 'Roux', profileId: partner.id });
    const { profileId: _omitted, ...withoutProfile } = personInput({ lastName: 'Roux', city: 'Brest' });
    const result = await call('representatives:update', { id: other.id, data: withoutProfile });
    expect(result).toMatchObject({ ok: true, value: { city: 'Brest', profileId: partner.id } });
  });
});

describe('the list of profiles', () => {
  it('is seeded with the profiles of the migration, counting the people of each', async () => {
    await createPerson(app.ctx);
    const list = await listProfiles(app.ctx);
    expect(list.map((p) => p.label)).toEqual([
      'Représentant des usagers',
      'Représentant associatif',
      'Patient partenaire',
      'Pair-aidant',
      'Patient formateur',
      'Bénévole',
      'Autre',
    ]);
    expect(list[0]?.personCount).toBe(1);
  });

  it('adds and renames a profile, and refuses a label another profile already has', async () => {
    let list = await createProfile(app.ctx, { label: 'Patient expert', labelFeminine: 'Patiente experte' });
    const added = list.find((p) => p.label === 'Patient expert');
    if (!added) throw new Error('not added');
    expect(added).toMatchObject({ code: 'patient_expert', archived: false, personCount: 0 });
    list = await updateProfile(app.ctx, added.id, { label: 'Patient ressource', labelFeminine: null });
    expect(list.find((p) => p.id === added.id)).toMatchObject({
      label: 'Patient ressource',
      labelFeminine: null,
    });

    // « patiente PARTENAIRE » is the feminine of an existing profile, whatever its case and accents.
    const clash = await call('profiles:create', {
      label: 'Aidant',
      labelFeminine: 'patiente PARTENAIRE',
    });
    expect(clash).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('« Patient partenaire »'),
        fieldErrors: { labelFeminine: expect.stringContaining('Patient partenaire') },
      },
    });
    expect(await listProfiles(app.ctx)).toHaveLength(8);
  });

  it('refuses an empty label with a French message at the boundary', async () => {
    const result = await call('profiles:create', { label: '  ', labelFeminine: null });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: { label: expect.stringContaining('Le libellé est obligatoire') },
      },
    });
  });

  it('moves a profile up and down the list', async () => {
    const benevole = await profile('Bénévole');
    let list = await moveProfile(app.ctx, { id: benevole.id, direction: 'up' });
    expect(list.map((p) => p.label).slice(4, 6)).toEqual(['Bénévole', 'Patient formateur']);
    list = await moveProfile(app.ctx, { id: list[0]?.id ?? 0, direction: 'up' });
    expect(list[0]?.label).toBe('Représentant des usagers');
    list = await moveProfile(app.ctx, { id: benevole.id, direction: 'down' });
    expect(list.map((p) => p.label).slice(4, 6)).toEqual(['Patient formateur', 'Bénévole']);
  });
});

describe('archiving and deleting a profile', () => {
  it('keeps an archived profile on the people who have it, but offers it to nobody else', async () => {
    const partner = await profile('Patient partenaire');
    const claire = await createPerson(app.ctx, { civility: 'Mme', profileId: partner.id });
    await setProfileArchived(app.ctx, partner.id, true);
    expect((await getRepresentative(app.ctx, claire.id)).profileLabel).toBe('Patiente partenaire');

    // She keeps it when her file is saved again.
    const kept = await call('representatives:update', {
      id: claire.id,
      data: personInput({ civility: 'Mme', city: 'Vannes', profileId: partner.id }),
    });
    expect(kept).toMatchObject({ ok: true, value: { city: 'Vannes', profileId: partner.id } });

    // Nobody else receives it: not a new person, not another person's file.
    const before = await peopleCount();
    const refused = await call(
      'representatives:create',
      personInput({ lastName: 'Roux', profileId: partner.id }),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Le profil « Patient partenaire » est archivé : choisissez-en un autre.',
        fieldErrors: { profileId: expect.stringContaining('archivé') },
      },
    });
    expect(await peopleCount()).toBe(before);

    const other = await createPerson(app.ctx, { lastName: 'Roux' });
    const changed = await call('representatives:update', {
      id: other.id,
      data: personInput({ lastName: 'Roux', city: 'Lorient', profileId: partner.id }),
    });
    expect(changed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Nothing half-saved: the city typed with the refused profile was not written either.
    const unchanged = await getRepresentative(app.ctx, other.id);
    expect(unchanged.city).toBe('Rennes');
    expect(unchanged.profileLabel).toBe('Représentante des usagers');

    await setProfileArchived(app.ctx, partner.id, false);
    expect(
      await call('representatives:update', {
        id: other.id,
        data: personInput({ lastName: 'Roux', profileId: partner.id }),
      }),
    ).toMatchObject({ ok: true });
  });

  it('refuses an unknown profile or a malformed one with a French message', async () => {
    const unknown = await call('representatives:create', personInput({ profileId: 9999 }));
    expect(unknown).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Ce profil n’existe pas ou plus : choisissez-en un dans la liste.',
        fieldErrors: { profileId: expect.any(String) },
      },
    });
    const malformed = await call('representatives:create', { ...personInput(), profileId: null });
    expect(malformed).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { profileId: 'Choisissez le profil de la personne' } },
    });
    expect(await peopleCount()).toBe(0);
  });

  it('deletes an unused profile, and refuses to delete one in use', async () => {
    const formateur = await profile('Patient formateur');
    const benevole = await profile('Bénévole');
    await createPerson(app.ctx, { profileId: benevole.id });
    const list = await deleteProfile(app.ctx, formateur.id);
    expect(list.some((p) => p.id === formateur.id)).toBe(false);

    const refused = await call('profiles:delete', { id: benevole.id });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN_STATE',
        message: expect.stringContaining('est le profil de 1 personne du registre : archivez-le plutôt'),
      },
    });
    expect((await profile('Bénévole')).personCount).toBe(1);
  });

  it('keeps at least one profile offered', async () => {
    const list = await listProfiles(app.ctx);
    for (const p of list.slice(1)) await setProfileArchived(app.ctx, p.id, true);
    const last = await call('profiles:archive', { id: list[0]?.id });
    expect(last).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_STATE', message: expect.stringContaining('dernier profil proposé') },
    });
  });
});

describe('the register filtered by profile', () => {
  it('lists and counts only the people of the profile, with or without a search', async () => {
    const partner = await profile('Patient partenaire');
    await createPerson(app.ctx, { lastName: 'Lefèvre', firstName: 'Claire', profileId: partner.id });
    await createPerson(app.ctx, { lastName: 'Lefort', firstName: 'Paul', civility: 'M.' });
    await createPerson(app.ctx, { lastName: 'Martin', firstName: 'Anne', profileId: partner.id });
    const query = {
      status: 'actifs' as const,
      sort: 'nom' as const,
      direction: 'asc' as const,
      offset: 0,
      limit: 50,
    };

    const all = await listRepresentatives(app.ctx, { ...query, search: '' });
    expect(all.total).toBe(3);
    const partners = await listRepresentatives(app.ctx, { ...query, search: '', profileId: partner.id });
    expect(partners.rows.map((r) => [r.lastName, r.profileLabel])).toEqual([
      ['Lefèvre', 'Patiente partenaire'],
      ['Martin', 'Patiente partenaire'],
    ]);
    // The trigram search (words of three letters or more) and the LIKE search both filter.
    const lef = await listRepresentatives(app.ctx, { ...query, search: 'lef', profileId: partner.id });
    expect(lef.rows.map((r) => r.lastName)).toEqual(['Lefèvre']);
    const ef = await listRepresentatives(app.ctx, { ...query, search: 'ef', profileId: partner.id });
    expect(ef.rows.map((r) => r.lastName)).toEqual(['Lefèvre']);
    expect(
      await countRepresentatives(app.ctx, { search: 'lef', status: 'actifs', profileId: partner.id }),
    ).toBe(1);
    expect(await countRepresentatives(app.ctx, { search: 'lef', status: 'tous', profileId: null })).toBe(2);
  });
});
