/**
 * Backups as the application makes them: where (the chosen folder, or « sauvegardes » beside the
 * data), when (on demand, automatically at most once a day, before migrations), what is recorded
 * (the last attempt and its result, for Paramètres and « À faire »).
 */
import path from 'node:path';
import { firstMigrationAt } from '../../db/backup/data-age';
import { readSetting, writeSetting } from '../../db/settings';
import type { PendingMigrations } from '../../db/connection';
import { automaticBackupDue, backupTooOld, daysSinceBackup } from '../../shared/backup/due';
import {
  BACKUP_SETTINGS_KEY,
  BACKUP_STATE_KEY,
  backupSettingsSchema,
  backupStateSchema,
  type BackupSettings,
  type BackupSettingsInput,
  type BackupState,
} from '../../shared/backup/settings';
import type {
  BackupArchiveInfo,
  BackupKind,
  BackupOutcome,
  BackupStatus,
  BackupTodo,
} from '../../shared/backup/types';
import { plural } from '../../shared/rules/plural';
import { writeSettings } from '../association/settings';
import { AppError } from '../errors';
import type { PickWhat } from '../files/file-shell';
import type { JobControl } from '../jobs/job-control';
import { isoNow, type ServiceContext } from '../service-context';
import { archivesIn, folderProblem } from './backup-folder';
import { inspectArchive } from './inspect';
import { createBackup } from './create-backup';

export const DEFAULT_FOLDER_NAME = 'sauvegardes';

export const defaultBackupFolder = (databaseFile: string): string =>
  path.join(path.dirname(databaseFile), DEFAULT_FOLDER_NAME);

const folderOf = (databaseFile: string, settings: BackupSettings): string =>
  settings.folder || defaultBackupFolder(databaseFile);

export const readBackupSettings = (ctx: ServiceContext): Promise<BackupSettings> =>
  readSetting(ctx.db, BACKUP_SETTINGS_KEY, backupSettingsSchema);

export const readBackupState = (ctx: ServiceContext): Promise<BackupState> =>
  readSetting(ctx.db, BACKUP_STATE_KEY, backupStateSchema);

function requireFiles(ctx: ServiceContext): {
  databaseFile: string;
  data: NonNullable<ServiceContext['data']>;
} {
  if (ctx.databaseFile === ':memory:' || !ctx.data)
    throw new AppError('FORBIDDEN_STATE', 'Les sauvegardes ne sont pas disponibles pour cette base.');
  return { databaseFile: ctx.databaseFile, data: ctx.data };
}

export async function saveBackupSettings(
  ctx: ServiceContext,
  input: BackupSettingsInput,
): Promise<BackupSettings> {
  const parsed = backupSettingsSchema.parse(input);
  if (parsed.folder) {
    const problem = await folderProblem(parsed.folder, false);
    if (problem) throw new AppError('VALIDATION', problem, { folder: problem });
  }
  return writeSettings(ctx, BACKUP_SETTINGS_KEY, backupSettingsSchema, parsed);
}

export async function currentFolderProblem(
  ctx: ServiceContext,
): Promise<{ folder: string; problem: string | null }> {
  const settings = await readBackupSettings(ctx);
  const folder = folderOf(ctx.databaseFile, settings);
  return { folder, problem: await folderProblem(folder, !settings.folder) };
}

/** What the user is told of a failed backup: our French message, or the system's reason. */
function failureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return 'le disque de sauvegarde est plein.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'accès refusé au dossier de sauvegarde.';
  if (code === 'ENOENT') return 'le dossier de sauvegarde a disparu pendant l’écriture (clé retirée ?).';
  return `erreur du système (${code ?? (error instanceof Error ? error.message : String(error))}).`;
}

async function recordAttempt(
  ctx: ServiceContext,
  attempt: NonNullable<BackupState['lastAttempt']>,
): Promise<void> {
  const state = await readBackupState(ctx);
  const next: BackupState = {
    lastAttempt: attempt,
    lastSuccessAt: attempt.ok ? attempt.at : state.lastSuccessAt,
  };
  await writeSetting(ctx.db, BACKUP_STATE_KEY, next);
}

/** One backup now, its result recorded whatever it is (a failure is rethrown after). */
export async function backupNow(
  ctx: ServiceContext,
  kind: BackupKind,
  control: JobControl = {},
): Promise<BackupOutcome> {
  const { databaseFile, data } = requireFiles(ctx);
  const at = isoNow(ctx);
  const settings = await readBackupSettings(ctx);
  const folder = folderOf(databaseFile, settings);
  try {
    const problem = await folderProblem(folder, !settings.folder);
    if (problem) throw new AppError('FILE_ERROR', problem);
    const outcome = await createBackup(
      { snapshot: data.snapshot, databaseFile, filesDir: ctx.filesDir },
      { folder, rule: settings, kind, appVersion: ctx.appVersion, now: ctx.now() },
      control,
    );
    await recordAttempt(ctx, { at, ok: true, message: 'Sauvegarde réussie.', file: outcome.path });
    return outcome;
  } catch (error) {
    if (error instanceof AppError && error.code === 'CANCELLED') throw error;
    const message = failureMessage(error);
    await recordAttempt(ctx, { at, ok: false, message, file: null }).catch(() => undefined);
    throw error instanceof AppError
      ? error
      : new AppError('FILE_ERROR', `La sauvegarde a échoué : ${message}`);
  }
}

/**
 * The automatic backup (on quit, and hourly while the application runs): at most one a day.
 * Never throws: a failure is recorded, and « À faire » shows it.
 */
export async function automaticBackupIfDue(ctx: ServiceContext, control: JobControl = {}): Promise<boolean> {
  if (ctx.databaseFile === ':memory:' || !ctx.data) return false;
  try {
    const state = await readBackupState(ctx);
    if (!automaticBackupDue(state.lastSuccessAt, ctx.now())) return false;
    await backupNow(ctx, 'automatique', control);
    return true;
  } catch {
    return false;
  }
}

export async function backupTodo(ctx: ServiceContext): Promise<BackupTodo | null> {
  if (ctx.databaseFile === ':memory:' || !ctx.data) return null;
  const settings = await readBackupSettings(ctx);
  const state = await readBackupState(ctx);
  const { problem } = await currentFolderProblem(ctx);
  const now = ctx.now();
  if (problem) return { problem: 'dossier', message: problem, lastSuccessAt: state.lastSuccessAt };
  if (state.lastAttempt && !state.lastAttempt.ok)
    return {
      problem: 'echec',
      message: `La dernière sauvegarde a échoué : ${state.lastAttempt.message}`,
      lastSuccessAt: state.lastSuccessAt,
    };
  if (state.lastSuccessAt === null) {
    // A new installation is not nagged at once: the data's age counts, from its first migration.
    const since = await firstMigrationAt(ctx.db);
    if (since && backupTooOld(since, now, settings.warnAfterDays))
      return {
        problem: 'jamais',
        message: 'Aucune sauvegarde n’a encore été faite : faites-en une maintenant.',
        lastSuccessAt: null,
      };
    return null;
  }
  if (backupTooOld(state.lastSuccessAt, now, settings.warnAfterDays)) {
    const days = daysSinceBackup(state.lastSuccessAt, now);
    return {
      problem: 'ancienne',
      message: `La dernière sauvegarde date de ${plural(days, 'jour', 'jours')} : faites-en une maintenant.`,
      lastSuccessAt: state.lastSuccessAt,
    };
  }
  return null;
}

/**
 * The hook run before migrations change an existing database: a backup of it as it is, in the
 * chosen folder, or beside the data when that one is out of reach. If none can be written, the
 * migrations do not run (the application does not open) rather than change unsaved data.
 */
export function backupBeforeMigrations(
  databaseFile: string,
  filesDir: string | null,
  appVersion: string,
  now: () => Date = () => new Date(),
): (pending: PendingMigrations) => Promise<void> {
  return async ({ source }) => {
    const settings = await readSetting(source.db, BACKUP_SETTINGS_KEY, backupSettingsSchema);
    let folder = folderOf(databaseFile, settings);
    if (await folderProblem(folder, !settings.folder)) folder = defaultBackupFolder(databaseFile);
    const problem = await folderProblem(folder, true);
    if (problem) {
      throw new AppError(
        'FILE_ERROR',
        `Porte-voix doit mettre ses données à jour, mais ne peut pas les sauvegarder avant : ${problem} Rien n’a été modifié.`,
      );
    }
    await createBackup(
      { snapshot: source.snapshot, databaseFile, filesDir },
      { folder, rule: settings, kind: 'avant-migration', appVersion, now: now() },
    );
  };
}

const canBrowse = (ctx: ServiceContext): boolean =>
  ctx.mode === 'desktop' && ctx.fileShell?.pick !== undefined;

/** The system's dialog (desktop): the folder for backups, or an archive to restore. */
export async function pickPath(ctx: ServiceContext, what: PickWhat): Promise<{ path: string | null }> {
  const pick = ctx.fileShell?.pick;
  if (ctx.mode !== 'desktop' || !pick)
    throw new AppError('FORBIDDEN_STATE', 'Indiquez le chemin complet : pas de sélecteur de fichiers ici.');
  return { path: await pick(what) };
}

/** Archives listed in Paramètres: the newest ones, each described by its manifest. */
const LISTED_ARCHIVES = 30;

export async function backupStatus(ctx: ServiceContext): Promise<BackupStatus> {
  const state = await readBackupState(ctx);
  const defaultFolder = ctx.databaseFile === ':memory:' ? '' : defaultBackupFolder(ctx.databaseFile);
  const { folder, problem } = await currentFolderProblem(ctx);
  const archives: BackupArchiveInfo[] = [];
  let found: Awaited<ReturnType<typeof archivesIn>> = [];
  if (!problem) found = await archivesIn(folder).catch(() => []);
  for (const entry of found.slice(0, LISTED_ARCHIVES)) {
    const info = await inspectArchive(entry.path).catch(() => null);
    if (info) archives.push(info);
  }
  return {
    folder,
    defaultFolder,
    folderProblem: problem,
    lastAttempt: state.lastAttempt,
    lastSuccessAt: state.lastSuccessAt,
    archives,
    moreArchives: Math.max(0, found.length - LISTED_ARCHIVES),
    canBrowse: canBrowse(ctx),
  };
}
