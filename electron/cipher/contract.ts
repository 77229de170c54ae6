/** Channels of the encryption at rest: state, unlocking, encrypting, changing the passphrase, recovery sheet. */
import {
  changePassphraseInput,
  encryptInput,
  recoverySheetInput,
  unlockInput,
} from '../../shared/cipher/schemas';
import type { CipherStatus, EncryptionResult } from '../../shared/cipher/types';
import type { FileRef } from '../../shared/files';
import { channel, none } from '../ipc/define';

export const cipherContract = {
  'cipher:status': channel<CipherStatus>()(none),
  /** Answered by the service host while the data are locked (electron/cipher/locked.ts). */
  'cipher:unlock': channel<CipherStatus>()(unlockInput),
  'cipher:encrypt': channel<EncryptionResult>()(encryptInput),
  'cipher:changePassphrase': channel<EncryptionResult>()(changePassphraseInput),
  'cipher:recoverySheet': channel<FileRef>()(recoverySheetInput),
} as const;
