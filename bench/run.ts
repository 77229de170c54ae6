/**
 * `npm run bench [-- --large] [-- <part of a title>]`: every performance figure of the project,
 * printed as one table (and as markdown for the README) — medians of repeated runs, each beside
 * its floor measured in the same run (see bench/measure.ts). `--large` runs the 10× data set
 * (100,000 people, 300,000 mandates, ~3,000,000 attendance rows; seeded once into .cache/bench/).
 * Figures move with the machine's load; ratios much less: compare those.
 */
import { writeFileSync } from 'node:fs';
import { runActionsBench } from './actions-bench';
import { runAttestationsBench } from './attestations-bench';
import { runBackupBench } from './backup-bench';
import { runBilansBench } from './bilans-bench';
import { runCipherBench } from './cipher-bench';
import { runClaimsBench } from './claims-bench';
import { runImportBench } from './import-bench';
import { runIndicatorsBench } from './indicators-bench';
import type { BenchOptions, BenchRow } from './measure';
import { runMeetingsBench } from './meetings-bench';
import { runPdfBench } from './pdf-bench';
import { markdownTable, textTable } from './print';
import { runRegisterBench } from './register-bench';
import { runRepresentativesBench } from './representatives-bench';
import { runReportsBench } from './reports-bench';
import { runMailBench } from './mail-bench';
import { runRulesBench } from './rules-bench';

interface Bench {
  title: string;
  run: (options: BenchOptions) => Promise<BenchRow[]>;
  /** Part of the --large run: the benches whose figures depend on the register's size. */
  scales: boolean;
}

const benches: Bench[] = [
  { title: 'register: opening, search', run: runRepresentativesBench, scales: true },
  { title: 'register: « À faire », instances', run: runRegisterBench, scales: true },
  { title: 'meetings: congé, attendance, relevés', run: runMeetingsBench, scales: true },
  { title: 'attestations through the service', run: runAttestationsBench, scales: true },
  { title: 'actions: list search, record and sessions', run: () => runActionsBench(), scales: false },
  { title: 'indicators: « Tableau de bord »', run: runIndicatorsBench, scales: true },
  { title: 'reports: compte rendu d’activité', run: () => runReportsBench(), scales: false },
  { title: 'bilan d’action: PDF of a financement', run: () => runBilansBench(), scales: false },
  { title: 'documents: renderer against pdfkit and Chromium', run: () => runPdfBench(), scales: false },
  { title: 'import XLSX', run: () => runImportBench(), scales: false },
  { title: 'claims and SEPA through the services', run: () => runClaimsBench(), scales: false },
  { title: 'rules alone (mileage, SEPA)', run: () => runRulesBench(), scales: false },
  { title: 'mail: relevés sent by e-mail', run: () => runMailBench(), scales: false },
  { title: 'backup: database and 1 GB of attachments', run: () => runBackupBench(), scales: false },
  { title: 'cipher: opening an encrypted database', run: runCipherBench, scales: true },
];

async function main(): Promise<void> {
  const large = process.argv.includes('--large');
  const only = process.argv
    .slice(2)
    .find((a) => !a.startsWith('--'))
    ?.toLowerCase();
  const start = Date.now();
  const rows: BenchRow[] = [];
  for (const bench of benches) {
    if (only ? !bench.title.toLowerCase().includes(only) : large && !bench.scales) continue;
    process.stdout.write(`${bench.title}… `);
    const benchStart = Date.now();
    const benchRows = await bench.run({ large });
    rows.push(...benchRows);
    // Each part's rows as soon as they are measured: a long --large run shows what it has.
    console.log(`${((Date.now() - benchStart) / 1000).toFixed(0)} s\n${textTable(benchRows)}\n`);
  }
  console.log(`\n== all ==\n${textTable(rows)}\n`);
  const markdown = markdownTable(rows);
  const file = large ? '.cache/bench/last-large.md' : '.cache/bench/last.md';
  writeFileSync(file, `${markdown}\n`);
  console.log(`${markdown}\n\n(${file}, ${((Date.now() - start) / 1000).toFixed(0)} s in all)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
