export interface CipherStatus {
  encrypted: boolean;
  /** Encrypted and not yet opened: the passphrase must be typed. */
  locked: boolean;
  /** Why it is asked, in French (new computer, restored backup, stored key no longer valid). */
  lockedReason: string | null;
  /** The key is kept in the system's keychain, so that daily use asks nothing. */
  keychain: boolean;
  databaseFile: string;
  encryptedAt: string | null;
  passphraseChangedAt: string | null;
  /** Attachments still being sealed (an encryption was interrupted; it resumes at the next opening). */
  attachmentsPending: boolean;
}

export interface EncryptionResult {
  status: CipherStatus;
  attachmentsSealed: number;
  /** False where no keychain exists: the passphrase will be asked at each start. */
  remembered: boolean;
}
