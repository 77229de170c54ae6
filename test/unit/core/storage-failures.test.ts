/**
 * Failures of the disk under the database, as the user is told them: a full disk says so and
 * that nothing was saved, whatever SQLite did with the transaction; the real cause is never
 * hidden by a « cannot rollback » of a transaction SQLite had already undone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteError } from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase } from '../../../db/connection';
import { openApp } from '../../../electron/app-context';
import { dispatch, toApiError } from '../../../electron/ipc/dispatch';
import { personInput } from '../../helpers/representatives';

const DISK_FULL = /^Le disque est plein : rien n’a été enregistré\./;

describe('the error boundary', () => {
  it('says a full disk is full and that nothing was saved', () => {
    const logged: string[] = [];
    const error = toApiError(
      'representatives:create',
      new SqliteError('database or disk is full', 'SQLITE_FULL'),
      (m) => logged.push(m),
    );
    expect(error).toEqual({ code: 'DISK_FULL', message: expect.stringMatching(DISK_FULL) as unknown });
    const nodeError = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    expect(toApiError('charters:sign', nodeError, (m) => logged.push(m)).code).toBe('DISK_FULL');
    expect(logged).toEqual([]);
  });

  it('says another Porte-voix holds the data too long, a damaged file is damaged, a read-only one read-only', () => {
    const quiet = () => undefined;
    expect(toApiError('x', new SqliteError('database is locked', 'SQLITE_BUSY'), quiet)).toMatchObject({
      code: 'BUSY',
      message: expect.stringMatching(/rien n’a été enregistré/) as unknown,
    });
    expect(toApiError('x', new SqliteError('malformed', 'SQLITE_CORRUPT'), quiet)).toMatchObject({
      code: 'DATA_FILE',
      message: expect.stringMatching(/restaurez une sauvegarde/) as unknown,
    });
    expect(toApiError('x', new SqliteError('readonly', 'SQLITE_READONLY'), quiet)).toMatchObject({
      code: 'DATA_FILE',
      message: expect.stringMatching(/lecture seule/) as unknown,
    });
  });

  it('keeps the real cause when SQLite already rolled the transaction back', async () => {
    const opened = await openDatabase(
      path.join(mkdtempSync(path.join(os.tmpdir(), 'pv-rb-')), 'base.sqlite'),
    );
    const cause = new SqliteError('database or disk is full', 'SQLITE_FULL');
    await expect(
      opened.db.transaction().execute(async (trx) => {
        // What SQLite does by itself on a full disk or an I/O error: the transaction is gone.
        await sql`rollback`.execute(trx);
        throw cause;
      }),
    ).rejects.toBe(cause);
    await opened.close();
  });
});

/** A 2 MB disk of its own, where root may mount one; otherwise the reason the test cannot run. */
function smallDisk(): { dir: string; unmount: () => void } | string {
  if (process.platform !== 'linux') return `système ${process.platform} : pas de tmpfs`;
  if (process.getuid?.() !== 0) return 'il faut être root pour monter un tmpfs';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return 'mount refusé (conteneur sans le droit de monter)';
  }
  return { dir, unmount: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }) };
}

describe('a disk that fills up', () => {
  it('answers « Le disque est plein : rien n’a été enregistré » and keeps what was saved', async () => {
    const disk = smallDisk();
    if (typeof disk === 'string') {
      process.stdout.write(`Test du disque plein ignoré : ${disk}\n`);
      return;
    }
    try {
      const opened = await openApp(path.join(disk.dir, 'porte-voix.sqlite'), 'desktop');
      const logged: unknown[] = [];
      const log = (message: string, error?: unknown) => logged.push(message, error);
      let saved = 0;
      let failure: { code: string; message: string } | null = null;
      for (let i = 0; i < 5000 && !failure; i += 1) {
        const result = await dispatch(
          opened.ctx,
          'representatives:create',
          personInput({ lastName: `Nom ${i}`, notes: `${i} `.repeat(1200).slice(0, 5000) }),
          log,
        );
        if (result.ok) saved += 1;
        else failure = result.error;
      }
      expect(failure).toEqual({ code: 'DISK_FULL', message: expect.stringMatching(DISK_FULL) as unknown });
      expect(logged).toEqual([]);
      const count = await opened.ctx.db
        .selectFrom('representative')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(saved);
      await opened.database.close().catch(() => undefined);
      opened.outbox.dispose();
    } finally {
      disk.unmount();
    }
  });
});
