import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { exportPersonData } from '../../../electron/privacy/person-export';
import { anonymisePerson } from '../../../electron/privacy/anonymise';
import { keepPerson, retentionTodo, savePrivacySettings } from '../../../electron/privacy/retention';
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson } from '../../helpers/representatives';
import { BRUNO, givenPrivacyData } from './fixtures';

// The export renders PDFs (fonts parsed once per process): several seconds on a busy machine.
jest.setTimeout(60_000);

let app: TestApp;
afterEach(() => app.close());

function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('zip'));
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

describe('exporting a person’s data', () => {
  it('gives one zip with an XLSX sheet and a JSON key per kind of record, and their documents', async () => {
    app = await createTestApp();
    const data = await givenPrivacyData(app);
    const file = await exportPersonData(app.ctx, data.people.bruno);
    expect(file.fileName).toBe('donnees-personnelles-Bruno-Quemener-2026-11-22.zip');
    const files = await unzip(file.data);

    const json = JSON.parse(files.get('donnees.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(json.identite).toMatchObject({ Nom: 'Quéméner', 'E-mail': BRUNO.email, IBAN: BRUNO.iban });
    const count = (key: string) => (json[key] as unknown[]).length;
    expect({
      mandats: count('mandats'),
      presences: count('presences'),
      attestations: count('attestations'),
      notesDeFrais: count('notesDeFrais'),
      lignesDeFrais: count('lignesDeFrais'),
      paiements: count('paiements'),
      recusFiscaux: count('recusFiscaux'),
    }).toEqual({
      mandats: 1,
      presences: 1,
      attestations: 1,
      notesDeFrais: 2,
      lignesDeFrais: 2,
      paiements: 1,
      recusFiscaux: 1,
    });
    expect(count('journal')).toBeGreaterThan(3);
    for (const key of ['vehicules', 'seances', 'formations', 'chartes', 'comptesRendus', 'suites']) {
      expect(Array.isArray(json[key])).toBe(true);
    }

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(files.get('donnees.xlsx') as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'À lire',
      'Identité',
      'Véhicules',
      'Mandats',
      'Présences',
      'Séances',
      'Attestations',
      'Formations',
      'Chartes',
      'Notes de frais',
      'Lignes de frais',
      'Paiements',
      'Reçus fiscaux',
      'Comptes rendus',
      'Suites à donner',
      'Journal',
    ]);
    const identity = book.getWorksheet('Identité');
    expect(identity?.getRow(2).getCell(2).value).toBe('Quéméner');
    expect(book.getWorksheet('Lignes de frais')?.rowCount).toBe(3);

    const names = [...files.keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        'À lire.txt',
        expect.stringMatching(
          /^documents\/justificatifs\/NF-2026-\d{4} 2025-03-10 billet-Bruno Quéméner\.pdf$/,
        ),
        expect.stringMatching(/^documents\/attestations\/Attestation ATT-2026-\d{4}\.pdf$/),
        expect.stringMatching(/^documents\/reçus fiscaux\/.*\.pdf$/),
        expect.stringMatching(/^documents\/notes de frais\/.*\.pdf$/),
      ]),
    );
    const pdfs = names.filter((n) => n.endsWith('.pdf'));
    for (const n of pdfs) expect(files.get(n)?.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const last = await app.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'données personnelles exportées', entity_id: data.people.bruno });
  });
});

describe('the yearly retention review', () => {
  it('proposes the people without activity for the set number of years, once a year', async () => {
    app = await createTestApp('2020-01-10T10:00:00.000Z');
    const ctx = app.ctx;
    const quiet = (await createPerson(ctx, { lastName: 'Sommeil', firstName: 'Paul' })).id;
    const anonymised = (await createPerson(ctx, { lastName: 'Ancien', firstName: 'Marc' })).id;
    app.setNow('2022-05-01T10:00:00.000Z');
    const recent = (await createPerson(ctx, { lastName: 'Récent', firstName: 'Léa' })).id;

    app.setNow('2023-01-09T10:00:00.000Z');
    // Not yet 3 years since Paul's record was created (2020-01-10).
    expect((await retentionTodo(ctx)).count).toBe(0);

    app.setNow('2023-01-10T10:00:00.000Z');
    await anonymisePerson(ctx, anonymised);
    const todo = await retentionTodo(ctx);
    expect(todo).toMatchObject({ years: 3, since: '2020-01-10', count: 0 });

    app.setNow('2023-01-11T10:00:00.000Z');
    expect((await retentionTodo(ctx)).lines).toEqual([
      { representativeId: quiet, personName: 'Paul Sommeil', archived: false, lastActivity: '2020-01-10' },
    ]);

    // Kept at the review: gone for a year, back after it.
    await keepPerson(ctx, quiet);
    expect((await retentionTodo(ctx)).count).toBe(0);
    app.setNow('2024-01-11T10:00:00.000Z');
    expect((await retentionTodo(ctx)).lines.map((l) => l.representativeId)).toEqual([quiet]);

    // A shorter setting brings in Léa, created in May 2022.
    await savePrivacySettings(ctx, { retentionYears: 1 });
    expect((await retentionTodo(ctx)).lines.map((l) => l.representativeId)).toEqual([recent, quiet]);
  });
});
