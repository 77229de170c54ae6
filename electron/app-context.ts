import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseKey } from '../db/cipher';
import { DatabaseTooNewError, openDatabase, type OpenDatabase } from '../db/connection';
import { resumeAttachments } from './cipher/attachments';
import { holderStorage } from './cipher/data-storage';
import { AppError } from './errors';
import { runOutbox, type Outbox } from './files/outbox';
import { toApiError } from './ipc/dispatch';
import { JobRegistry } from './jobs/registry';
import type { ServiceContext } from './service-context';

export const APP_VERSION = '0.1.0';

export interface OpenedApp {
  ctx: ServiceContext;
  database: OpenDatabase;
  /** Produced files of this run; `dispose()` it at exit. */
  outbox: Outbox;
}

/**
 * Opens (creating and migrating if needed) the database and builds the services' context. An
 * encrypted file needs its key (db/cipher.ts): without it `DatabaseLockedError`, with a wrong one
 * `WrongPassphraseError`, the file untouched either way.
 */
export async function openApp(
  file: string,
  mode: ServiceContext['mode'],
  key: DatabaseKey | null = null,
): Promise<OpenedApp> {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = await openDatabase(file, { key }).catch((error: unknown) => {
    throw error instanceof DatabaseTooNewError ? new AppError('DB_TOO_NEW', error.message) : error;
  });
  const outbox = runOutbox();
  const ctx: ServiceContext = {
    db: database.db,
    now: () => new Date(),
    // No author until a name is set in Paramètres › Application (see dispatch): histories then
    // say « auteur non renseigné » rather than name somebody who is nobody.
    actor: '',
    databaseFile: file === ':memory:' ? file : path.resolve(file),
    mode,
    appVersion: APP_VERSION,
    filesDir: file === ':memory:' ? null : path.join(path.dirname(path.resolve(file)), 'pieces-jointes'),
    outbox,
    jobs: new JobRegistry((error) => toApiError('jobs', error)),
  };
  const opened: OpenedApp = { ctx, database, outbox };
  ctx.storage = holderStorage(opened);
  await resumeAttachments(ctx);
  return opened;
}
