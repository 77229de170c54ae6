/**
 * How the service host opens the data at start: a plain file as ever; an encrypted one with the
 * key from the parent's keychain, else with the passphrase given at start (PORTE_VOIX_PASSPHRASE),
 * else it stays locked and the window asks for the passphrase (electron/cipher/locked.ts).
 */
import path from 'node:path';
import {
  isEncrypted,
  keyFromHex,
  keyFromPassphrase,
  WrongPassphraseError,
  type DatabaseKey,
} from '../../db/cipher';
import type { OpenedApp, openApp } from '../app-context';
import type { HostInit } from '../host/protocol';
import { lockedReason, type LockedData } from './locked';

export interface Opening {
  init: HostInit;
  opened: OpenedApp | null;
  locked: LockedData | null;
}

async function tryKey(open: typeof openApp, init: HostInit, key: DatabaseKey): Promise<OpenedApp | null> {
  try {
    return await open(init.file, init.mode, key);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return null;
    throw error;
  }
}

export async function openWithKeys(init: HostInit, open: typeof openApp): Promise<Opening> {
  if (!isEncrypted(init.file)) return { init, opened: await open(init.file, init.mode), locked: null };
  let reason: string = init.keyStore ? lockedReason.noKey : lockedReason.noKeychain;
  const stored = init.key ? keyFromHex(init.key) : null;
  if (stored) {
    const opened = await tryKey(open, init, stored);
    if (opened) return { init, opened, locked: null };
    reason = lockedReason.staleKey;
  }
  if (init.passphrase) {
    const opened = await tryKey(open, init, await keyFromPassphrase(init.file, init.passphrase));
    if (opened) return { init, opened, locked: null };
    reason = 'La phrase de passe donnée au démarrage (PORTE_VOIX_PASSPHRASE) n’ouvre pas ces données.';
  }
  return {
    init,
    opened: null,
    locked: { file: path.resolve(init.file), reason, keychain: init.keyStore === true },
  };
}
