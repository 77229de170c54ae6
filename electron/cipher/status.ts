import type { CipherStatus } from '../../shared/cipher/types';
import type { ServiceContext } from '../service-context';
import { readFilesKeySetting } from './attachments';

/** The encryption's state of the open data, for Paramètres › Application et données. */
export async function cipherStatus(ctx: ServiceContext): Promise<CipherStatus> {
  const encrypted = Boolean(ctx.storage?.current().key);
  const setting = encrypted ? await readFilesKeySetting(ctx.db) : null;
  return {
    encrypted,
    locked: false,
    lockedReason: null,
    keychain: ctx.storage?.keychain ?? false,
    databaseFile: ctx.databaseFile,
    encryptedAt: setting?.encryptedAt || null,
    passphraseChangedAt: setting?.passphraseChangedAt || null,
    attachmentsPending: setting?.pending ?? false,
  };
}
