/**
 * The browser mode refuses a data file another Porte-voix has open (its lock names a process
 * that still runs), takes over the lock a dead process left, and removes its own when it closes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../../electron/app-context';
import { lockFileOf } from '../../../electron/data-lock';

const tempFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'pv-lock-')), 'porte-voix.sqlite');

/** A process of this computer: running (until `stop`), or already ended. */
function otherProcess(): { pid: number; stop: () => Promise<void> } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)'], { stdio: 'ignore' });
  const ended = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGKILL');
      await ended;
    },
  };
}

function lockedBy(file: string, pid: number, mode: 'desktop' | 'navigateur' = 'desktop'): void {
  writeFileSync(
    lockFileOf(file),
    JSON.stringify({ pid, hostname: os.hostname(), mode, since: new Date().toISOString() }),
  );
}

describe('the data file lock', () => {
  it('makes the browser mode refuse a file another running Porte-voix holds, saying what to do', async () => {
    const file = tempFile();
    const other = otherProcess();
    try {
      lockedBy(file, other.pid);
      await expect(openApp(file, 'navigateur')).rejects.toMatchObject({
        code: 'DATA_IN_USE',
        message: expect.stringMatching(
          new RegExp(
            `déjà ouvertes par un autre Porte-voix \\(l’application de bureau depuis .*processus ${other.pid}\\)`,
          ),
        ) as unknown,
      });
      // The other process's lock stays, and no database was created behind its back.
      expect(JSON.parse(readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({ pid: other.pid });
      expect(existsSync(file)).toBe(false);
    } finally {
      await other.stop();
    }
  });

  it('takes over a lock left by a process that no longer runs, and removes it at close', async () => {
    const file = tempFile();
    const dead = otherProcess();
    await dead.stop();
    lockedBy(file, dead.pid, 'navigateur');
    const opened = await openApp(file, 'navigateur');
    expect(JSON.parse(readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({
      pid: process.pid,
      mode: 'navigateur',
    });
    await opened.database.close();
    opened.outbox.dispose();
    expect(existsSync(lockFileOf(file))).toBe(false);
  });

  it('lets the desktop app open a file the browser mode holds, leaving that lock alone', async () => {
    const file = tempFile();
    const other = otherProcess();
    try {
      lockedBy(file, other.pid, 'navigateur');
      const opened = await openApp(file, 'desktop');
      await opened.database.close();
      opened.outbox.dispose();
      expect(JSON.parse(readFileSync(lockFileOf(file), 'utf8'))).toMatchObject({ pid: other.pid });
    } finally {
      await other.stop();
    }
  });
});
