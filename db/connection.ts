/**
 * Opening the database: the only place with SQLite-specific settings. Everything else goes
 * through Kysely's query builder so that a PostgreSQL dialect can replace this file later.
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect, sql } from 'kysely';
import {
  applyKey,
  checkKey,
  DatabaseLockedError,
  isEncrypted,
  removeLeftoverCopy,
  type DatabaseKey,
} from './cipher';
import { latestSchemaVersion, migrations, type Migration } from './migrations';
import type { Database } from './schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  file: string;
  /** The connection under Kysely, for db/cipher.ts's copies (db/ only). */
  sqlite: BetterSqlite3.Database;
  /** The key of an encrypted file (db/cipher.ts); null for a plain one. */
  key: DatabaseKey | null;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** Stops after this version; migration tests use it to build an older database. */
  upTo?: number;
  migrationList?: readonly Migration[];
  /** The key of an encrypted file (db/cipher.ts); without it an encrypted file is refused, untouched. */
  key?: DatabaseKey | null;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const encrypted = isEncrypted(file);
  if (encrypted && !options.key) throw new DatabaseLockedError();
  removeLeftoverCopy(file);
  const sqlite = new BetterSqlite3(file);
  try {
    // The key is checked on the first page before any pragma may write (WAL switch, migrations).
    if (encrypted && options.key) {
      applyKey(sqlite, options.key);
      checkKey(sqlite);
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrate(db, options.migrationList ?? migrations, options.upTo);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const key = encrypted ? (options.key ?? null) : null;
  return { db, file, sqlite, key, close: () => db.destroy() };
}

export async function currentSchemaVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('schema_version')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

/** The file was written by a later version of the application: opening it could lose data. */
export class DatabaseTooNewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Kysely's own migrator does not wrap SQLite migrations in a transaction, and records the
 * migration outside of it. Here each migration and its version row commit together, so a crash
 * leaves the database at the previous version, never half-migrated.
 */
async function migrate(db: Kysely<Database>, list: readonly Migration[], upTo?: number): Promise<void> {
  await sql`create table if not exists schema_version (version integer primary key, name text not null, applied_at text not null)`.execute(
    db,
  );
  const current = await currentSchemaVersion(db);
  const known = list.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > Math.max(known, latestSchemaVersion)) {
    throw new DatabaseTooNewError(
      `Ce fichier de données a été créé par une version plus récente de Porte-voix (schéma ${current}, ` +
        `cette version connaît le schéma ${known}). Installez la dernière version de Porte-voix pour l'ouvrir.`,
    );
  }
  const pending = [...list]
    .filter((m) => m.version > current && (upTo === undefined || m.version <= upTo))
    .sort((a, b) => a.version - b.version);
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
