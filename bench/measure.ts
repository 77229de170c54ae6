/**
 * How every figure of `npm run bench` is measured: medians of repeated runs, the subject and its
 * floor run side by side in one run, and the ratio between their medians.
 *
 * The API (the bench files use only this, and bench/sql-floor.ts for database floors):
 *
 *   const stats = await measure((k) => work(k), { runs: 20, warmup: 3 });
 *     // → { median, p95, min, runs, cpuMedian } in milliseconds; k counts the calls (warm-ups first),
 *     //   so that a subject can take a new input on each call (another meeting, another person).
 *
 *   const row = await compare('Representative search, 10,000 people', subject, floor, {
 *     runs: 40, warmup: 5, floorLabel: 'same SQL, better-sqlite3', target: atMost('p95', 20),
 *     before: (k) => …, after: (k) => …,   // untimed, around every timed call of either side
 *     budgetMs: 10_000,                     // stop early (after 3 runs at least) once spent
 *   });
 *     // Warms both up, then alternates them (S F, F S, S F…) so that both see the same machine
 *     // load; row.ratio = median(subject) / median(floor): 1.5 means 50 % above the floor.
 *
 *   const row = single('Mileage rule, 100,000 lines', await measure(fn), { target: atMost('median', 1000) });
 *     // A figure with no floor (pure computation): printed with « — » in the floor columns.
 *
 * A full garbage collection runs (untimed) before every timed call. Database floors come from
 * bench/sql-floor.ts (`sqlFloor`, `recordSql`, `rollbackEachRun` for work that writes); documents'
 * from bench/reference-documents.ts (plain pdfkit, Chromium); the data sets from bench/dataset.ts
 * (`openDataset(options.large ? LARGE : NORMAL)`).
 *
 * Rows are `BenchRow`s; bench/run.ts prints them as one table (measure, median, p95, floor, ratio,
 * target) and as markdown for the README. Bench files export `async (options: BenchOptions) => BenchRow[]`.
 */

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Stats {
  /** Milliseconds of wall time. */
  median: number;
  p95: number;
  min: number;
  runs: number;
  /** Median processor time of this process: steadier than wall time on a shared machine. */
  cpuMedian: number;
}

export interface Target {
  /** As printed, e.g. « p95 ≤ 20 ms ». */
  text: string;
  met: (row: BenchRow) => boolean;
}

export interface BenchRow {
  name: string;
  subject: Stats;
  floor: Stats | null;
  /** What the floor is: « same SQL, better-sqlite3 », « Chromium page.pdf() »… */
  floorLabel: string;
  /** median(subject) / median(floor); null without a floor. */
  ratio: number | null;
  target: Target | null;
}

export interface BenchOptions {
  /** The 10× data set (npm run bench -- --large). */
  large: boolean;
}

export type Timed = (k: number) => unknown;

export interface MeasureOptions {
  runs?: number;
  warmup?: number;
  /**
   * Stop before `runs` once this much time (ms, warm-ups excluded) has gone, after 3 runs at least:
   * a slow measure then keeps the whole bench within its minutes. Default 10 s.
   */
  budgetMs?: number;
  /** Untimed, before each timed call (warm-ups included). */
  before?: (k: number) => unknown;
  /** Untimed, after each timed call (warm-ups included). */
  after?: (k: number) => unknown;
}

export interface CompareOptions extends MeasureOptions {
  floorLabel: string;
  target?: Target;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function statsOf(wall: number[], cpu: number[]): Stats {
  const w = [...wall].sort((a, b) => a - b);
  const c = [...cpu].sort((a, b) => a - b);
  return {
    median: percentile(w, 50),
    p95: percentile(w, 95),
    min: w[0] ?? Number.NaN,
    runs: w.length,
    cpuMedian: percentile(c, 50),
  };
}

/** One side of a measure: its own call counter and samples. */
class Side {
  private calls = 0;
  readonly wall: number[] = [];
  readonly cpu: number[] = [];
  constructor(
    private readonly fn: Timed,
    private readonly options: MeasureOptions,
  ) {}

  async call(record: boolean): Promise<void> {
    const k = this.calls;
    this.calls += 1;
    await this.options.before?.(k);
    collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await this.fn(k);
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpuStart);
    await this.options.after?.(k);
    if (record) {
      this.wall.push(wall);
      this.cpu.push((used.user + used.system) / 1000);
    }
  }
}

/**
 * A full collection before each timed call (untimed): otherwise the garbage of one side (plain
 * pdfkit's font parsing, Chromium's buffers) is collected during the other side's run.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const MIN_RUNS = 3;
const overBudget = (done: number, start: number, options: MeasureOptions): boolean =>
  done >= MIN_RUNS && Date.now() - start > (options.budgetMs ?? 10_000);

export async function measure(fn: Timed, options: MeasureOptions = {}): Promise<Stats> {
  const side = new Side(fn, options);
  for (let i = 0; i < (options.warmup ?? 2); i += 1) await side.call(false);
  const start = Date.now();
  for (let i = 0; i < (options.runs ?? 10) && !overBudget(i, start, options); i += 1) await side.call(true);
  return statsOf(side.wall, side.cpu);
}

export async function compare(
  name: string,
  subject: Timed,
  floor: Timed,
  options: CompareOptions,
): Promise<BenchRow> {
  const s = new Side(subject, options);
  const f = new Side(floor, options);
  for (let i = 0; i < (options.warmup ?? 2); i += 1) {
    await s.call(false);
    await f.call(false);
  }
  // Alternating the order cancels what the first of a pair pays for the second (caches, GC debt).
  const start = Date.now();
  for (let i = 0; i < (options.runs ?? 10) && !overBudget(i, start, options); i += 1) {
    const [first, second] = i % 2 === 0 ? [s, f] : [f, s];
    await first.call(true);
    await second.call(true);
  }
  const subjectStats = statsOf(s.wall, s.cpu);
  const floorStats = statsOf(f.wall, f.cpu);
  return {
    name,
    subject: subjectStats,
    floor: floorStats,
    floorLabel: options.floorLabel,
    ratio: subjectStats.median / floorStats.median,
    target: options.target ?? null,
  };
}

export function single(name: string, stats: Stats, options: { target?: Target } = {}): BenchRow {
  return { name, subject: stats, floor: null, floorLabel: '', ratio: null, target: options.target ?? null };
}

/** A time limit on the subject's median or p95. */
export function atMost(stat: 'median' | 'p95', limitMs: number): Target {
  return {
    text: `${stat} ≤ ${limitMs.toLocaleString('en-US')} ms`,
    met: (row) => row.subject[stat] <= limitMs,
  };
}

/** A limit on the ratio to the floor (below 1: faster than the floor, e.g. Chromium). */
export function ratioAtMost(limit: number): Target {
  return { text: `ratio ≤ ${formatRatio(limit)}`, met: (row) => row.ratio !== null && row.ratio <= limit };
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms).toLocaleString('en-US')} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatRatio(ratio: number): string {
  if (ratio >= 10) return `${ratio.toFixed(0)}×`;
  if (ratio >= 0.095) return `${ratio.toFixed(2)}×`;
  return `${ratio.toFixed(3)}×`;
}
