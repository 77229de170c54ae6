import { z } from 'zod';

/** Setting key of the attachments' key; it exists only inside an encrypted database. */
export const FILES_KEY_SETTING = 'cipher.files';

export const filesKeySettingSchema = z.object({
  /** Base64 of the 256-bit attachments' key; empty in a database that was never encrypted. */
  key: z.string().default(''),
  /** Set until every attachment has been sealed (the pass resumes at the next opening if cut). */
  pending: z.boolean().default(false),
  /** When the data were encrypted, and when the passphrase last changed (ISO). */
  encryptedAt: z.string().default(''),
  passphraseChangedAt: z.string().default(''),
});
export type FilesKeySetting = z.output<typeof filesKeySettingSchema>;
