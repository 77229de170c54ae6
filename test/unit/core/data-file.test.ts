/**
 * Opening the data file: whatever is wrong with it (written by a newer version, empty, not a
 * database, cut short, damaged, read-only) is refused with a French message saying what to do,
 * and the file is left exactly as it was — compared by its SHA-256 before and after.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase } from '../../../db/connection';
import { latestSchemaVersion, migrations } from '../../../db/migrations';
import { openApp } from '../../../electron/app-context';

const RESTORE = /restaurez une sauvegarde \(Paramètres › Application et données\)/;

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'pv-file-'));
const tempFile = () => path.join(tempDir(), 'porte-voix.sqlite');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A migrated database written back in rollback-journal mode, as an older build or a copy tool leaves it. */
async function rollbackJournalDatabase(file: string, schemaVersion = latestSchemaVersion): Promise<void> {
  const opened = await openDatabase(file);
  await sql`insert into representative (civility, last_name, first_name, employed, search_text, created_at, updated_at)
    values ('Mme', 'Guérin', 'Maëlle', 0, 'guerin maelle', '2026-01-01', '2026-01-01')`.execute(opened.db);
  if (schemaVersion > latestSchemaVersion) {
    await sql`insert into schema_version (version, name, applied_at) values (${schemaVersion}, 'future', 'x')`.execute(
      opened.db,
    );
  }
  await opened.close();
  const raw = new Database(file);
  raw.pragma('journal_mode = DELETE');
  raw.close();
}

/** The refusal as the application shows it, and the file's bytes unchanged. */
async function expectRefused(file: string, message: RegExp, code: string): Promise<void> {
  const before = existsSync(file) ? sha256(file) : null;
  await expect(openDatabase(file)).rejects.toThrow(message);
  await expect(openApp(file, 'navigateur')).rejects.toMatchObject({
    code,
    message: expect.stringMatching(message) as unknown,
  });
  expect(existsSync(file) ? sha256(file) : null).toBe(before);
  expect(existsSync(`${file}-wal`)).toBe(false);
}

describe('opening the data file', () => {
  it('refuses a database from a newer version before anything writes to it, bytes unchanged', async () => {
    const file = tempFile();
    await rollbackJournalDatabase(file, latestSchemaVersion + 1);
    await expectRefused(file, /version plus récente de Porte-voix/, 'DB_TOO_NEW');
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
  });

  it('refuses an empty file instead of turning it into a new database', async () => {
    const file = tempFile();
    writeFileSync(file, '');
    await expectRefused(file, /est vide/, 'DATA_FILE');
    await expect(openDatabase(file)).rejects.toThrow(RESTORE);
    expect(statSync(file).size).toBe(0);
  });

  it('refuses a file that is not a database', async () => {
    const file = tempFile();
    writeFileSync(file, 'Nom;Prénom\nGuérin;Maëlle\n'.repeat(200));
    await expectRefused(file, /n’est pas un fichier de données de Porte-voix/, 'DATA_FILE');
    await expect(openDatabase(file)).rejects.toThrow(RESTORE);
  });

  it('refuses a folder given as the data file', async () => {
    const dir = tempDir();
    await expect(openDatabase(dir)).rejects.toThrow(/n’est pas un fichier de données de Porte-voix/);
  });

  it('refuses a database cut short (a copy interrupted, a full USB key)', async () => {
    const file = tempFile();
    await rollbackJournalDatabase(file);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await expectRefused(file, /est endommagé/, 'DATA_FILE');
    await expect(openDatabase(file)).rejects.toThrow(RESTORE);
  });

  it('refuses a database whose first page is damaged', async () => {
    const file = tempFile();
    await rollbackJournalDatabase(file);
    const bytes = readFileSync(file);
    // The header stays; the table list that follows on the first page is scrambled.
    for (let i = 100; i < 4096; i += 1) bytes[i] = (i * 31) & 0xff;
    writeFileSync(file, bytes);
    await expectRefused(file, /est endommagé/, 'DATA_FILE');
  });

  it('creates a new database whole or not at all', async () => {
    const file = tempFile();
    const broken = [
      ...migrations,
      {
        version: latestSchemaVersion + 1,
        name: 'broken',
        up: () => Promise.reject(new Error('boom')),
      },
    ];
    await expect(openDatabase(file, { migrationList: broken })).rejects.toThrow('boom');
    // No empty or half-made file is left to be refused (or taken for data) at the next start.
    expect(existsSync(file)).toBe(false);
    const opened = await openDatabase(file);
    await opened.close();
    expect(statSync(file).size).toBeGreaterThan(0);
  });

  it('keeps every acknowledged commit through a power cut: synchronous FULL in WAL mode', async () => {
    const opened = await openDatabase(tempFile());
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(opened.db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(opened.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(sync.rows[0]?.synchronous).toBe(2);
    await opened.close();
  });
});

/** A read-only file: chmod for an ordinary user; root writes anyway, so a read-only mount for root. */
function readOnlyDatabase(): { file: string; cleanup: () => void } | string {
  const file = tempFile();
  const dir = path.dirname(file);
  if (process.getuid?.() !== 0) {
    return { file, cleanup: () => chmodSync(dir, 0o700) };
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return 'impossible de monter un système de fichiers en lecture seule (mount refusé)';
  }
  return {
    file,
    cleanup: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }),
  };
}

describe('a read-only data file', () => {
  it('is refused with a message saying what to check', async () => {
    const made = readOnlyDatabase();
    if (typeof made === 'string') {
      process.stdout.write(`Test de la lecture seule ignoré : ${made}\n`);
      return;
    }
    const { file, cleanup } = made;
    try {
      await rollbackJournalDatabase(file);
      if (process.getuid?.() === 0) {
        execFileSync('mount', ['-o', 'remount,ro', path.dirname(file)], { stdio: 'ignore' });
      } else {
        chmodSync(file, 0o444);
        chmodSync(path.dirname(file), 0o555);
      }
      await expectRefused(file, /en lecture seule/, 'DATA_FILE');
    } finally {
      cleanup();
    }
  });
});
