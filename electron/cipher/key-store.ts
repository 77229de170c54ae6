/**
 * The keys of encrypted data kept on this computer, so that daily use asks nothing: one small
 * file in the application's folder, each key sealed by the system's keychain (Electron's
 * `safeStorage`: DPAPI on Windows, the Keychain on macOS, the Secret Service on Linux). Copied to
 * another computer or account, the file opens nothing: the passphrase is asked there.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface KeyStore {
  /** The key (hex) kept for this database file, if any and readable. */
  load: (file: string) => string | null;
  /** Keeps it; false when the system offers no real keychain (then nothing is written). */
  remember: (file: string, keyHex: string) => boolean;
}

/** The system's sealing, as Electron's safeStorage offers it. */
export interface Sealer {
  /** False when only a fixed, publicly known key would be used (Linux without a keyring). */
  available: () => boolean;
  seal: (text: string) => Buffer;
  unseal: (sealed: Buffer) => string;
}

type StoredKeys = Record<string, string>;

function readStore(storeFile: string): StoredKeys {
  if (!existsSync(storeFile)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(storeFile, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function fileKeyStore(storeFile: string, sealer: Sealer): KeyStore {
  return {
    load: (file) => {
      const sealed = readStore(storeFile)[path.resolve(file)];
      if (!sealed || !sealer.available()) return null;
      try {
        return sealer.unseal(Buffer.from(sealed, 'base64'));
      } catch {
        // Another account, another computer, a reset keychain: the passphrase will be asked.
        return null;
      }
    },
    remember: (file, keyHex) => {
      if (!sealer.available()) return false;
      const keys = { ...readStore(storeFile), [path.resolve(file)]: sealer.seal(keyHex).toString('base64') };
      const temporary = `${storeFile}.tmp`;
      writeFileSync(temporary, JSON.stringify(keys, null, 1), { mode: 0o600 });
      renameSync(temporary, storeFile);
      return true;
    },
  };
}
