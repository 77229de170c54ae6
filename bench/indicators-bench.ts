/**
 * « Tableau de bord » on the data set (10,000 people, 2,000 instances, 30,000 mandates, three
 * years of meetings and attendance), to which this bench adds, on its copy, what the common
 * data set lacks: organisations' postal codes over four departments and 100,000 claim lines on
 * 4,000 claims paid, renounced or waiting over two years, with their reçus fiscaux. The
 * dashboard of a year at the dispatch boundary (target: median ≤ 300 ms), in a scope, and the
 * congé figure apart, each beside the same SQL run directly.
 * Run alone: npx tsx bench/indicators-bench.ts [--large]
 */
import { dispatch } from '../electron/ipc/dispatch';
import { BENCH_TODAY, LARGE, mulberry32, NORMAL, openDataset } from './dataset';
import { atMost, compare, type BenchOptions, type BenchRow } from './measure';
import { printRows } from './print';
import { rawDatabase, recordSql, SQL_FLOOR } from './sql-floor';
import type { ServiceContext } from '../electron/service-context';

const CLAIMS = 4_000;
const LINES_PER_CLAIM = 25;
const KINDS = ['kilometrique', 'repas', 'parking', 'transport', 'peage'] as const;
const POSTAL_CODES = ['35000', '29200', '56100', '22000'] as const;

/** Claims and receipts written in bulk on the bench's copy (the services would take minutes). */
export async function addMoney(ctx: ServiceContext): Promise<void> {
  const raw = await rawDatabase(ctx.db);
  const random = mulberry32(11);
  const at = `${BENCH_TODAY}T09:00:00.000Z`;
  const people = (raw.prepare('select max(id) as n from representative').get() as { n: number }).n;
  const meetings = raw
    .prepare(`select id, date from meeting where date between '2025-01-01' and ? order by id`)
    .all(BENCH_TODAY) as Array<{ id: number; date: string }>;
  raw.transaction(() => {
    const org = raw.prepare('update organisation set postal_code = ? where id = ?');
    const orgs = raw.prepare('select id from organisation').all() as Array<{ id: number }>;
    for (const o of orgs) org.run(POSTAL_CODES[o.id % POSTAL_CODES.length], o.id);
    const claim = raw.prepare(
      `insert into claim (representative_id, number, status, total_cents, paid_on, renounced_on, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const line = raw.prepare(
      `insert into claim_line (claim_id, kind, date, purpose, meeting_id, amount_cents, created_at, updated_at)
       values (?, ?, ?, 'Réunion', ?, ?, ?, ?)`,
    );
    const receipt = raw.prepare(
      `insert into tax_receipt (number, year, seq, representative_id, amount_cents, gift_dates, donor_name, issued_on, issued_at, issued_by)
       values (?, ?, ?, ?, ?, '[]', 'Donateur', ?, ?, 'bench')`,
    );
    let receipts = 0;
    for (let c = 1; c <= CLAIMS; c += 1) {
      const meeting = meetings[Math.floor(random() * meetings.length)] ?? { id: 1, date: '2025-06-01' };
      const r = random();
      const status = r < 0.6 ? 'payee' : r < 0.8 ? 'abandonnee' : 'validee';
      const settled = meeting.date < BENCH_TODAY ? meeting.date : BENCH_TODAY;
      const person = 1 + Math.floor(random() * people);
      let total = 0;
      const amounts = Array.from({ length: LINES_PER_CLAIM }, () => 500 + Math.floor(random() * 5000));
      for (const a of amounts) total += a;
      const id = Number(
        claim.run(
          person,
          `NF-${meeting.date.slice(0, 4)}-${String(c).padStart(4, '0')}`,
          status,
          total,
          status === 'payee' ? settled : null,
          status === 'abandonnee' ? settled : null,
          at,
          at,
        ).lastInsertRowid,
      );
      amounts.forEach((amount, i) =>
        line.run(id, KINDS[i % KINDS.length], meeting.date, i % 5 === 0 ? null : meeting.id, amount, at, at),
      );
      if (status === 'abandonnee') {
        receipts += 1;
        const year = Number(settled.slice(0, 4));
        receipt.run(
          `RF-${year}-${String(receipts).padStart(4, '0')}`,
          year,
          receipts,
          person,
          total,
          settled,
          at,
        );
      }
    }
  })();
  raw.exec('analyze');
}

export async function runIndicatorsBench(options: BenchOptions): Promise<BenchRow[]> {
  const size = options.large ? LARGE : NORMAL;
  const app = await openDataset(size);
  const rows: BenchRow[] = [];
  try {
    const { ctx } = app;
    await addMoney(ctx);
    const year = { kind: 'annee', year: 2025 } as const;
    const people = size.people.toLocaleString('en-US');
    const cases = [
      {
        title: `Dashboard of a year, everything, ${people} people, 100,000 claim lines`,
        scope: { kind: 'tout' },
      },
      { title: 'Dashboard of a year, one department', scope: { kind: 'departement', code: '35' } },
    ] as const;
    for (const c of cases) {
      const input = { period: year, scope: c.scope };
      const call = async () => {
        const answer = await dispatch(ctx, 'indicators:dashboard', input);
        if (!answer.ok) throw new Error(answer.error.message);
      };
      const recorded = await recordSql(call);
      rows.push(
        await compare(`${c.title} (${recorded.count} statements)`, call, recorded.replay, {
          runs: 15,
          warmup: 1,
          floorLabel: SQL_FLOOR,
          target: c.scope.kind === 'tout' ? atMost('median', options.large ? 3000 : 300) : undefined,
        }),
      );
    }
    const conge = async () => {
      const answer = await dispatch(ctx, 'indicators:conge', { period: year, scope: { kind: 'tout' } });
      if (!answer.ok) throw new Error(answer.error.message);
    };
    const congeSql = await recordSql(conge);
    rows.push(
      await compare(
        'Congé figure of a year and the year before, every employed person (its own call)',
        conge,
        congeSql.replay,
        { runs: 5, warmup: 0, floorLabel: SQL_FLOOR },
      ),
    );
  } finally {
    await app.close();
  }
  return rows;
}

// tsx may load this file as ESM, where require.main does not exist: match the script path instead.
if (/indicators-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runIndicatorsBench({ large: process.argv.includes('--large') })
    .then(printRows)
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
