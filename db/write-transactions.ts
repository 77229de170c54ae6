/**
 * Kysely's SQLite dialect with two changes to its transactions, both about a second process on
 * the same file (the browser mode beside the desktop app, a backup):
 *
 * - `BEGIN IMMEDIATE`: a transaction takes the write lock when it starts, waiting for it up to
 *   the busy timeout. A plain `BEGIN` reads first and asks for the lock at its first write; if
 *   the other process committed in between, SQLite cannot wait and fails at once with
 *   « database is locked ». Read-only transactions (`setAccessMode('read only')`) stay deferred.
 * - No `ROLLBACK` when SQLite has already rolled back by itself (a full disk, an I/O error):
 *   that second statement would fail with « cannot rollback » and hide the real cause.
 */
import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type TransactionSettings,
} from 'kysely';

class WriteLockingDriver extends SqliteDriver {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override async beginTransaction(
    connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    const begin = settings?.accessMode === 'read only' ? 'begin deferred' : 'begin immediate';
    await connection.executeQuery(CompiledQuery.raw(begin));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

export class WriteLockingSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new WriteLockingDriver(this.sqlite);
  }
}
