/**
 * The register's file and its search: opening a database (with the migration of a version-1 file
 * of the data set's size), and the representatives' search as the renderer requests it, at the
 * dispatch boundary, against the same SQL run directly. Run alone: npx tsx bench/representatives-bench.ts
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenDatabase } from '../db/connection';
import { searchTextOf } from '../db/register/representatives';
import { dispatch } from '../electron/ipc/dispatch';
import { LARGE, NORMAL, openDataset } from './dataset';
import { atMost, compare, type BenchOptions, type BenchRow } from './measure';
import { printRows } from './print';
import { rawDatabase, recordSql, SQL_FLOOR, sqlFloor } from './sql-floor';

/** A version-1 file (before every later migration) holding `count` people. */
async function versionOneFile(file: string, count: number): Promise<void> {
  const seeded = await openDatabase(file, { upTo: 1 });
  const raw = await rawDatabase(seeded.db);
  const at = '2026-11-20T09:00:00.000Z';
  const insert = raw.prepare(
    `insert into representative (civility, last_name, first_name, email, postal_code, city, employed, employer,
       search_text, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  raw.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const lastName = `Guérin-${i}`;
      const employed = i % 5 < 2;
      insert.run(
        i % 2 ? 'M.' : 'Mme',
        lastName,
        'Hélène',
        `p${i}@exemple.fr`,
        '35000',
        'Rennes',
        employed ? 1 : 0,
        employed ? 'Employeur SA' : null,
        searchTextOf({
          lastName,
          firstName: 'Hélène',
          city: 'Rennes',
          originAssociation: null,
          email: `p${i}@exemple.fr`,
          postalCode: '35000',
        }),
        at,
        at,
      );
    }
  })();
  await seeded.close();
}

/** Opening, with or without migrations to run, against raw better-sqlite3 running the same statements. */
async function openingRows(people: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-open-bench-'));
  const v1 = path.join(dir, 'v1.sqlite');
  const latest = path.join(dir, 'latest.sqlite');
  const work = path.join(dir, 'work.sqlite');
  try {
    await versionOneFile(v1, people);
    copyFileSync(v1, latest);
    await (await openDatabase(latest)).close();
    const rows: BenchRow[] = [];
    for (const [name, source] of [
      [`Open + migrate v1 → latest (${people.toLocaleString('en-US')} people)`, v1],
      ['Open an up-to-date database', latest],
    ] as const) {
      let opened: OpenDatabase | null = null;
      let raw: BetterSqlite3.Database | null = null;
      const hooks = {
        before: () => {
          for (const suffix of ['-wal', '-shm']) rmSync(`${work}${suffix}`, { force: true });
          copyFileSync(source, work);
        },
        after: async () => {
          await opened?.close();
          raw?.close();
          opened = null;
          raw = null;
        },
      };
      const recorded = await recordSql(async () => {
        opened = await openDatabase(work);
      }, hooks);
      // The floor opens the file with the same settings and replays the statements.
      const floor = () => {
        raw = new BetterSqlite3(work);
        raw.pragma('journal_mode = WAL');
        raw.pragma('foreign_keys = ON');
        raw.pragma('busy_timeout = 5000');
        raw.pragma('synchronous = NORMAL');
        recorded.replayOn(raw);
      };
      rows.push(
        await compare(
          name,
          async () => {
            opened = await openDatabase(work);
          },
          floor,
          { runs: 7, warmup: 1, floorLabel: SQL_FLOOR, ...hooks },
        ),
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const searches = ['', 'gue', 'rennes', 'helene', 'alzheimer 35', 'le goff', 'dubois-martin12', 'zzz'];

export async function runRepresentativesBench(options: BenchOptions): Promise<BenchRow[]> {
  const size = options.large ? LARGE : NORMAL;
  const rows = await openingRows(size.people);
  const app = await openDataset(size);
  try {
    const { ctx } = app;
    await rawDatabase(ctx.db);
    const request = (k: number) => ({
      search: searches[k % searches.length] ?? '',
      status: 'actifs' as const,
    });
    const floors: Array<() => void> = [];
    for (let i = 0; i < searches.length; i += 1)
      floors.push(await sqlFloor(() => dispatch(ctx, 'representatives:list', request(i))));
    const people = size.people.toLocaleString('en-US');
    rows.push(
      await compare(
        `Representative search at the dispatch boundary, ${people} people (8 queries in turn)`,
        (k) => dispatch(ctx, 'representatives:list', request(k)),
        (k) => floors[k % floors.length]?.(),
        { runs: 80, warmup: 8, floorLabel: SQL_FLOOR, target: atMost('p95', options.large ? 10 : 20) },
      ),
    );
    return rows;
  } finally {
    await app.close();
  }
}

if (/representatives-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  void runRepresentativesBench({ large: process.argv.includes('--large') }).then(printRows);
}
