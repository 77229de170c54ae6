/**
 * Restoring an archive: read what it holds, extract it beside the data and verify everything
 * (checksums, schema version, `PRAGMA integrity_check`) BEFORE touching the data; back the
 * current data up; then swap the files while the database is closed and reopen on the restored
 * ones. Any failure before the swap leaves the data as it was; a failure during the swap puts
 * the old files back.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { openSqlite } from '../../db/connection';
import { writeSetting } from '../../db/settings';
import { logAction } from '../../db/audit';
import { BACKUP_SETTINGS_KEY, BACKUP_STATE_KEY } from '../../shared/backup/settings';
import type { BackupCounts } from '../../shared/backup/types';
import { AppError } from '../errors';
import { throwIfCancelled, type JobControl } from '../jobs/job-control';
import { isoNow, type ServiceContext } from '../service-context';
import type { Manifest } from './archive-format';
import { backupNow, readBackupSettings, readBackupState } from './backup-service';
import { describeDatabase } from './create-backup';
import { newerSchemaRefusal } from './inspect';
import { extractVerified, readManifest, unreadableArchive } from './read-archive';

const sameCounts = (a: BackupCounts, b: BackupCounts): boolean =>
  (Object.keys(a) as (keyof BackupCounts)[]).every((k) => a[k] === b[k]);

/** The extracted database is sound and is the one the manifest describes. */
function verifyDatabase(file: string, archive: string, manifest: Manifest): void {
  const sqlite = (() => {
    try {
      return openSqlite(file);
    } catch {
      throw unreadableArchive(archive, 'base de données illisible');
    }
  })();
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok')
      throw unreadableArchive(archive, 'base de données endommagée');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableArchive(archive, 'base de données endommagée');
  } finally {
    sqlite.close();
  }
  const { counts, schemaVersion } = describeDatabase(file);
  const refusal = newerSchemaRefusal(schemaVersion);
  if (refusal) throw new AppError('DB_TOO_NEW', refusal);
  if (schemaVersion !== manifest.schemaVersion || !sameCounts(counts, manifest.counts))
    throw unreadableArchive(archive, 'contenu différent de son inventaire');
}

export interface RestoreOutcome {
  restoredFrom: string;
  counts: BackupCounts;
  /** The backup of the data as it was just before. */
  previousDataBackup: string;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * Moves the current files aside and the staged ones in; returns how to put the old ones back.
 * On failure, puts everything back itself.
 */
async function swapFiles(
  databaseFile: string,
  filesDir: string,
  staged: { databaseFile: string; filesDir: string },
  aside: string,
): Promise<() => Promise<void>> {
  const moved: [string, string][] = [];
  const move = async (from: string, to: string) => {
    await rename(from, to);
    moved.push([from, to]);
  };
  const undo = async () => {
    // The restored files, if in place, go back to the staging folder (removed afterwards).
    for (const [from, to] of [...moved].reverse()) {
      if (existsSync(from) && existsSync(to)) await rm(from, { recursive: true, force: true });
      await rename(to, from);
    }
    moved.length = 0;
  };
  try {
    await mkdir(aside, { recursive: true });
    for (const suffix of ['', ...SIDE_FILES]) {
      if (existsSync(`${databaseFile}${suffix}`))
        await move(`${databaseFile}${suffix}`, path.join(aside, `donnees${suffix}`));
    }
    if (existsSync(filesDir)) await move(filesDir, path.join(aside, 'pieces-jointes'));
    await move(staged.databaseFile, databaseFile);
    await move(staged.filesDir, filesDir);
    return undo;
  } catch (error) {
    await undo();
    throw new AppError(
      'FILE_ERROR',
      `Les fichiers restaurés n’ont pas pu être mis en place (${(error as Error).message}). Les données d’avant sont conservées.`,
    );
  }
}

export async function restoreArchive(
  ctx: ServiceContext,
  file: string,
  control: JobControl = {},
): Promise<RestoreOutcome> {
  const reopenAfter = ctx.data?.reopenAfter;
  if (ctx.databaseFile === ':memory:' || !ctx.filesDir || !reopenAfter)
    throw new AppError('FORBIDDEN_STATE', 'La restauration n’est pas disponible ici.');
  if ((ctx.jobs?.running ?? 0) > 1)
    throw new AppError(
      'FORBIDDEN_STATE',
      'Une génération est en cours : attendez qu’elle se termine avant de restaurer une sauvegarde.',
    );
  const manifest = await readManifest(file);
  const refusal = newerSchemaRefusal(manifest.schemaVersion);
  if (refusal) throw new AppError('DB_TOO_NEW', refusal);
  const dataDir = path.dirname(ctx.databaseFile);
  const token = randomBytes(6).toString('hex');
  const staging = path.join(dataDir, `.restauration-${token}`);
  const aside = path.join(dataDir, `.avant-restauration-${token}`);
  const total = Math.max(1, Math.ceil(manifest.members.reduce((s, m) => s + m.size, 0) / (1024 * 1024)));
  let bytes = 0;
  try {
    const extracted = await extractVerified(file, manifest, staging, (n) => {
      bytes += n;
      control.report?.(Math.min(total, Math.floor(bytes / (1024 * 1024))), total);
    });
    verifyDatabase(extracted.databaseFile, file, manifest);
    throwIfCancelled(control);
    // The data as it is now, first: a restore can always be undone.
    const previous = await backupNow(ctx, 'avant-restauration');
    const settings = await readBackupSettings(ctx);
    const state = await readBackupState(ctx);
    const filesDir = ctx.filesDir;
    const restored = await reopenAfter(() => swapFiles(ctx.databaseFile, filesDir, extracted, aside));
    await rm(aside, { recursive: true, force: true });
    // The folder and rotation are this computer's; the archive's would point elsewhere.
    await restored.db.transaction().execute(async (trx) => {
      await writeSetting(trx, BACKUP_SETTINGS_KEY, settings);
      await writeSetting(trx, BACKUP_STATE_KEY, state);
      await logAction(trx, {
        at: isoNow(restored),
        actor: ctx.actor,
        action: 'données restaurées depuis une sauvegarde',
        entity: 'sauvegarde',
        entityId: null,
        details: { archive: path.basename(file), createdAt: manifest.createdAt, previous: previous.path },
      });
    });
    return { restoredFrom: file, counts: manifest.counts, previousDataBackup: previous.path };
  } finally {
    // The old files stay aside if anything went wrong after they were moved: never deleted then.
    await rm(staging, { recursive: true, force: true });
    await rmdir(aside).catch(() => undefined);
  }
}
