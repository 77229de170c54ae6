import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../helpers/context';
import { analyzeImport, runImport } from '../../../electron/exchange/import';
import { setRepresentativeArchived } from '../../../electron/register/representatives';
import { guessMapping } from '../../../electron/exchange/column-mapping';
import { parseFrenchDate, parseRole } from '../../../electron/exchange/import-rows';
import { parseCsv } from '../../../electron/exchange/parse-table';
import { instance, person } from '../trainings/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const csv = (text: string, fileName = 'registre.csv') => ({
  fileName,
  dataBase64: Buffer.from(text, 'utf8').toString('base64'),
  mapping: null,
});
const count = async (table: 'representative' | 'mandate') =>
  Number(
    (
      await app.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('column mapping', () => {
  it('guesses the fields from French headers, whatever their case and accents', () => {
    const mapping = guessMapping([
      'NOM',
      'Prénom',
      'E-mail',
      'Code postal',
      'Ville',
      'Instance',
      'Rôle',
      'Début',
      'Fin',
    ]);
    expect(mapping).toMatchObject({
      lastName: 0,
      firstName: 1,
      email: 2,
      postalCode: 3,
      city: 4,
      instance: 5,
      role: 6,
      startDate: 7,
      endDate: 8,
    });
  });

  it('reads dates written the French way or as ISO, and refuses impossible ones', () => {
    expect(parseFrenchDate('01/12/2025')).toBe('2025-12-01');
    expect(parseFrenchDate('1/2/25')).toBe('2025-02-01');
    expect(parseFrenchDate('30/11/31', 2026)).toBe('2031-11-30');
    // « 99 » could be 1999 or 2099: refused rather than read as 2099.
    expect(parseFrenchDate('01/12/99', 2026)).toBeNull();
    expect(parseFrenchDate('01/12/1999', 2026)).toBe('1999-12-01');
    expect(parseFrenchDate('2025-12-01')).toBe('2025-12-01');
    expect(parseFrenchDate('45992')).toBe('2025-12-01');
    expect(parseFrenchDate('31/02/2025')).toBeNull();
    expect(parseFrenchDate('demain')).toBeNull();
  });

  it('recognises roles by their label, feminine forms included', () => {
    expect(parseRole('Suppléante')).toBe('suppleant');
    expect(parseRole('TITULAIRE')).toBe('titulaire');
    expect(parseRole('Vice-présidente')).toBe('vice_president');
    expect(parseRole('chef')).toBeNull();
  });

  it('gives each CSV record its line number in the file, quoted line breaks included', () => {
    const table = parseCsv('Nom;Prénom\nA;"deux\nlignes"\n\nB;b\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
  });
});

describe('importing representatives', () => {
  it('lists every invalid row with its line number and a French reason, and writes nothing', async () => {
    const file = csv(
      'Nom;Prénom;E-mail;Code postal\nMartin;Anne;anne@exemple.fr;35000\n;Paul;;\nDurand;Luc;pas-un-mail;35000\nRoux;Léa;;3500A\n',
    );
    const analysis = await analyzeImport(app.ctx, file);
    expect(analysis.errors).toEqual([
      { line: 3, message: 'Nom : le nom est obligatoire' },
      { line: 4, message: 'E-mail : adresse e-mail invalide (exemple : prenom.nom@exemple.fr)' },
      { line: 5, message: 'Code postal : le code postal doit comporter 5 chiffres' },
    ]);
    await expect(runImport(app.ctx, file)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('3 lignes invalides'),
    });
    expect(await count('representative')).toBe(0);
  });

  it('creates the people of a valid file, then recognises them when the same file comes again', async () => {
    const file = csv(
      'Nom;Prénom;E-mail;Code postal;Ville\nMartin;Anne;anne@exemple.fr;35000;Rennes\nLe Goff;Jean;;35400;Saint-Malo\n',
    );
    expect((await analyzeImport(app.ctx, file)).counts).toMatchObject({ peopleCreated: 2 });
    expect(await runImport(app.ctx, file)).toMatchObject({ peopleCreated: 2, peopleUpdated: 0 });
    const again = await analyzeImport(app.ctx, file);
    expect(again.counts).toMatchObject({ peopleCreated: 0, peopleUpdated: 0, peopleUnchanged: 2 });
    expect(again.preview.map((r) => r.personAction)).toEqual(['inchange', 'inchange']);
    await runImport(app.ctx, file);
    expect(await count('representative')).toBe(2);
  });

  it('matches a known person by names and e-mail or postal code, ignoring accents and case, and updates what changed', async () => {
    await person(app.ctx, 'Hélène', 'Guérin', { postalCode: '35500', city: 'Vitré' });
    const file = csv('Nom;Prénom;Code postal;Téléphone\nHELENE;guerin;35500;02 99 00 00 00\n');
    const analysis = await analyzeImport(app.ctx, file);
    expect(analysis.preview[0]?.personAction).toBe('mise_a_jour');
    await runImport(app.ctx, file);
    const rows = await app.ctx.db.selectFrom('representative').selectAll().execute();
    expect(rows).toHaveLength(1);
    // The empty columns of the file never erase what was known.
    expect(rows[0]).toMatchObject({ phone: '02 99 00 00 00', city: 'Vitré', last_name: 'Hélène' });
  });

  it('treats a namesake with another postal code as another person', async () => {
    await person(app.ctx, 'Martin', 'Anne', { postalCode: '35000' });
    const analysis = await analyzeImport(app.ctx, csv('Nom;Prénom;Code postal\nMartin;Anne;29000\n'));
    expect(analysis.counts.peopleCreated).toBe(1);
  });

  it('reads an XLSX workbook, real dates and numeric postal codes included', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Feuille 1');
    sheet.addRow(['Nom', 'Prénom', 'Code postal', 'Instance', 'Rôle', 'Début', 'Fin']);
    sheet.addRow([
      'Martin',
      'Anne',
      1000,
      'CDU du CHU de Rennes',
      'Titulaire',
      new Date(Date.UTC(2025, 11, 1)),
      '30/11/2028',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await runImport(app.ctx, {
      fileName: 'registre.xlsx',
      dataBase64: bytes.toString('base64'),
      mapping: null,
    });
    expect(result).toMatchObject({ peopleCreated: 1, mandatesCreated: 1 });
    const m = await app.ctx.db.selectFrom('mandate').selectAll().executeTakeFirstOrThrow();
    expect(m).toMatchObject({ role: 'titulaire', start_date: '2025-12-01', end_date: '2028-11-30' });
    const r = await app.ctx.db.selectFrom('representative').selectAll().executeTakeFirstOrThrow();
    expect(r.postal_code).toBe('01000');
  });
});

describe('importing mandates', () => {
  const header = 'Nom;Prénom;E-mail;Instance;Rôle;Début;Fin\n';

  it('creates people and mandates, and a second import of the same file duplicates neither', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    const file = csv(
      `${header}Martin;Anne;anne@exemple.fr;CDU du CHU de Rennes;Titulaire;01/12/2025;30/11/2028\nMartin;Anne;anne@exemple.fr;CDU du CHU de Rennes;Suppléante;01/12/2022;30/11/2025\nRoux;Léa;lea@exemple.fr;cdu du chu de rennes;Suppléant;2025-12-01;\n`,
    );
    expect(await runImport(app.ctx, file)).toMatchObject({ peopleCreated: 2, mandatesCreated: 3 });
    const again = await analyzeImport(app.ctx, file);
    expect(again.errors).toEqual([]);
    expect(again.counts).toMatchObject({ peopleCreated: 0, mandatesCreated: 0, mandatesExisting: 3 });
    expect(again.preview.map((r) => r.mandateAction)).toEqual([
      'deja_present',
      'deja_present',
      'deja_present',
    ]);
    await runImport(app.ctx, file);
    expect(await count('mandate')).toBe(3);
    expect(await count('representative')).toBe(2);
  });

  it('explains unknown instances and roles, bad dates, ends before starts and overlaps', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    const file = csv(
      header +
        'A;a;;CTS Bretagne;Titulaire;01/12/2025;\n' +
        'B;b;;CDU du CHU de Rennes;Chef;01/12/2025;\n' +
        'C;c;;CDU du CHU de Rennes;Titulaire;32/12/2025;\n' +
        'D;d;;CDU du CHU de Rennes;Titulaire;01/12/2025;01/01/2025\n' +
        'E;e;e@exemple.fr;CDU du CHU de Rennes;Suppléant;01/12/2025;30/11/2028\n' +
        'E;e;e@exemple.fr;CDU du CHU de Rennes;Suppléant;01/01/2026;\n',
    );
    const { errors } = await analyzeImport(app.ctx, file);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 7]);
    expect(errors[0]?.message).toContain('« CTS Bretagne » n’existe pas');
    expect(errors[1]?.message).toContain('« Chef » n’est pas reconnu');
    expect(errors[2]?.message).toContain('« 32/12/2025 » n’est pas une date');
    expect(errors[3]?.message).toBe(
      'Fin du mandat : la date de fin doit être postérieure à la date de début',
    );
    expect(errors[4]?.message).toContain('chevauche le mandat de Suppléant du 01/12/2025 au 30/11/2028');
    await expect(runImport(app.ctx, file)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await count('representative')).toBe(0);
    expect(await count('mandate')).toBe(0);
  });

  it('reports every problem of a row at once: the person, the instance, the role and the dates', async () => {
    const file = csv(header + 'Durand;Luc;pas-un-mail;CTS inconnu;Chef;13/13/2025;\n');
    const { errors } = await analyzeImport(app.ctx, file);
    expect(errors).toHaveLength(1);
    const message = errors[0]?.message ?? '';
    for (const part of [
      'e-mail',
      '« CTS inconnu » n’existe pas',
      '« Chef » n’est pas reconnu',
      '« 13/13/2025 » n’est pas une date',
    ]) {
      expect(message).toContain(part);
    }
  });

  it('gives a mandate without an end the instance’s term, as the form does', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    await runImport(app.ctx, csv(`${header}Martin;Anne;;CDU du CHU de Rennes;Titulaire;01/12/2025;\n`));
    const ends = await app.ctx.db.selectFrom('mandate').select('end_date').execute();
    expect(ends.map((e) => e.end_date)).toEqual(['2028-11-30']);
  });

  it('leaves the end open when neither the instance nor its type has a term', async () => {
    const open = await instance(app.ctx, 'Groupe de travail');
    const { type_id } = await app.ctx.db
      .selectFrom('instance')
      .select('type_id')
      .where('id', '=', open.id)
      .executeTakeFirstOrThrow();
    await app.ctx.db
      .updateTable('instance_type')
      .set({ default_mandate_months: null })
      .where('id', '=', type_id)
      .execute();
    await runImport(app.ctx, csv(`${header}Martin;Anne;;Groupe de travail;Membre;01/12/2025;\n`));
    const ends = await app.ctx.db.selectFrom('mandate').select('end_date').execute();
    expect(ends.map((e) => e.end_date)).toEqual([null]);
  });

  it('refuses a new mandate for an archived person, with a French reason, and writes nothing', async () => {
    await instance(app.ctx, 'CDU du CHU de Rennes');
    const anne = await person(app.ctx, 'Martin', 'Anne', { email: 'anne@exemple.fr' });
    await setRepresentativeArchived(app.ctx, anne.id, true);
    const file = csv(
      `${header}Martin;Anne;anne@exemple.fr;CDU du CHU de Rennes;Titulaire;01/12/2025;30/11/2028\n`,
    );
    const { errors } = await analyzeImport(app.ctx, file);
    expect(errors).toEqual([
      { line: 2, message: 'Mandat : Anne Martin a une fiche archivée : restaurez-la d’abord' },
    ]);
    await expect(runImport(app.ctx, file)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await count('mandate')).toBe(0);
  });

  it('refuses more titulaires than seats on the same period', async () => {
    await instance(app.ctx, 'CDU', 1);
    const { errors } = await analyzeImport(
      app.ctx,
      csv(`${header}A;a;;CDU;Titulaire;01/12/2025;\nB;b;;CDU;Titulaire;01/01/2026;\n`),
    );
    expect(errors).toEqual([
      { line: 3, message: expect.stringContaining('n’a qu’un siège de titulaire, déjà pourvu') },
    ]);
  });
});

describe('round trip', () => {
  it('re-importing the exported mandates finds every person and mandate already there', async () => {
    const { exportList } = await import('../../../electron/exchange/export');
    const cdu = await instance(app.ctx, 'CDU du CHU de Rennes');
    const anne = await person(app.ctx, 'Martin', 'Anne', { email: 'anne@exemple.fr' });
    const { mandate } = await import('../trainings/fixtures');
    await mandate(app.ctx, anne.id, cdu.id, '2025-12-01', '2028-11-30');
    const exported = await exportList(app.ctx, 'mandates', 'csv');
    const analysis = await analyzeImport(app.ctx, {
      fileName: exported.fileName,
      dataBase64: exported.data.toString('base64'),
      mapping: null,
    });
    expect(analysis.mapping.proposingAssociation).toBeDefined();
    expect(analysis.mapping.originAssociation).toBeUndefined();
    expect(analysis.errors).toEqual([]);
    expect(analysis.counts).toMatchObject({
      peopleCreated: 0,
      peopleUpdated: 0,
      peopleUnchanged: 1,
      mandatesCreated: 0,
      mandatesExisting: 1,
    });
  });
});
