/**
 * The floor of database work: the very SQL statements a service ran, replayed directly with
 * better-sqlite3 (each prepared once, then only bound and stepped). What lies between a figure
 * and this floor is ours: Kysely building and preparing each query, zod, mapping rows, rules, PDF.
 *
 *   const floor = await sqlFloor(() => dispatch(ctx, 'todo:get', {}));   // records one call
 *   await compare('À faire', () => dispatch(ctx, 'todo:get', {}), floor, { floorLabel: SQL_FLOOR });
 *
 * Work that writes is measured inside a savepoint rolled back after each run (`rollbackEachRun`),
 * so that every run starts from the same data: the services' `begin`/`commit` become a nested
 * savepoint meanwhile. The commit's write to the WAL is then not timed, on either side.
 *
 * Both work by wrapping `Database.prototype.prepare` of better-sqlite3 (the one door Kysely's
 * SQLite driver uses), for the bench process only.
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { MeasureOptions } from './measure';

export const SQL_FLOOR = 'same SQL, better-sqlite3';

type Raw = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

interface RecordedStatement {
  db: Raw;
  sql: string;
  args: unknown[];
  reader: boolean;
}

let recording: RecordedStatement[] | null = null;
let nested = false;
let lastDatabase: Raw | null = null;

const originalPrepare = BetterSqlite3.prototype.prepare;

/** Kysely's SQLite driver opens transactions with these three texts. */
function nestedText(source: string): string {
  switch (source) {
    case 'begin':
      return 'savepoint bench_transaction';
    case 'commit':
      return 'release bench_transaction';
    case 'rollback':
      return 'rollback to bench_transaction';
    default:
      return source;
  }
}

function tap(this: Raw, source: string): Statement {
  const text = nested ? nestedText(source) : source;
  const statement: Statement = originalPrepare.call(this, text);
  const db = statement.database;
  lastDatabase = db;
  const into = recording;
  if (!into) return statement;
  const all = statement.all.bind(statement);
  const run = statement.run.bind(statement);
  const get = statement.get.bind(statement);
  statement.all = (...args: unknown[]) => {
    into.push({ db, sql: text, args, reader: true });
    return all(...args);
  };
  statement.get = (...args: unknown[]) => {
    into.push({ db, sql: text, args, reader: true });
    return get(...args);
  };
  statement.run = (...args: unknown[]) => {
    into.push({ db, sql: text, args, reader: false });
    return run(...args);
  };
  return statement;
}
BetterSqlite3.prototype.prepare = tap as Raw['prepare'];

/** The better-sqlite3 handle under a Kysely instance. */
export async function rawDatabase(db: Kysely<Database>): Promise<Raw> {
  lastDatabase = null;
  await sql`select 1`.execute(db);
  if (!lastDatabase) throw new Error('bench: no better-sqlite3 handle under this Kysely instance');
  return lastDatabase;
}

export interface RecordedSql {
  /** Replays on the database it was recorded on, each statement prepared once. */
  replay: () => void;
  /** Replays on another handle (a database opened anew), preparing every statement. */
  replayOn: (raw: Raw) => void;
  count: number;
}

/** Runs `work` once, untimed (between the hooks' before and after), recording its statements. */
export async function recordSql(work: () => unknown, options: MeasureOptions = {}): Promise<RecordedSql> {
  const statements: RecordedStatement[] = [];
  await options.before?.(-1);
  recording = statements;
  try {
    await work();
  } finally {
    recording = null;
  }
  await options.after?.(-1);
  const prepared = new Map<string, Statement>();
  const step = (statement: Statement, s: RecordedStatement) => {
    if (s.reader) statement.all(...s.args);
    else statement.run(...s.args);
  };
  return {
    count: statements.length,
    replay: () => {
      for (const s of statements) {
        let statement = prepared.get(s.sql);
        if (!statement) {
          statement = originalPrepare.call(s.db, s.sql) as Statement;
          prepared.set(s.sql, statement);
        }
        step(statement, s);
      }
    },
    replayOn: (raw) => {
      for (const s of statements) step(originalPrepare.call(raw, s.sql) as Statement, s);
    },
  };
}

/** The replay of what `work` ran, as a floor for `compare`. */
export async function sqlFloor(work: () => unknown, options: MeasureOptions = {}): Promise<() => void> {
  return (await recordSql(work, options)).replay;
}

/**
 * Hooks that open a savepoint before each run and roll it back after, so that writing work
 * (issuing, importing, batching) starts every run from the same data.
 */
export function rollbackEachRun(
  raw: Raw,
  setup?: (k: number) => unknown,
): Required<Pick<MeasureOptions, 'before' | 'after'>> {
  return {
    before: async (k) => {
      raw.exec('savepoint bench_run');
      nested = true;
      await setup?.(k);
    },
    after: () => {
      nested = false;
      raw.exec('rollback to bench_run');
      raw.exec('release bench_run');
    },
  };
}
