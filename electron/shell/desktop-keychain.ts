/** The keys of encrypted data in the system's keychain, through Electron's safeStorage. */
import { safeStorage } from 'electron';
import path from 'node:path';
import { fileKeyStore, type KeyStore } from '../cipher/key-store';

export const KEY_STORE_FILE_NAME = 'cles-chiffrement.json';

export function desktopKeyStore(userDataDir: string): KeyStore {
  return fileKeyStore(path.join(userDataDir, KEY_STORE_FILE_NAME), {
    // On Linux without a keyring safeStorage falls back to a fixed key: that would keep nothing secret.
    available: () =>
      safeStorage.isEncryptionAvailable() &&
      (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    seal: (text) => safeStorage.encryptString(text),
    unseal: (sealed) => safeStorage.decryptString(sealed),
  });
}
