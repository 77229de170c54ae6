/**
 * `npm run bench`: every performance figure of the project in one run, printed as a table.
 * Each domain's bench module exports a run function; a module not written yet is skipped.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BenchResult } from './measure';

const benches: Array<{ file: string; fn: string; title: string }> = [
  { file: 'representatives-bench', fn: 'runRepresentativesBench', title: 'Registre des représentants' },
  { file: 'register-bench', fn: 'runRegisterBench', title: 'À faire (registre)' },
  { file: 'import-bench', fn: 'runImportBench', title: 'Import' },
  { file: 'pdf-bench', fn: 'runPdfBench', title: 'Documents PDF (Porte-voix contre Chromium)' },
  { file: 'meetings-bench', fn: 'runMeetingsBench', title: 'Réunions et relevés' },
  { file: 'rules-bench', fn: 'runRulesBench', title: 'Règles de calcul' },
  { file: 'claims-bench', fn: 'runClaimsBench', title: 'Notes de frais et SEPA' },
];

async function main(): Promise<void> {
  for (const bench of benches) {
    if (!existsSync(path.join(__dirname, `${bench.file}.ts`))) continue;
    const mod = (await import(`./${bench.file}`)) as Record<string, unknown>;
    const run = mod[bench.fn];
    if (typeof run !== 'function') continue;
    console.log(`\n== ${bench.title} ==`);
    const rows = (await (run as () => Promise<BenchResult[]>)()).map((r) => ({
      mesure: r.name,
      valeur: r.value,
      cible: r.target ?? '',
    }));
    console.table(rows);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
