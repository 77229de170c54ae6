/**
 * A service host on a real data folder (database file and attachments), joined to its client by
 * a MessageChannel as between processes: backups and restores run exactly as in the app.
 */
import BetterSqlite3 from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { openApp, type OpenedApp } from '../../../electron/app-context';
import { storeFile } from '../../../electron/association/stored-files';
import { HostClient } from '../../../electron/host/host-client';
import type { FromHost } from '../../../electron/host/protocol';
import { runServiceHost } from '../../../electron/host/service-host';
import type { ApiResult } from '../../../electron/ipc/contract';

export interface DataHost {
  dir: string;
  file: string;
  filesDir: string;
  client: HostClient;
  /** The opened app the host serves now (a restore replaces it). */
  current: () => OpenedApp;
  call: <T>(channel: string, payload?: unknown) => Promise<T>;
  /** The failure of a call expected to fail. */
  failure: (channel: string, payload?: unknown) => Promise<{ code: string; message: string }>;
  close: () => Promise<void>;
}

export async function startDataHost(options: { demo?: boolean; dir?: string } = {}): Promise<DataHost> {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'pv-backup-test-'));
  const file = path.join(dir, 'porte-voix.sqlite');
  let current: OpenedApp | null = null;
  const channel = new MessageChannel();
  runServiceHost(
    {
      postMessage: (message: FromHost) => channel.port1.postMessage(message),
      onMessage: (listener) => channel.port1.on('message', listener),
    },
    {
      open: async (f, mode) => {
        const opened = await openApp(f, mode);
        current = opened;
        return opened;
      },
      log: () => undefined,
    },
  );
  const client = new HostClient({
    spawn: () => ({
      postMessage: (message) => channel.port2.postMessage(message),
      onMessage: (listener) => channel.port2.on('message', listener),
      onExit: () => undefined,
      kill: () => undefined,
    }),
    init: { file, mode: 'navigateur', demo: options.demo ?? false },
  });
  await client.ready();
  const invoke = (name: string, payload: unknown): Promise<ApiResult<unknown>> =>
    client.invoke(name, payload ?? {});
  return {
    dir,
    file,
    filesDir: path.join(dir, 'pieces-jointes'),
    client,
    current: () => {
      if (!current) throw new Error('not opened');
      return current;
    },
    call: async <T>(name: string, payload?: unknown) => {
      const result = await invoke(name, payload);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
    failure: async (name, payload) => {
      const result = await invoke(name, payload);
      if (result.ok) throw new Error(`${name} should have failed`);
      return result.error;
    },
    close: async () => {
      await client.close();
      channel.port1.close();
      channel.port2.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small PDF-looking attachment with random content, stored through the app's own function. */
export async function addAttachment(host: DataHost, bytes = 2048): Promise<string> {
  const { ctx } = host.current();
  const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes)]);
  const info = await ctx.db
    .transaction()
    .execute((trx) => storeFile(ctx, trx, { bytes: content, originalName: 'justificatif.pdf' }));
  return info.hash;
}

/** Every row of every table, as sorted JSON lines per table. */
export function dumpDatabase(file: string): Record<string, string[]> {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare<[], { name: string }>("select name from sqlite_master where type = 'table' order by name")
      .all()
      .map((r) => r.name);
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      dump[table] = sqlite
        .prepare(`select * from "${table}"`)
        .raw()
        .all()
        .map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
        .sort();
    }
    return dump;
  } finally {
    sqlite.close();
  }
}

/** Every attachment file: its relative path and the SHA-256 of its bytes. */
export function dumpFiles(filesDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(filesDir)) return files;
  for (const folder of readdirSync(filesDir).sort()) {
    for (const name of readdirSync(path.join(filesDir, folder)).sort()) {
      const bytes = readFileSync(path.join(filesDir, folder, name));
      files[`${folder}/${name}`] = createHash('sha256').update(bytes).digest('hex');
    }
  }
  return files;
}
