/**
 * Scale without cliffs (issue 9, points 8–10): the representatives search per keystroke, « À faire »
 * and the instances list on 10,000 and 100,000 people (40 % employed, ten years of mandates, three
 * years of meetings and attendance), each timed at the dispatch boundary as the renderer asks, and
 * beside it its floor: the very SQL statements that request ran, replayed directly through
 * better-sqlite3. The ratio says what the layers above SQLite cost.
 * Self-contained (its own timing helpers). Run: npx tsx bench/scale-bench.ts [--large-only|--small-only]
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { openApp } from '../electron/app-context';
import { dispatch } from '../electron/ipc/dispatch';
import { localTodayIso } from '../shared/rules/dates';
import { seedScaleSet, type ScaleSet } from './scale-seed';

export interface ScaleRow {
  mesure: string;
  médiane: string;
  p95: string;
  plancher: string;
  ratio: string;
  cible: string;
}

interface Recorded {
  sql: string;
  args: unknown[];
}

// Every statement Kysely prepares goes through better-sqlite3's prepare: recording its text and
// parameters while one request runs gives the exact SQL to replay as the floor.
let recording: Recorded[] | null = null;
const proto = BetterSqlite3.prototype as unknown as {
  prepare: (this: unknown, source: string) => { all: (...a: unknown[]) => unknown };
};
const originalPrepare = proto.prepare;
proto.prepare = function prepare(source: string) {
  const statement = originalPrepare.call(this, source);
  const log = recording;
  if (log !== null) {
    const all = statement.all.bind(statement);
    statement.all = (...args: unknown[]) => {
      log.push({ sql: source, args });
      return all(...args);
    };
  }
  return statement;
};

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
function quantile(values: number[], p: number): number {
  const s = sorted(values);
  return s[Math.max(0, Math.min(s.length - 1, Math.ceil(p * s.length) - 1))] ?? Number.NaN;
}
const ms = (v: number) => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(1)} ms`);
const now = () => Number(process.hrtime.bigint()) / 1e6;

type Ctx = Awaited<ReturnType<typeof openApp>>['ctx'];
type Request = { channel: string; input: unknown };

async function call(ctx: Ctx, request: Request): Promise<unknown> {
  const result = await dispatch(ctx, request.channel as 'todo:get', request.input as never);
  if (!result.ok) throw new Error(`${request.channel}: ${result.error.message}`);
  return result.value;
}

/**
 * Times each request `rounds` times through dispatch, and its recorded SQL replayed directly on a
 * second connection, alternately, so that both see the same load on the machine.
 */
async function measure(
  ctx: Ctx,
  raw: BetterSqlite3.Database,
  requests: Request[],
  rounds: number,
): Promise<{ times: number[]; floors: number[] }> {
  const statements = new Map<Request, Recorded[]>();
  for (const request of requests) {
    recording = [];
    await call(ctx, request);
    statements.set(request, recording);
    recording = null;
  }
  const times: number[] = [];
  const floors: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const request of requests) {
      const start = now();
      await call(ctx, request);
      times.push(now() - start);
      const floorStart = now();
      for (const s of statements.get(request) ?? []) raw.prepare(s.sql).all(...(s.args as unknown[]));
      floors.push(now() - floorStart);
    }
  }
  return { times, floors };
}

function row(name: string, m: { times: number[]; floors: number[] }, target = ''): ScaleRow {
  const median = quantile(m.times, 0.5);
  const floor = quantile(m.floors, 0.5);
  return {
    mesure: name,
    médiane: ms(median),
    p95: ms(quantile(m.times, 0.95)),
    plancher: ms(floor),
    ratio: `× ${(median / floor).toFixed(1)}`,
    cible: target,
  };
}

/** What a person types in the search box, one request per keystroke (after the debounce). */
function keystrokes(): Request[] {
  const words = ['dubois', 'helene', 'rennes', 'le goff', 'alzheimer 35', 'kerjean4217', 'p1234@', 'zzz'];
  const requests: Request[] = [{ channel: 'representatives:list', input: { search: '' } }];
  for (const word of words) {
    for (let n = 1; n <= word.length; n += 1) {
      requests.push({
        channel: 'representatives:list',
        input: { search: word.slice(0, n), status: 'actifs' },
      });
    }
  }
  return requests;
}

export async function runScaleBench(
  sizes: readonly number[] = [10_000, 100_000],
): Promise<{ sets: Array<ScaleSet & { migrateMs: number }>; rows: ScaleRow[] }> {
  const rows: ScaleRow[] = [];
  const sets: Array<ScaleSet & { migrateMs: number }> = [];
  const today = localTodayIso(new Date());
  const instancesList: Record<number, { median: number; floor: number }> = {};
  for (const people of sizes) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-scale-bench-'));
    const file = path.join(dir, 'bench.sqlite');
    try {
      // Seeded at schema 5, so that opening below times the migrations added since on a full base.
      await (await openDatabase(file, { upTo: 5 })).close();
      const set = seedScaleSet(file, people, today);
      const openStart = now();
      const { ctx, database } = await openApp(file, 'navigateur');
      sets.push({ ...set, migrateMs: now() - openStart });
      const raw = new BetterSqlite3(file, { readonly: true });
      const label = `${people.toLocaleString('fr-FR')} pers.`;
      try {
        const search = await measure(ctx, raw, keystrokes(), people > 20_000 ? 5 : 10);
        rows.push(row(`Recherche, une frappe (${label})`, search, '≤ 10 ms (p95)'));
        // The exact count a page capped at « plus de 1 000 » asks for afterwards (once per search).
        const counts = await measure(
          ctx,
          raw,
          ['', 'd', 'le', 'rennes'].map((search) => ({
            channel: 'representatives:count',
            input: { search },
          })),
          5,
        );
        rows.push(row(`Comptage exact demandé après coup (${label})`, counts));
        const todo = await measure(ctx, raw, [{ channel: 'todo:get', input: {} }], 15);
        rows.push(row(`« À faire » (${label})`, todo, people > 20_000 ? '≤ 300 ms (p95)' : '≤ 100 ms (p95)'));
        const list = await measure(ctx, raw, [{ channel: 'instances:list', input: { search: '' } }], 15);
        rows.push(row(`Liste des instances (${set.instances.toLocaleString('fr-FR')} instances)`, list));
        instancesList[people] = { median: quantile(list.times, 0.5), floor: quantile(list.floors, 0.5) };
      } finally {
        raw.close();
        await database.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [small, large] = sizes;
  const a = small === undefined ? undefined : instancesList[small];
  const b = large === undefined ? undefined : instancesList[large];
  if (a && b) {
    rows.push({
      mesure: 'Liste des instances : croissance pour × 10 instances (médianes)',
      médiane: `× ${(b.median / a.median).toFixed(1)}`,
      p95: '',
      plancher: `× ${(b.floor / a.floor).toFixed(1)}`,
      ratio: '',
      cible: '≈ × 10 ou moins',
    });
  }
  return { sets, rows };
}

if (process.argv[1]?.endsWith('scale-bench.ts')) {
  const sizes = process.argv.includes('--small-only')
    ? [10_000]
    : process.argv.includes('--large-only')
      ? [100_000]
      : [10_000, 100_000];
  void runScaleBench(sizes).then(({ sets, rows }) => {
    console.table(sets);
    console.table(rows);
  });
}
