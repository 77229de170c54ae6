import { createTestApp, type TestApp } from '../../helpers/context';
import { analyzeImport, runImport } from '../../../electron/exchange/import';
import { instance } from '../trainings/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const csv = (text: string, mapping: Record<string, number | null> | null = null) => ({
  fileName: 'registre.csv',
  dataBase64: Buffer.from(text, 'utf8').toString('base64'),
  mapping,
});
const ends = async () =>
  (await app.ctx.db.selectFrom('mandate').select('end_date').orderBy('id').execute()).map((m) => m.end_date);

describe('the end date of a mandate', () => {
  // The file of the issue: the CDU's term is 36 months, the file gives other ends.
  const header = 'Nom;Prénom;Instance;Rôle;Début mandat;Fin mandat\n';
  const good = 'Martin;Anne;CDU du CHU de Rennes;Titulaire;01/12/2025;30/06/2027\n';
  const endBeforeStart = 'Roux;Léa;CDU du CHU de Rennes;Suppléante;01/12/2025;30/11/2024\n';

  it('is read from a « Fin mandat » column: an end before the start is reported, the given ends are kept', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    const analysis = await analyzeImport(app.ctx, csv(header + good + endBeforeStart));
    expect(analysis.mapping).toMatchObject({ startDate: 4, endDate: 5 });
    expect(analysis.ignoredColumns).toEqual([]);
    expect(analysis.computedFields).toEqual([]);
    expect(analysis.errors).toEqual([
      { line: 3, message: 'Fin du mandat : la date de fin doit être postérieure à la date de début' },
    ]);
    expect(analysis.preview[1]?.error).toContain('postérieure à la date de début');
    await expect(runImport(app.ctx, csv(header + good + endBeforeStart))).rejects.toMatchObject({
      code: 'VALIDATION',
    });

    await runImport(app.ctx, csv(header + good));
    expect(await ends()).toEqual(['2027-06-30']);
  });

  it('is computed from the instance’s term only when no column gives it, and the preview says so', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    const file = csv(header + good, {
      lastName: 0,
      firstName: 1,
      instance: 2,
      role: 3,
      startDate: 4,
      endDate: null,
    });
    const analysis = await analyzeImport(app.ctx, file);
    expect(analysis.ignoredColumns).toEqual(['Fin mandat']);
    expect(analysis.computedFields).toEqual([
      {
        field: 'endDate',
        message:
          'Fin du mandat : colonne non reconnue — la date de fin sera calculée d’après la durée des mandats de l’instance',
      },
    ]);
    expect(analysis.preview[0]?.computedEndDate).toBe('2028-11-30');
    await runImport(app.ctx, file);
    expect(await ends()).toEqual(['2028-11-30']);
  });

  it('says which empty end cells will be computed', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    const analysis = await analyzeImport(
      app.ctx,
      csv(header + good + 'Roux;Léa;CDU du CHU de Rennes;Suppléante;01/12/2025;\n'),
    );
    expect(analysis.preview.map((r) => r.computedEndDate)).toEqual([null, '2028-11-30']);
    expect(analysis.computedFields).toEqual([
      {
        field: 'endDate',
        message:
          'Fin du mandat : 1 cellule vide — la date de fin sera calculée d’après la durée des mandats de l’instance',
      },
    ]);
  });
});

describe('the columns of the file', () => {
  it('lists those not recognised, which are not imported', async () => {
    const analysis = await analyzeImport(
      app.ctx,
      csv('Nom;Prénom;Date de naissance;;Employeur\nMartin;Anne;01/02/1960;x;Mairie\n'),
    );
    expect(analysis.ignoredColumns).toEqual(['Date de naissance', 'Colonne 4']);
    expect(analysis.computedFields).toEqual([
      {
        field: 'employed',
        message:
          'Salarié : colonne non reconnue — une personne dont l’employeur est indiqué sera enregistrée comme salariée',
      },
    ]);
  });
});

describe('the problems of a line', () => {
  it('are all reported at once: person, instance, role and dates, end before start included', async () => {
    const analysis = await analyzeImport(
      app.ctx,
      csv(
        'Civilité;Nom;Prénom;Salarié;E-mail;Instance;Rôle;Début;Fin\n' +
          'Dr;Durand;Luc;peut-être;pas-un-mail;CTS inconnu;Chef;01/12/2025;01/01/2025\n',
      ),
    );
    expect(analysis.errors).toHaveLength(1);
    expect(analysis.errors[0]?.line).toBe(2);
    const message = analysis.errors[0]?.message ?? '';
    for (const part of [
      'Civilité : « Dr » n’est pas reconnue',
      'Salarié : « peut-être » n’est pas reconnu',
      'E-mail : adresse e-mail invalide',
      '« CTS inconnu » n’existe pas',
      '« Chef » n’est pas reconnu',
      'Fin du mandat : la date de fin doit être postérieure à la date de début',
    ]) {
      expect(message).toContain(part);
    }
  });

  it('include a 4-digit postal code as a warning: completed to 5 digits, shown, and not blocking', async () => {
    const file = csv('Nom;Prénom;CP\nMartin;Anne;7500\nRoux;Léa;35000\n');
    const analysis = await analyzeImport(app.ctx, file);
    expect(analysis.errors).toEqual([]);
    expect(analysis.warnings).toEqual([
      {
        line: 2,
        message: 'Code postal : « 7500 » est complété en « 07500 » (le zéro du début avait disparu)',
      },
    ]);
    expect(analysis.preview.map((r) => r.warning)).toEqual([analysis.warnings[0]?.message, null]);
    await runImport(app.ctx, file);
    const codes = await app.ctx.db.selectFrom('representative').select('postal_code').orderBy('id').execute();
    expect(codes.map((c) => c.postal_code)).toEqual(['07500', '35000']);
  });
});
