/**
 * Our PDF engine against its floors, on the same attestation: plain pdfkit (its own text layout,
 * the TTF from a file) and Chromium's page.pdf() (the route most Electron apps take), one
 * document of one page, then 1,000 attestations in one document. Renderer only: the service's
 * figures (numbering, recording) are in bench/attestations-bench.ts.
 * Run alone: npx tsx bench/pdf-bench.ts
 */
import { renderAttendanceCertificates } from '../electron/documents';
import { association, attendanceCertificate } from '../test/documents/fixtures';
import { compare, ratioAtMost, type BenchRow } from './measure';
import { printRows } from './print';
import { attestationsHtml, openChromium, pageCount, plainPdfkitAttestations } from './reference-documents';

const BATCH = 1000;
const CHROMIUM_BATCH = 200;
export const PLAIN_PDFKIT = 'plain pdfkit';
export const CHROMIUM_PDF = 'Chromium page.pdf()';

export async function runPdfBench(): Promise<BenchRow[]> {
  const a = association(true);
  // Different people and references: glyph sets and words vary as in real use.
  const varied = Array.from({ length: 50 }, (_, i) => attendanceCertificate(i + 1));
  const one = (k: number) => [varied[k % varied.length] ?? attendanceCertificate()];
  const batch = Array.from({ length: BATCH }, (_, i) => varied[i % varied.length] ?? attendanceCertificate());
  const ours = renderAttendanceCertificates(a, batch);
  if (pageCount(ours) !== BATCH) throw new Error(`bench: ${pageCount(ours)} pages instead of ${BATCH}`);

  const rows: BenchRow[] = [];
  rows.push(
    await compare(
      'Attestation, one document (renderer)',
      (k) => renderAttendanceCertificates(a, one(k)),
      (k) => plainPdfkitAttestations(a, one(k)),
      { runs: 60, warmup: 10, floorLabel: PLAIN_PDFKIT },
    ),
  );
  rows.push(
    await compare(
      `${BATCH.toLocaleString('en-US')} attestations in one document (renderer)`,
      () => renderAttendanceCertificates(a, batch),
      () => plainPdfkitAttestations(a, batch),
      { runs: 5, warmup: 0, floorLabel: PLAIN_PDFKIT },
    ),
  );
  const chromium = await openChromium();
  try {
    const html = (k: number) => attestationsHtml(a, one(k));
    rows.push(
      await compare(
        'Attestation, one document (renderer)',
        (k) => renderAttendanceCertificates(a, one(k)),
        (k) => chromium.print(html(k)),
        { runs: 30, warmup: 5, floorLabel: CHROMIUM_PDF, target: ratioAtMost(0.2) },
      ),
    );
    // Chromium takes 5–30 s for 1,000 pages: 200 keep the bench within its minutes.
    const chromiumBatch = batch.slice(0, CHROMIUM_BATCH);
    const batchHtml = attestationsHtml(a, chromiumBatch);
    rows.push(
      await compare(
        `${CHROMIUM_BATCH} attestations in one document (renderer)`,
        () => renderAttendanceCertificates(a, chromiumBatch),
        () => chromium.print(batchHtml),
        { runs: 3, warmup: 0, floorLabel: CHROMIUM_PDF, target: ratioAtMost(0.2) },
      ),
    );
  } finally {
    await chromium.close();
  }
  return rows;
}

if (/pdf-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runPdfBench()
    .then(printRows)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
