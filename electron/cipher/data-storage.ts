/**
 * What the encryption needs from the service host: the open database, a way to replace it while
 * no other request runs, and the keychain of the window's side. The host builds it
 * (electron/host/service-host.ts); contexts built by hand (tests, benches) may build their own.
 */
import type { OpenDatabase } from '../../db/connection';
import type { ServiceContext } from '../service-context';
import { attachFilesKey } from './attachments';

export interface DataStorage {
  current: () => OpenDatabase;
  /**
   * Runs `work` alone: new requests wait, batch jobs must be finished. `work` closes the current
   * database and returns the one now open (the same file, re-keyed, or the original on failure).
   */
  replace: (work: (current: OpenDatabase) => Promise<OpenDatabase>) => Promise<void>;
  /** Keeps the key in the system's keychain; false where there is none (browser mode, tests). */
  rememberKey: (keyHex: string) => Promise<boolean>;
  /** Whether a keychain is there at all (for the status shown to the user). */
  keychain: boolean;
}

/** What the storage works on: the host's (or a test's) open application, updated in place. */
export interface StorageHolder {
  ctx: ServiceContext;
  database: OpenDatabase;
}

export interface StorageOptions {
  /** Runs the replacement while no other request runs (the service host's gate). */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  rememberKey?: (keyHex: string) => Promise<boolean>;
  keychain?: boolean;
}

/** The storage of an opened application: a replacement updates the holder and the context it serves. */
export function holderStorage(holder: StorageHolder, options: StorageOptions = {}): DataStorage {
  const exclusive = options.exclusive ?? (<T>(work: () => Promise<T>) => work());
  return {
    current: () => holder.database,
    replace: (work) =>
      exclusive(async () => {
        const next = await work(holder.database);
        holder.database = next;
        holder.ctx.db = next.db;
        await attachFilesKey(holder.ctx);
      }),
    rememberKey: options.rememberKey ?? (() => Promise.resolve(false)),
    keychain: options.keychain ?? false,
  };
}
