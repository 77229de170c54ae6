/** The backup folder: whether it can be written to, and the Porte-voix archives it holds. */
import { constants } from 'node:fs';
import { access, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { PARTIAL_SUFFIX, stampOfArchiveName } from './archive-format';

/**
 * Null when backups can be written there; otherwise what to do, in French. The default folder
 * (beside the data) is created when missing; a chosen one is not, since its absence usually
 * means an unplugged USB key, and creating it would put the backups on this very disk.
 */
export async function folderProblem(folder: string, isDefault: boolean): Promise<string | null> {
  try {
    if (isDefault) await mkdir(folder, { recursive: true });
    const info = await stat(folder);
    if (!info.isDirectory())
      return `« ${folder} » n’est pas un dossier : choisissez un dossier de sauvegarde.`;
    await access(folder, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT')
      return `Le dossier de sauvegarde « ${folder} » est introuvable : branchez la clé ou le disque qui le contient, ou choisissez un autre dossier.`;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      return `Porte-voix n’a pas le droit d’écrire dans le dossier de sauvegarde « ${folder} » : choisissez un autre dossier.`;
    return `Le dossier de sauvegarde « ${folder} » est inaccessible : choisissez un autre dossier.`;
  }
}

export interface ArchiveEntry {
  fileName: string;
  path: string;
  /** Local date and time from its name, 'YYYY-MM-DDTHH:MM:SS'. */
  takenAt: string;
}

/** Archives named by Porte-voix in the folder, newest first (other files are not looked at). */
export async function archivesIn(folder: string): Promise<ArchiveEntry[]> {
  const names = await readdir(folder);
  const found: ArchiveEntry[] = [];
  for (const fileName of names) {
    const takenAt = stampOfArchiveName(fileName);
    if (takenAt) found.push({ fileName, path: path.join(folder, fileName), takenAt });
  }
  return found.sort((a, b) =>
    a.takenAt === b.takenAt ? b.fileName.localeCompare(a.fileName) : b.takenAt.localeCompare(a.takenAt),
  );
}

const STALE_PARTIAL_MS = 86_400_000;

/** Archives left half-written by a crash more than a day ago (one being written now is younger). */
export async function removeStalePartials(folder: string, now: Date): Promise<void> {
  for (const fileName of await readdir(folder)) {
    if (!fileName.endsWith(PARTIAL_SUFFIX)) continue;
    if (!stampOfArchiveName(fileName.slice(0, -PARTIAL_SUFFIX.length))) continue;
    const file = path.join(folder, fileName);
    const info = await stat(file).catch(() => null);
    if (info && now.getTime() - info.mtimeMs > STALE_PARTIAL_MS) await unlink(file).catch(() => undefined);
  }
}
