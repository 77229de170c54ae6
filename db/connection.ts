/**
 * Opening the database: the only place with SQLite-specific settings. Everything else goes
 * through Kysely's query builder so that a PostgreSQL dialect can replace this file later.
 */
import { renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, sql } from 'kysely';
import {
  applyKey,
  checkKey,
  DatabaseLockedError,
  isEncrypted,
  removeLeftoverCopy,
  snapshotInto,
  type DatabaseKey,
} from './cipher';
import { DatabaseFileError, inspectDataFile, translateOpenError } from './data-file';
import { latestSchemaVersion, migrations, type Migration } from './migrations';
import type { Database } from './schema';
import { WriteLockingSqliteDialect } from './write-transactions';

/** Pages copied per step of an online backup (4 KiB each): a few milliseconds of work between two turns. */
const SNAPSHOT_PAGES_PER_STEP = 256;

/** A database that can copy itself, consistently, while it stays open and in use. */
export interface SnapshotSource {
  db: Kysely<Database>;
  /**
   * SQLite's online backup into `target` (a new file): a consistent copy even while this
   * connection writes, taken in steps with the event loop free between them.
   */
  snapshot: (target: string, onProgress?: (copiedPages: number, totalPages: number) => void) => Promise<void>;
}

export interface OpenDatabase extends SnapshotSource {
  file: string;
  /** The connection under Kysely, for db/cipher.ts's copies (db/ only). */
  sqlite: BetterSqlite3.Database;
  /** The key of an encrypted file (db/cipher.ts); null for a plain one. */
  key: DatabaseKey | null;
  close: () => Promise<void>;
}

/** What is about to change when pending migrations run on an existing file. */
export interface PendingMigrations {
  from: number;
  to: number;
  source: SnapshotSource;
}

export interface OpenOptions {
  /** Stops after this version; migration tests use it to build an older database. */
  upTo?: number;
  migrationList?: readonly Migration[];
  /**
   * Runs before migrations change an existing database (not a new one): the application backs
   * the file up there. If it throws, nothing is migrated and the opening fails with its error.
   */
  beforeMigrations?: (pending: PendingMigrations) => Promise<void>;
  /** The key of an encrypted file (db/cipher.ts); without it an encrypted file is refused, untouched. */
  key?: DatabaseKey | null;
}

/** How long a write waits for another process's transaction on the same file before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  if (file !== ':memory:') removeLeftoverCopy(file);
  if (file !== ':memory:' && !inspectDataFile(file)) await createDatabaseFile(file, options);
  return openConnection(file, options);
}

/**
 * The one place a SQLite file is opened, with its settings: the application's database, its
 * backup snapshots and a restored copy under verification all go through here, so that a key
 * (encryption at rest) set here applies to each of them. Nothing is written before the schema
 * version is known: a file from a newer Porte-voix leaves as it came.
 */
export function openSqlite(
  file: string,
  options: { mustExist?: boolean; migrationList?: readonly Migration[]; key?: DatabaseKey | null } = {},
): BetterSqlite3.Database {
  const encrypted = file !== ':memory:' && isEncrypted(file);
  if (encrypted && !options.key) throw new DatabaseLockedError();
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, {
      fileMustExist: (options.mustExist ?? true) && file !== ':memory:',
      timeout: BUSY_TIMEOUT_MS,
    });
  } catch (error) {
    throw translateOpenError(error, file);
  }
  try {
    // The key is checked on the first page before anything may write (WAL switch, migrations).
    if (encrypted && options.key) {
      applyKey(sqlite, options.key);
      checkKey(sqlite);
    }
    sqlite.pragma('foreign_keys = ON');
    refuseNewerSchema(readSchemaVersion(sqlite), options.migrationList ?? migrations);
    sqlite.pragma('journal_mode = WAL');
    // FULL: in WAL mode each commit is on the disk before it is acknowledged, so a power cut
    // loses no money record the user saw saved (NORMAL could lose the last ones). fullfsync
    // asks macOS to flush the drive's own cache too; elsewhere it changes nothing.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('fullfsync = ON');
  } catch (error) {
    sqlite.close();
    throw translateOpenError(error, file);
  }
  return sqlite;
}

async function openConnection(file: string, options: OpenOptions, mustExist = true): Promise<OpenDatabase> {
  const sqlite = openSqlite(file, { mustExist, migrationList: options.migrationList, key: options.key });
  const key = file !== ':memory:' && isEncrypted(file) ? (options.key ?? null) : null;
  const db = new Kysely<Database>({ dialect: new WriteLockingSqliteDialect(sqlite) });
  const snapshot: SnapshotSource['snapshot'] = async (target, onProgress) => {
    // An encrypted database is copied encrypted with its key (SQLite's backup would refuse it).
    if (key) {
      snapshotInto(sqlite, target);
      onProgress?.(1, 1);
      return;
    }
    await sqlite.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        return SNAPSHOT_PAGES_PER_STEP;
      },
    });
  };
  try {
    await migrate(db, options.migrationList ?? migrations, options.upTo, async (from, to) => {
      await options.beforeMigrations?.({ from, to, source: { db, snapshot } });
    });
  } catch (error) {
    await db.destroy();
    throw translateOpenError(error, file);
  }
  return { db, file, sqlite, key, snapshot, close: () => db.destroy() };
}

/**
 * A new database is built beside its final name and appears there migrated, in one rename: a
 * crash while creating it never leaves an empty file that would later pass for lost data.
 */
async function createDatabaseFile(file: string, options: OpenOptions): Promise<void> {
  const building = `${file}.creation-${process.pid}`;
  rmSync(building, { force: true });
  try {
    const created = await openConnection(building, options, false);
    await created.close();
    renameSync(building, file);
  } catch (error) {
    for (const leftover of [building, `${building}-wal`, `${building}-shm`])
      rmSync(leftover, { force: true });
    throw error;
  }
}

/** The schema version a file records, read without creating or changing anything (0 when new). */
function readSchemaVersion(sqlite: BetterSqlite3.Database): number {
  const table = sqlite
    .prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'schema_version'")
    .get() as { n: number };
  if (table.n === 0) return 0;
  const row = sqlite.prepare('select max(version) as v from schema_version').get() as { v: number | null };
  return Number(row.v ?? 0);
}

function refuseNewerSchema(current: number, list: readonly Migration[]): void {
  const known = list.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > Math.max(known, latestSchemaVersion)) {
    throw new DatabaseTooNewError(
      `Ce fichier de données a été créé par une version plus récente de Porte-voix (schéma ${current}, ` +
        `cette version connaît le schéma ${known}). Porte-voix ne l’a pas modifié : installez la dernière ` +
        `version de Porte-voix pour l’ouvrir.`,
    );
  }
}

export async function currentSchemaVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('schema_version')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

/** The file was written by a later version of the application: opening it could lose data. */
export class DatabaseTooNewError extends DatabaseFileError {
  constructor(message: string) {
    super('too-new', message);
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Kysely's own migrator does not wrap SQLite migrations in a transaction, and records the
 * migration outside of it. Here each migration and its version row commit together, so a crash
 * leaves the database at the previous version, never half-migrated.
 */
async function migrate(
  db: Kysely<Database>,
  list: readonly Migration[],
  upTo: number | undefined,
  beforeChange: (from: number, to: number) => Promise<void>,
): Promise<void> {
  await sql`create table if not exists schema_version (version integer primary key, name text not null, applied_at text not null)`.execute(
    db,
  );
  const current = await currentSchemaVersion(db);
  const pending = [...list]
    .filter((m) => m.version > current && (upTo === undefined || m.version <= upTo))
    .sort((a, b) => a.version - b.version);
  const last = pending.at(-1);
  // A new file (version 0) holds nothing to keep.
  if (last && current > 0) await beforeChange(current, last.version);
  for (const migration of pending) {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx);
      await trx
        .insertInto('schema_version')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
    });
  }
}
