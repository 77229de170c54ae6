/**
 * One Porte-voix per data file, as far as the browser mode is concerned: the process that opens
 * the file writes `<file>.lock` (its process number, computer and mode), and removes it when it
 * closes the file. The browser mode refuses a file whose lock names another Porte-voix still
 * running; the desktop app, single-instance already, opens it beside (its writes wait for the
 * lock of SQLite, never fail). A lock left by a process that died (a crash, a power cut) is
 * stale: its process no longer runs on this computer, and the next opening takes it over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { formatClockTime, formatLongDate } from '../shared/rules/format-fr';
import { AppError } from './errors';
import type { ServiceContext } from './service-context';

interface LockOwner {
  pid: number;
  hostname: string;
  mode: ServiceContext['mode'];
  since: string;
}

export interface DataLock {
  /** Removes the lock if it is still this process's (nothing for a file opened beside another). */
  release: () => void;
}

export interface DataLockOptions {
  pid?: number;
  hostname?: string;
  now?: () => Date;
  /** Whether a process of this computer still runs (tests replace it). */
  isRunning?: (pid: number) => boolean;
}

export const lockFileOf = (file: string): string => `${file}.lock`;

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const value: unknown = JSON.parse(readFileSync(lockFile, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { pid, hostname, mode, since } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof hostname !== 'string' || typeof since !== 'string') return null;
    return { pid, hostname, mode: mode === 'desktop' ? 'desktop' : 'navigateur', since };
  } catch {
    return null;
  }
}

function inUseMessage(file: string, owner: LockOwner, here: string): string {
  const what = owner.mode === 'desktop' ? 'l’application de bureau' : 'le mode navigateur';
  const since = new Date(owner.since);
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = Number.isNaN(since.getTime())
    ? ''
    : ` depuis le ${formatLongDate(`${since.getFullYear()}-${pad(since.getMonth() + 1)}-${pad(since.getDate())}`)}` +
      ` à ${formatClockTime(`${pad(since.getHours())}:${pad(since.getMinutes())}`)}`;
  const where = owner.hostname === here ? '' : ` sur l’ordinateur « ${owner.hostname} »`;
  return (
    `Ces données sont déjà ouvertes par un autre Porte-voix (${what}${where}${when}, processus ${owner.pid}) : ` +
    `« ${file} ». Fermez-le, puis relancez le mode navigateur. Si aucun autre Porte-voix n’est ouvert, ` +
    `supprimez le fichier « ${lockFileOf(file)} », puis relancez.`
  );
}

/** Takes the file's lock, or refuses (browser mode) or shares (desktop) a file another Porte-voix holds. */
export function acquireDataLock(
  file: string,
  mode: ServiceContext['mode'],
  options: DataLockOptions = {},
): DataLock {
  const pid = options.pid ?? process.pid;
  const hostname = options.hostname ?? os.hostname();
  const isRunning = options.isRunning ?? processRuns;
  const lockFile = lockFileOf(file);
  const mine: LockOwner = { pid, hostname, mode, since: (options.now?.() ?? new Date()).toISOString() };
  const release = () => {
    const owner = readOwner(lockFile);
    if (owner && owner.pid === pid && owner.hostname === hostname) rmSync(lockFile, { force: true });
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockFile, JSON.stringify(mine), { flag: 'wx' });
      return { release };
    } catch (error) {
      // A folder nobody may write to: opening the file will say so, in words (db/data-file.ts).
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return { release: () => undefined };
    }
    const owner = readOwner(lockFile);
    // Ours (the service host restarted in this process), unreadable, or left by a dead process.
    const stale =
      owner === null || (owner.hostname === hostname && (owner.pid === pid || !isRunning(owner.pid)));
    if (stale) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (mode === 'navigateur') throw new AppError('DATA_IN_USE', inUseMessage(file, owner, hostname));
    return { release: () => undefined };
  }
  throw new AppError('DATA_IN_USE', `Le verrou « ${lockFile} » n’a pas pu être posé : relancez Porte-voix.`);
}
