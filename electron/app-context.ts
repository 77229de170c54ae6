import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseKey } from '../db/cipher';
import { openDatabase, type OpenDatabase } from '../db/connection';
import { DatabaseFileError } from '../db/data-file';
import { backupBeforeMigrations } from './backup/backup-service';
import { resumeAttachments } from './cipher/attachments';
import { holderStorage } from './cipher/data-storage';
import { acquireDataLock } from './data-lock';
import { AppError } from './errors';
import { runOutbox, type Outbox } from './files/outbox';
import { toApiError } from './ipc/dispatch';
import { JobRegistry } from './jobs/registry';
import { memorySecretStore, SMTP_PASSWORD } from './mail/secrets';
import type { ServiceContext } from './service-context';

import packageJson from '../package.json';

/** The version the package declares: « À propos », backups and « Quoi de neuf » read this one. */
export const APP_VERSION: string = packageJson.version;

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
  const filesDir = file === ':memory:' ? null : path.join(path.dirname(path.resolve(file)), 'pieces-jointes');
  const lock = file === ':memory:' ? null : acquireDataLock(path.resolve(file), mode);
  const beforeMigrations =
    file === ':memory:' ? undefined : backupBeforeMigrations(path.resolve(file), filesDir, APP_VERSION);
  const opened = await openDatabase(file, { beforeMigrations, key }).catch((error: unknown) => {
    lock?.release();
    if (!(error instanceof DatabaseFileError)) throw error;
    throw new AppError(error.problem === 'too-new' ? 'DB_TOO_NEW' : 'DATA_FILE', error.message);
  });
  const database: OpenDatabase = {
    ...opened,
    close: async () => {
      await opened.close();
      lock?.release();
    },
  };
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
    filesDir,
    outbox,
    jobs: new JobRegistry((error) => toApiError('jobs', error)),
    // The browser mode has no keychain: the password lives for the session, or comes from the
    // environment of the one who starts it.
    secrets: memorySecretStore({ [SMTP_PASSWORD]: process.env.PORTE_VOIX_SMTP_PASSWORD }),
    data: { snapshot: database.snapshot },
  };
  const app: OpenedApp = { ctx, database, outbox };
  ctx.storage = holderStorage(app);
  await resumeAttachments(ctx);
  return app;
}
