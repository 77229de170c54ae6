/**
 * `npm run bench`: every performance figure of the project in one run, printed as tables.
 * Figures depend on the machine's load: run it on an otherwise idle machine.
 */
import { runClaimsBench } from './claims-bench';
import { runImportBench } from './import-bench';
import type { BenchResult } from './measure';
import { runMeetingsBench } from './meetings-bench';
import { runPdfBench } from './pdf-bench';
import { runRegisterBench } from './register-bench';
import { runRepresentativesBench } from './representatives-bench';
import { runRulesBench } from './rules-bench';

const benches: Array<{ title: string; run: () => Promise<BenchResult[]> }> = [
  { title: 'Registre des représentants (10 000 fiches)', run: () => runRepresentativesBench() },
  { title: '« À faire » (10 000 personnes, 2 000 instances, 30 000 mandats)', run: () => runRegisterBench() },
  { title: 'Import XLSX', run: () => runImportBench() },
  { title: 'Attestations : Porte-voix contre Chromium page.pdf()', run: () => runPdfBench() },
  // The Chromium comparison is the table above: not run twice.
  { title: 'Réunions, congé et relevés annuels', run: () => runMeetingsBench({ withPdfComparison: false }) },
  { title: 'Règles de calcul (barème, SEPA)', run: () => runRulesBench() },
  { title: 'Notes de frais et SEPA (par les services)', run: () => runClaimsBench() },
];

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const bench of benches) {
    if (only && !bench.title.toLowerCase().includes(only.toLowerCase())) continue;
    console.log(`\n== ${bench.title} ==`);
    const rows = (await bench.run()).map((r) => ({ mesure: r.name, valeur: r.value, cible: r.target ?? '' }));
    console.table(rows);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
