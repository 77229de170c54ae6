/** An application on a real file with a few people and two attachments, and a dump of every table. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openApp, type OpenedApp } from '../../../electron/app-context';
import { storeFile } from '../../../electron/association/stored-files';
import type { DatabaseKey } from '../../../db/cipher';
import { person } from '../register/fixtures';

export const PASSPHRASE = 'girafe tambour lundi escalier';
export const PDF = Buffer.from('%PDF-1.4\n% reçu de parking\n%%EOF\n', 'latin1');
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('une image de test'),
]);

export interface FileApp {
  dir: string;
  file: string;
  opened: OpenedApp;
  hashes: string[];
  cleanup: () => Promise<void>;
}

export async function fileApp(): Promise<FileApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-cipher-'));
  const file = path.join(dir, 'porte-voix.sqlite');
  const opened = await openApp(file, 'navigateur');
  const { ctx } = opened;
  ctx.actor = 'test';
  for (const name of ['Martin', 'Bernard', 'Lefèvre']) await person(ctx, name);
  const hashes = await ctx.db
    .transaction()
    .execute(async (trx) => [
      (await storeFile(ctx, trx, { bytes: PDF, originalName: 'reçu.pdf' })).hash,
      (await storeFile(ctx, trx, { bytes: PNG, originalName: 'photo.png' })).hash,
    ]);
  const app: FileApp = {
    dir,
    file,
    opened,
    hashes,
    cleanup: async () => {
      // Already closed by a test that reopens the file: closing twice is harmless.
      await app.opened.database.close().catch(() => undefined);
      app.opened.outbox.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return app;
}

/** Every row of every table (sorted: some tables have no rowid): what must come out of an encryption unchanged. */
export async function dump(opened: OpenedApp, except: string[] = []): Promise<Record<string, unknown[]>> {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
    opened.ctx.db,
  );
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    if (except.includes(name)) continue;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(opened.ctx.db);
    out[name] = rows.rows.map((row) => JSON.stringify(row)).sort();
  }
  return out;
}

export async function reopen(file: string, key: DatabaseKey | null): Promise<OpenedApp> {
  return openApp(file, 'navigateur', key);
}
