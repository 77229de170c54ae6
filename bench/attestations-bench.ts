/**
 * Attestations through the service, on the data set: numbering (next number of the year, in
 * the transaction), the record and the audit line, the PDF — at the dispatch boundary, a new
 * person and meeting on every run —, against plain pdfkit and Chromium drawing the same number
 * of attestations. Run alone: npx tsx bench/attestations-bench.ts [--large]
 */
import { sql } from 'kysely';
import { requiredAssociationIdentity as associationIdentity } from '../electron/association/identity';
import { dispatch } from '../electron/ipc/dispatch';
import { attendanceCertificate } from '../test/documents/fixtures';
import { BENCH_TODAY, LARGE, NORMAL, openDataset } from './dataset';
import { compare, ratioAtMost, type BenchOptions, type BenchRow } from './measure';
import { CHROMIUM_PDF, PLAIN_PDFKIT } from './pdf-bench';
import { printRows } from './print';
import { attestationsHtml, openChromium, plainPdfkitAttestations } from './reference-documents';

const MEETING_SIZE = 5;

async function ok(call: Promise<{ ok: boolean; error?: { message: string } }>): Promise<void> {
  const result = await call;
  if (!result.ok) throw new Error(`bench: ${result.error?.message ?? 'refusé'}`);
}

export async function runAttestationsBench(options: BenchOptions): Promise<BenchRow[]> {
  const app = await openDataset(options.large ? LARGE : NORMAL);
  const chromium = await openChromium();
  try {
    const { ctx } = app;
    // People present at meetings already held, spread over the data set: each run issues anew.
    const pairs = (
      await sql<{ meetingId: number; representativeId: number }>`
        select a.meeting_id as meetingId, a.representative_id as representativeId
        from attendance a join meeting m on m.id = a.meeting_id
        where a.status in ('present', 'distance') and m.date <= ${BENCH_TODAY} and a.id % 97 = 0
        order by a.id limit 400`.execute(ctx.db)
    ).rows;
    const meetings = (
      await sql<{ id: number }>`
        select m.id from meeting m join attendance a on a.meeting_id = m.id
        where m.date <= ${BENCH_TODAY} and m.id % 7 = 0 and a.status in ('present', 'distance')
        group by m.id having count(*) = ${MEETING_SIZE} order by m.id limit 200`.execute(ctx.db)
    ).rows;
    const association = await associationIdentity(ctx.db);
    const certificates = Array.from({ length: 50 }, (_, i) => attendanceCertificate(i + 1));
    const some = (k: number, n: number) =>
      Array.from(
        { length: n },
        (_, i) => certificates[(k * n + i) % certificates.length] ?? attendanceCertificate(),
      );
    let pair = 0;
    const issue = () =>
      ok(
        dispatch(
          ctx,
          'attestations:issue',
          pairs[pair++ % pairs.length] ?? { meetingId: 1, representativeId: 1 },
        ),
      );

    const rows: BenchRow[] = [];
    rows.push(
      await compare(
        'Attestation issued through the service (number, record, audit, PDF)',
        issue,
        (k) => plainPdfkitAttestations(association, some(k, 1)),
        { runs: 30, warmup: 3, floorLabel: PLAIN_PDFKIT, budgetMs: 8000 },
      ),
    );
    rows.push(
      await compare(
        'Attestation issued through the service (number, record, audit, PDF)',
        issue,
        (k) => chromium.print(attestationsHtml(association, some(k, 1))),
        { runs: 30, warmup: 3, floorLabel: CHROMIUM_PDF, target: ratioAtMost(0.2), budgetMs: 8000 },
      ),
    );
    let meeting = 0;
    rows.push(
      await compare(
        `Attestations of a meeting through the service (${MEETING_SIZE} issued, one document)`,
        () =>
          ok(
            dispatch(ctx, 'attestations:ofMeetingPdf', {
              id: meetings[meeting++ % meetings.length]?.id ?? 1,
            }),
          ),
        (k) => plainPdfkitAttestations(association, some(k, MEETING_SIZE)),
        { runs: 20, warmup: 2, floorLabel: PLAIN_PDFKIT, budgetMs: 8000 },
      ),
    );
    const issued = (
      await sql<{ id: number }>`select id from attestation order by id limit 50`.execute(ctx.db)
    ).rows;
    rows.push(
      await compare(
        'Attestation reprinted through the service',
        (k) => ok(dispatch(ctx, 'attestations:reprint', { id: issued[k % issued.length]?.id ?? 1 })),
        (k) => plainPdfkitAttestations(association, some(k, 1)),
        { runs: 30, warmup: 3, floorLabel: PLAIN_PDFKIT, budgetMs: 8000 },
      ),
    );
    return rows;
  } finally {
    await chromium.close();
    await app.close();
  }
}

if (/attestations-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  void runAttestationsBench({ large: process.argv.includes('--large') }).then(printRows);
}
