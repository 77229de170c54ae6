/**
 * Import of a 5,000-row XLSX of representatives and mandates, end to end: read the workbook,
 * validate every row with the form schemas, match against the register, write in one
 * transaction (rolled back after each run, so that every run imports into the same register).
 * Then the same file again (everything recognised, nothing written). The floor: exceljs reading
 * the workbook, plus the same SQL run directly. Run alone: npx tsx bench/import-bench.ts
 */
import ExcelJS from 'exceljs';
import { openDatabase } from '../db/connection';
import type { ServiceContext } from '../electron/service-context';
import { analyzeImport, runImport } from '../electron/exchange/import';
import { createOrganisation } from '../electron/register/organisations';
import { createInstance } from '../electron/register/instances';
import { instanceInput, organisationInput } from '../shared/register/schemas';
import { atMost, compare, type BenchRow } from './measure';
import { printRows } from './print';
import { rawDatabase, recordSql, rollbackEachRun, SQL_FLOOR } from './sql-floor';

const FLOOR = `exceljs read + ${SQL_FLOOR}`;

const ROWS = 5_000;
const INSTANCES = 50;

const lastNames = [
  'Martin',
  'Bernard',
  'Le Goff',
  'Guérin',
  'Tanguy',
  'Rouxel',
  'Kerjean',
  'Morvan',
  'Le Bihan',
  'Cadiou',
  'Normand',
  'Riou',
];
const firstNames = [
  'Anne',
  'Jean',
  'Maëlle',
  'Loïc',
  'Hélène',
  'Yannick',
  'Sophie',
  'Éric',
  'Gérard',
  'Josiane',
];

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Registre');
  sheet.addRow(['Nom', 'Prénom', 'E-mail', 'Code postal', 'Ville', 'Instance', 'Rôle', 'Début', 'Fin']);
  for (let i = 0; i < ROWS; i++) {
    const last = `${lastNames[i % lastNames.length]}-${i}`;
    const first = firstNames[i % firstNames.length] ?? 'Anne';
    sheet.addRow([
      last,
      first,
      `personne${i}@exemple.fr`,
      String(35000 + (i % 900)),
      'Rennes',
      `Instance ${i % INSTANCES}`,
      i % 2 === 0 ? 'Titulaire' : 'Suppléant',
      new Date(Date.UTC(2025, 11, 1)),
      '30/11/2028',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The floor: the workbook read by exceljs, and the recorded statements replayed. */
const readThenReplay = (bytes: Buffer, replay: () => void) => async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  replay();
};

export async function runImportBench(): Promise<BenchRow[]> {
  const database = await openDatabase(':memory:');
  const ctx: ServiceContext = {
    db: database.db,
    now: () => new Date('2026-11-22T10:00:00Z'),
    actor: 'bench',
    databaseFile: ':memory:',
    mode: 'navigateur',
    appVersion: 'bench',
    filesDir: null,
  };
  try {
    const org = await createOrganisation(
      ctx,
      organisationInput.parse({ name: 'CHU', kind: 'etablissement' }),
    );
    const type = await ctx.db
      .selectFrom('instance_type')
      .select('id')
      .where('code', '=', 'CDU')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < INSTANCES; i++) {
      await createInstance(
        ctx,
        instanceInput.parse({
          organisationId: org.id,
          typeId: type.id,
          name: `Instance ${i}`,
          seatsTitulaire: ROWS / INSTANCES,
          seatsSuppleant: ROWS / INSTANCES,
          targetMin: 2,
          mandateMonths: null,
          involvementLevel: null,
          participationForm: null,
        }),
      );
    }
    const bytes = await workbook();
    const input = { fileName: 'registre.xlsx', dataBase64: bytes.toString('base64'), mapping: null };
    const raw = await rawDatabase(ctx.db);
    const rolledBack = rollbackEachRun(raw);
    const rows = `${ROWS.toLocaleString('en-US')}-row XLSX (${Math.round(bytes.length / 1024)} KB)`;

    const analysis = await analyzeImport(ctx, input);
    if (analysis.errors.length > 0)
      throw new Error(`lignes invalides : ${JSON.stringify(analysis.errors.slice(0, 3))}`);
    const preview = await recordSql(() => analyzeImport(ctx, input));
    const result: BenchRow[] = [];
    result.push(
      await compare(
        `Import preview of a ${rows}: read + validate + match`,
        () => analyzeImport(ctx, input),
        readThenReplay(bytes, preview.replay),
        { runs: 5, warmup: 0, floorLabel: FLOOR },
      ),
    );

    const checkImport = async () => {
      const done = await runImport(ctx, input);
      if (done.peopleCreated !== ROWS || done.mandatesCreated !== ROWS)
        throw new Error(`import incomplet : ${JSON.stringify(done)}`);
    };
    const imported = await recordSql(checkImport, rolledBack);
    result.push(
      await compare(
        `Import of a ${rows}: read + validate + write, all or nothing`,
        checkImport,
        readThenReplay(bytes, imported.replay),
        { runs: 5, warmup: 0, floorLabel: FLOOR, target: atMost('median', 5000), ...rolledBack },
      ),
    );

    await runImport(ctx, input);
    const checkAgain = async () => {
      const again = await runImport(ctx, input);
      if (again.peopleCreated !== 0 || again.mandatesCreated !== 0)
        throw new Error(`doublons : ${JSON.stringify(again)}`);
    };
    const reimported = await recordSql(checkAgain, rolledBack);
    result.push(
      await compare(
        'The same file imported again: all recognised, nothing written',
        checkAgain,
        readThenReplay(bytes, reimported.replay),
        { runs: 5, warmup: 0, floorLabel: FLOOR, ...rolledBack },
      ),
    );
    return result;
  } finally {
    await database.close();
  }
}

if (/import-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runImportBench()
    .then(printRows)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
