import { openDatabase, type OpenDatabase } from '../../db/connection';
import type { ServiceContext } from '../../electron/service-context';

export interface TestApp {
  ctx: ServiceContext;
  database: OpenDatabase;
  /** Moves the clock: services read the date from ctx.now(). */
  setNow: (iso: string) => void;
  close: () => Promise<void>;
}

/** A fresh, fully migrated in-memory database and a services context with a controllable clock. */
export async function createTestApp(nowIso = '2026-11-22T10:00:00.000Z'): Promise<TestApp> {
  const database = await openDatabase(':memory:');
  let now = new Date(nowIso);
  const ctx: ServiceContext = {
    db: database.db,
    now: () => now,
    actor: 'test',
    databaseFile: ':memory:',
    mode: 'navigateur',
    appVersion: 'test',
    filesDir: null,
  };
  return {
    ctx,
    database,
    setNow: (iso) => {
      now = new Date(iso);
    },
    close: () => database.close(),
  };
}
