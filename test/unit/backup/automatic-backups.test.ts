/**
 * Backups the user does not ask for: before migrations change an existing file, at most once a
 * day; the rotation in the folder removes only Porte-voix archives; « À faire » says when the
 * folder is out of reach or the last backup too old.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../../db/connection';
import { migrations } from '../../../db/migrations';

/** The version before the latest (the numbers may skip: 0016 and 0017 were never used). */
const previousVersion =
  [...migrations]
    .map((m) => m.version)
    .sort((a, b) => a - b)
    .at(-2) ?? 0;
import { openApp } from '../../../electron/app-context';
import {
  automaticBackupIfDue,
  backupNow,
  backupTodo,
  saveBackupSettings,
} from '../../../electron/backup/backup-service';
import { readManifest } from '../../../electron/backup/read-archive';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pv-auto-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('before a migration', () => {
  it('backs up the file as it is before migrations change it, not a new file', async () => {
    const file = path.join(dir, 'porte-voix.sqlite');
    const old = await openDatabase(file, { upTo: previousVersion });
    await old.close();
    expect(existsSync(path.join(dir, 'sauvegardes'))).toBe(false);
    const opened = await openApp(file, 'navigateur');
    const archives = readdirSync(path.join(dir, 'sauvegardes'));
    expect(archives).toHaveLength(1);
    expect(archives[0]).toMatch(/-avant-migration\.porte-voix$/);
    const manifest = await readManifest(path.join(dir, 'sauvegardes', archives[0] ?? ''));
    expect(manifest.schemaVersion).toBe(previousVersion);
    expect(manifest.kind).toBe('avant-migration');
    await opened.database.close();
    opened.outbox.dispose();
    // Opening an up-to-date file backs nothing up.
    const again = await openApp(file, 'navigateur');
    expect(readdirSync(path.join(dir, 'sauvegardes'))).toHaveLength(1);
    await again.database.close();
    again.outbox.dispose();
  });

  it('a new file is not backed up', async () => {
    const opened = await openApp(path.join(dir, 'neuf.sqlite'), 'navigateur');
    expect(existsSync(path.join(dir, 'sauvegardes'))).toBe(false);
    await opened.database.close();
    opened.outbox.dispose();
  });
});

describe('automatic backups and the folder', () => {
  it('makes one a day, rotates only Porte-voix archives, and warns in « À faire »', async () => {
    const file = path.join(dir, 'porte-voix.sqlite');
    const opened = await openApp(file, 'navigateur');
    let now = new Date(2026, 10, 1, 18, 0, 0);
    const ctx = { ...opened.ctx, now: () => now };
    const folder = path.join(dir, 'cle');
    // A chosen folder must exist: an unplugged key is not silently replaced by a local folder.
    await expect(saveBackupSettings(ctx, { folder })).rejects.toThrow(/introuvable/);
    mkdirSync(folder);
    await saveBackupSettings(ctx, { folder, keepDaily: 2, keepWeekly: 0, keepMonthly: 0 });
    // Look-alikes the rotation must leave: not an archive, and a file of the user's.
    writeFileSync(path.join(folder, 'porte-voix-2026-01-01-120000.porte-voix'), 'pas une archive');
    writeFileSync(path.join(folder, 'notes.txt'), 'à garder');
    expect(await automaticBackupIfDue(ctx)).toBe(true);
    now = new Date(2026, 10, 1, 22, 0, 0);
    expect(await automaticBackupIfDue(ctx)).toBe(false);
    for (const day of [2, 3, 4]) {
      now = new Date(2026, 10, day, 18, 0, 0);
      expect(await automaticBackupIfDue(ctx)).toBe(true);
    }
    expect(readdirSync(folder).sort()).toEqual([
      'notes.txt',
      'porte-voix-2026-01-01-120000.porte-voix',
      'porte-voix-2026-11-03-180000.porte-voix',
      'porte-voix-2026-11-04-180000.porte-voix',
    ]);
    expect(await backupTodo(ctx)).toBeNull();
    now = new Date(2026, 10, 12, 9, 0, 0);
    expect((await backupTodo(ctx))?.message).toBe(
      'La dernière sauvegarde date de 8 jours : faites-en une maintenant.',
    );
    rmSync(folder, { recursive: true });
    const todo = await backupTodo(ctx);
    expect(todo?.problem).toBe('dossier');
    expect(todo?.message).toMatch(/branchez la clé/);
    await expect(backupNow(ctx, 'manuelle')).rejects.toThrow(/introuvable/);
    // The default folder beside the data is never created on the chosen folder's behalf.
    expect(existsSync(path.join(dir, 'sauvegardes'))).toBe(false);
    await opened.database.close();
    opened.outbox.dispose();
  });
});
