/**
 * Attachments of an encrypted database: each file sealed with AES-256-GCM (Node's crypto) under
 * the attachments' key, a random 256-bit key kept inside the encrypted database (setting
 * `cipher.files`). Whoever can open the database can read its attachments, nobody else; changing
 * the passphrase re-keys the database and leaves the attachments as they are.
 *
 * A sealed file: « PVCHIF01 » (8 bytes), a 12-byte random nonce, the ciphertext, the 16-byte tag.
 * The file's name (the SHA-256 of the clear bytes) is authenticated with it, so that a file put
 * in another's place is refused rather than shown under the wrong record.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../errors';

const MAGIC = Buffer.from('PVCHIF01', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export const newFilesKey = (): Buffer => randomBytes(32);

export function isSealed(bytes: Buffer): boolean {
  return (
    bytes.length >= MAGIC.length + NONCE_BYTES + TAG_BYTES && bytes.subarray(0, MAGIC.length).equals(MAGIC)
  );
}

export function sealBytes(key: Buffer, name: string, clear: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(name, 'utf8'));
  const body = Buffer.concat([cipher.update(clear), cipher.final()]);
  return Buffer.concat([MAGIC, nonce, body, cipher.getAuthTag()]);
}

/** Clear bytes of a stored file: sealed ones are opened, files from before the encryption pass through. */
export function unsealBytes(key: Buffer | null, name: string, bytes: Buffer): Buffer {
  if (!isSealed(bytes)) return bytes;
  const unreadable = new AppError(
    'FILE_ERROR',
    'Ce fichier joint est chiffré et ne peut pas être lu avec la clé de ces données (fichier abîmé ou venu d’autres données).',
  );
  if (!key) throw unreadable;
  const nonce = bytes.subarray(MAGIC.length, MAGIC.length + NONCE_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(name, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(MAGIC.length + NONCE_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw unreadable;
  }
}
