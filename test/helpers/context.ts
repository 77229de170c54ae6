import { openDatabase, type OpenDatabase } from '../../db/connection';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Outbox } from '../../electron/files/outbox';
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
  // Produced files go where the app puts them, on the same controllable clock.
  const outbox = new Outbox({
    dir: path.join(os.tmpdir(), `pv-test-outbox-${randomBytes(6).toString('hex')}`),
    now: () => now.getTime(),
  });
  const ctx: ServiceContext = {
    db: database.db,
    now: () => now,
    actor: 'test',
    databaseFile: ':memory:',
    mode: 'navigateur',
    appVersion: 'test',
    filesDir: null,
    outbox,
  };
  return {
    ctx,
    database,
    setNow: (iso) => {
      now = new Date(iso);
    },
    close: async () => {
      outbox.dispose();
      await database.close();
    },
  };
}
