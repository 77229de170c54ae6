/**
 * The two ends of a produced file's trip: the dispatch stores what a service produced and
 * answers with references; `files:save` and `files:open` later hand the stored file to the shell.
 * Both need only an outbox and, for the second, a shell, so any process holding those can run
 * them (the one producing the files, or the one owning the window).
 */
import type { FileDelivery, FileRef } from '../../shared/files';
import { AppError } from '../errors';
import type { FileShell } from './file-shell';
import type { Outbox } from './outbox';
import { isProducedFile, PRODUCED, type ProducedFile } from './produced-file';

async function toRef(file: ProducedFile, outbox: Outbox): Promise<FileRef> {
  const { [PRODUCED]: _brand, data: _data, fileName: _name, mime: _mime, ...extra } = file;
  return { ...extra, ...(await outbox.put(file)) };
}

/**
 * Replaces each produced file in a handler's answer by its reference: the answer itself, or one
 * of its properties (no deeper, so that a list of 10,000 rows costs nothing to look through).
 */
export async function storeProducedFiles(value: unknown, outbox: Outbox | undefined): Promise<unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (isProducedFile(value)) return toRef(value, requireOutbox(outbox));
  let copy: Record<string, unknown> | null = null;
  for (const [key, inner] of Object.entries(value)) {
    if (!isProducedFile(inner)) continue;
    copy ??= { ...value };
    copy[key] = await toRef(inner, requireOutbox(outbox));
  }
  return copy ?? value;
}

function requireOutbox(outbox: Outbox | undefined): Outbox {
  if (!outbox) throw new Error('Aucune boîte de sortie : ce contexte ne peut pas remettre de fichier.');
  return outbox;
}

export async function deliverFile(
  files: { outbox?: Outbox; fileShell?: FileShell },
  fileId: string,
  how: 'save' | 'open',
): Promise<FileDelivery> {
  if (!files.outbox || !files.fileShell) {
    throw new AppError('FORBIDDEN_STATE', 'Cette fenêtre ne peut ni enregistrer ni ouvrir de fichier.');
  }
  const entry = await files.outbox.get(fileId);
  return how === 'save' ? files.fileShell.save(entry) : files.fileShell.open(entry);
}
