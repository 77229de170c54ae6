/**
 * Import of a 5,000-row XLSX of representatives and mandates, end to end: read the workbook,
 * validate every row with the form schemas, match against the register, write in one
 * transaction. Then the same file again (everything recognised, nothing written).
 * Run: npx tsx bench/import-bench.ts
 */
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/connection';
import type { ServiceContext } from '../electron/service-context';
import { analyzeImport, runImport } from '../electron/exchange/import';
import { createOrganisation } from '../electron/register/organisations';
import { createInstance } from '../electron/register/instances';
import { instanceInput, organisationInput } from '../shared/register/schemas';

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

export async function runImportBench(): Promise<Array<{ name: string; value: string; target?: string }>> {
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
  const org = await createOrganisation(ctx, organisationInput.parse({ name: 'CHU', kind: 'etablissement' }));
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

  let start = performance.now();
  const analysis = await analyzeImport(ctx, input);
  const previewMs = performance.now() - start;
  if (analysis.errors.length > 0)
    throw new Error(`lignes invalides : ${JSON.stringify(analysis.errors.slice(0, 3))}`);

  start = performance.now();
  const result = await runImport(ctx, input);
  const importMs = performance.now() - start;
  if (result.peopleCreated !== ROWS || result.mandatesCreated !== ROWS)
    throw new Error(`import incomplet : ${JSON.stringify(result)}`);

  start = performance.now();
  const again = await runImport(ctx, input);
  const againMs = performance.now() - start;
  if (again.peopleCreated !== 0 || again.mandatesCreated !== 0)
    throw new Error(`doublons : ${JSON.stringify(again)}`);
  await database.close();

  const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;
  return [
    {
      name: `Import XLSX ${ROWS.toLocaleString('fr-FR')} lignes — aperçu (lecture + validation)`,
      value: seconds(previewMs),
    },
    {
      name: `Import XLSX ${ROWS.toLocaleString('fr-FR')} lignes — import (lecture + validation + écriture)`,
      value: seconds(importMs),
      target: '≤ 5 s',
    },
    {
      name: `Import XLSX ${ROWS.toLocaleString('fr-FR')} lignes — réimport sans doublon`,
      value: seconds(againMs),
    },
    { name: `Taille du classeur`, value: `${Math.round(bytes.length / 1024)} Ko` },
  ];
}

if (process.argv[1]?.endsWith('import-bench.ts')) {
  runImportBench()
    .then((rows) => {
      for (const r of rows) console.log(`${r.name} : ${r.value}${r.target ? ` (cible ${r.target})` : ''}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
