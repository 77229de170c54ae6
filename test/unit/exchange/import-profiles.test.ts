import { analyzeImport, runImport } from '../../../electron/exchange/import';
import { exportList } from '../../../electron/exchange/export';
import { guessMapping } from '../../../electron/exchange/column-mapping';
import { listProfiles, setProfileArchived } from '../../../electron/register/profiles';
import { getRepresentative, listRepresentatives } from '../../../electron/register/representatives';
import { parseCsv } from '../../../electron/exchange/parse-table';
import { createTestApp, type TestApp } from '../../helpers/context';
import { person } from '../trainings/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const csv = (text: string) => ({
  fileName: 'registre.csv',
  dataBase64: Buffer.from(text, 'utf8').toString('base64'),
  mapping: null,
});
const profileId = async (label: string) => {
  const found = (await listProfiles(app.ctx)).find((p) => p.label === label);
  if (!found) throw new Error(label);
  return found.id;
};
const everyone = async () =>
  (
    await listRepresentatives(app.ctx, {
      search: '',
      status: 'tous',
      sort: 'nom',
      direction: 'asc',
      offset: 0,
      limit: 100,
    })
  ).rows.map((r) => `${r.lastName} ${r.firstName} : ${r.profileLabel}`);

describe('the « Profil » column of the register', () => {
  it('is exported as said of each person', async () => {
    await person(app.ctx, 'Lefèvre', 'Claire', {
      civility: 'Mme',
      profileId: await profileId('Pair-aidant'),
    });
    await person(app.ctx, 'Martin', 'Paul', { civility: 'M.' });
    const exported = await exportList(app.ctx, 'representatives', 'csv');
    const table = parseCsv(exported.data.toString('utf8'));
    const column = table.headers.indexOf('Profil');
    expect(column).toBe(11);
    expect(table.rows.map((r) => r.cells[column])).toEqual(['Paire-aidante', 'Représentant des usagers']);
  });

  it('is read by the import in the masculine or the feminine, whatever its case, accents and hyphens', async () => {
    expect(guessMapping(['Nom', 'Prénom', 'Profil']).profile).toBe(2);
    const result = await runImport(
      app.ctx,
      csv(
        'Civilité;Nom;Prénom;Profil\n' +
          'Mme;Lefèvre;Claire;PATIENTE partenaire\n' +
          'M.;Roux;Marc;paire aidante\n' +
          'M.;Martin;Paul;benevole\n' +
          'Mme;Durand;Anne;\n',
      ),
    );
    expect(result.peopleCreated).toBe(4);
    expect(await everyone()).toEqual([
      'Durand Anne : Représentante des usagers',
      'Lefèvre Claire : Patiente partenaire',
      'Martin Paul : Bénévole',
      'Roux Marc : Pair-aidant',
    ]);
  });

  it('refuses an unknown or archived profile with a French message, importing nothing', async () => {
    await setProfileArchived(app.ctx, await profileId('Patient formateur'), true);
    const analysis = await analyzeImport(
      app.ctx,
      csv(
        'Nom;Prénom;Profil\nLefèvre;Claire;Patiente-reine\nRoux;Marc;Patient formateur\nMartin;Paul;Bénévole\n',
      ),
    );
    expect(analysis.errors).toEqual([
      {
        line: 2,
        message: expect.stringMatching(
          /^Profil : « Patiente-reine » n’est pas un profil connu \(Représentant des usagers, .*Bénévole, Autre\)$/,
        ),
      },
      { line: 3, message: expect.stringContaining('Profil : « Patient formateur » est archivé') },
    ]);
    await expect(
      runImport(app.ctx, csv('Nom;Prénom;Profil\nLefèvre;Claire;Patiente-reine\n')),
    ).rejects.toThrow('rien n’a été importé');
    expect(await everyone()).toEqual([]);
  });

  it('changes the profile of a known person when given, keeps it when the file has no such column', async () => {
    const anne = await person(app.ctx, 'Durand', 'Anne', {
      civility: 'Mme',
      postalCode: '35000',
      profileId: await profileId('Patient partenaire'),
    });
    const without = await runImport(app.ctx, csv('Nom;Prénom;Code postal;Ville\nDurand;Anne;35000;Rennes\n'));
    expect(without.peopleUpdated).toBe(1);
    expect((await getRepresentative(app.ctx, anne.id)).profileLabel).toBe('Patiente partenaire');

    const withProfile = await runImport(
      app.ctx,
      csv('Nom;Prénom;Code postal;Profil\nDurand;Anne;35000;Bénévole\n'),
    );
    expect(withProfile.peopleUpdated).toBe(1);
    expect((await getRepresentative(app.ctx, anne.id)).profileLabel).toBe('Bénévole');
  });

  it('re-importing the exported register finds everyone unchanged', async () => {
    await person(app.ctx, 'Lefèvre', 'Claire', {
      civility: 'Mme',
      email: 'claire@exemple.fr',
      profileId: await profileId('Patient partenaire'),
    });
    await person(app.ctx, 'Martin', 'Paul', { civility: 'M.', email: 'paul@exemple.fr' });
    const exported = await exportList(app.ctx, 'representatives', 'xlsx');
    const analysis = await analyzeImport(app.ctx, {
      fileName: exported.fileName,
      dataBase64: exported.data.toString('base64'),
      mapping: null,
    });
    expect(analysis.mapping.profile).toBe(11);
    expect(analysis.errors).toEqual([]);
    expect(analysis.counts).toMatchObject({ peopleCreated: 0, peopleUpdated: 0, peopleUnchanged: 2 });
  });
});
