/**
 * Attached files (scanned charters, receipts): kept once per content, named by their SHA-256, in
 * `ctx.filesDir` beside the database. The type is read from the bytes, never trusted from the
 * name. Without a files folder (in-memory tests) the bytes stay in memory. When the data are
 * encrypted, each file is sealed with the attachments' key (electron/cipher/file-crypto.ts).
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Executor } from '../../db/audit';
import { getStoredFile, insertStoredFile } from '../../db/stored-files';
import type { StoredFileInfo } from '../../shared/charters/types';
import { sealBytes, unsealBytes } from '../cipher/file-crypto';
import { AppError, notFound } from '../errors';
import { attachmentFileName } from '../files/file-names';
import { isoNow, type ServiceContext } from '../service-context';

export const MAX_STORED_FILE_BYTES = 10 * 1024 * 1024;

export type StoredMime = 'application/pdf' | 'image/jpeg' | 'image/png';

/** PDF, JPEG or PNG by their magic numbers; anything else is refused. */
export function sniffFileMime(bytes: Uint8Array): StoredMime | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 5 && b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  return null;
}

/** In-memory store per database, for contexts without a files folder. */
const memoryStores = new WeakMap<object, Map<string, Buffer>>();
function memoryStore(ctx: ServiceContext): Map<string, Buffer> {
  let store = memoryStores.get(ctx.db);
  if (!store) {
    store = new Map();
    memoryStores.set(ctx.db, store);
  }
  return store;
}

/** Makes a rename in this folder durable; Windows cannot open a folder and needs nothing of the kind. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function filePath(filesDir: string, hash: string): string {
  return path.join(filesDir, hash.slice(0, 2), hash);
}

/**
 * Checks and stores the bytes, records them in `stored_file` within the caller's transaction.
 * The file is written before the commit: if the transaction rolls back, an orphan file named by
 * its hash remains, harmless and reused if the same bytes come again.
 */
export async function storeFile(
  ctx: ServiceContext,
  trx: Executor,
  input: { bytes: Buffer; originalName: string },
): Promise<StoredFileInfo> {
  const { bytes } = input;
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Le fichier est vide.', { file: 'Fichier vide' });
  if (bytes.length > MAX_STORED_FILE_BYTES) {
    throw new AppError('VALIDATION', 'Le fichier dépasse 10 Mo : numérisez-le en qualité moindre.', {
      file: '10 Mo au maximum',
    });
  }
  const mime = sniffFileMime(bytes);
  if (!mime) {
    throw new AppError('VALIDATION', 'Seuls les fichiers PDF, JPEG et PNG sont acceptés.', {
      file: 'PDF, JPEG ou PNG attendu',
    });
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (ctx.filesDir) {
    const target = filePath(ctx.filesDir, hash);
    if (!existsSync(target)) {
      mkdirSync(path.dirname(target), { recursive: true });
      // Write, sync, then rename: a crash never leaves a half-written file under the final name,
      // and the file is on the disk before the commit that refers to it is acknowledged.
      const temporary = `${target}.${process.pid}.tmp`;
      const fd = openSync(temporary, 'w');
      try {
        writeFileSync(fd, ctx.filesKey ? sealBytes(ctx.filesKey, hash, bytes) : bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, target);
      syncFolder(path.dirname(target));
    }
  } else {
    memoryStore(ctx).set(hash, Buffer.from(bytes));
  }
  const originalName = attachmentFileName(input.originalName, mime);
  await insertStoredFile(trx, { hash, mime, size: bytes.length, originalName, createdAt: isoNow(ctx) });
  return { hash, mime, size: bytes.length };
}

export async function readStoredFile(
  ctx: ServiceContext,
  hash: string,
): Promise<{ bytes: Buffer; mime: string; originalName: string }> {
  const row = await getStoredFile(ctx.db, hash);
  if (!row) throw notFound('Fichier');
  let bytes: Buffer | undefined;
  if (ctx.filesDir) {
    const target = filePath(ctx.filesDir, hash);
    if (existsSync(target)) bytes = unsealBytes(ctx.filesKey ?? null, hash, readFileSync(target));
  } else {
    bytes = memoryStore(ctx).get(hash);
  }
  if (!bytes) {
    throw new AppError(
      'NOT_FOUND',
      'Le fichier joint est introuvable dans le dossier des pièces jointes (déplacé ou supprimé ?).',
    );
  }
  // Names stored before they were cleaned are cleaned on the way out too.
  return { bytes, mime: row.mime, originalName: attachmentFileName(row.originalName, row.mime) };
}

/**
 * Removes the bytes of a file whose record is gone (a person's data erased). Called after the
 * commit: a failure leaves an orphan file named by its hash, never a record without its file.
 */
export function removeStoredFileBytes(ctx: ServiceContext, hash: string): void {
  if (!/^[0-9a-f]{64}$/.test(hash)) return;
  if (ctx.filesDir) rmSync(filePath(ctx.filesDir, hash), { force: true });
  else memoryStore(ctx).delete(hash);
}
