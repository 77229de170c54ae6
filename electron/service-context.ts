import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { DataControl } from './backup/data-control';
import type { DataStorage } from './cipher/data-storage';
import type { FileShell } from './files/file-shell';
import type { Outbox } from './files/outbox';
import type { ProducedBatchResult } from './jobs/contract';
import type { JobRegistry } from './jobs/registry';
import type { SecretStore } from './mail/secrets';
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
  /** Key of the attachments when the data are encrypted (electron/cipher/); null or absent otherwise. */
  filesKey?: Buffer | null;
  /** File-level operations on the open database (encryption), set by the service host. */
  storage?: DataStorage;
  /** Where produced files wait for the user (absent in contexts built by hand: benches, demo). */
  outbox?: Outbox;
  /** How files are saved and opened here: set by the desktop shell or the browser-mode server. */
  fileShell?: FileShell;
  /** Batch jobs running in this process (absent in contexts built by hand: tests, benches). */
  jobs?: JobRegistry<ProducedBatchResult>;
  /** Secrets kept outside the database (mail password): the keychain on the desktop. */
  secrets?: SecretStore;
  /** The data files themselves, for backups and restores (absent in contexts built by hand). */
  data?: DataControl;
}

export const isoNow = (ctx: ServiceContext): string => ctx.now().toISOString();

/** Local calendar date (not UTC): a meeting at 00:30 in Paris belongs to that day. */
export const todayIso = (ctx: ServiceContext): string => localTodayIso(ctx.now());
