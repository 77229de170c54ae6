import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { BatchResult } from './jobs/contract';
import type { JobRegistry } from './jobs/registry';
import { localTodayIso } from '../shared/rules/dates';

/** What every service receives: the database, the clock and who is acting (for the audit log). */
export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  actor: string;
  databaseFile: string;
  mode: 'desktop' | 'navigateur';
  appVersion: string;
  /** Folder of attached files (receipts, scans), beside the database; null for in-memory tests. */
  filesDir: string | null;
  /** What only the desktop shell can do (file dialogs, the system viewer); absent in browser mode. */
  desktop?: DesktopBridge;
  /** Batch jobs running in this process (absent in contexts built by hand: tests, benches). */
  jobs?: JobRegistry<BatchResult>;
}

export interface DesktopBridge {
  saveFile: (fileName: string, data: Buffer, open: boolean) => Promise<{ path: string | null }>;
  openPath: (path: string) => Promise<void>;
}

export const isoNow = (ctx: ServiceContext): string => ctx.now().toISOString();

/** Local calendar date (not UTC): a meeting at 00:30 in Paris belongs to that day. */
export const todayIso = (ctx: ServiceContext): string => localTodayIso(ctx.now());
