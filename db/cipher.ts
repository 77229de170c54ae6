/**
 * Encryption at rest: the one module that knows how a database file is encrypted.
 *
 * Format: SQLCipher 4 (AES-256-CBC, HMAC-SHA512 per page, PBKDF2-HMAC-SHA512 with 256 000
 * iterations), through SQLite3MultipleCiphers (better-sqlite3-multiple-ciphers). The file's first
 * 16 bytes are its salt. The key is derived here, once, with the same PBKDF2 as SQLCipher, and
 * handed to SQLite as a raw key: opening costs no derivation, and the file still opens in any
 * SQLCipher 4 tool (DB Browser for SQLite…) with the passphrase alone.
 *
 * API for the rest of the application (and for backups):
 * - `isEncrypted(file)`: does the file look encrypted (not an SQLite header)?
 * - `keyFromPassphrase(file, passphrase)`: the raw key of an existing encrypted file;
 * - `newKey(passphrase)`: a key with a fresh salt, to encrypt a file;
 * - `openDatabase(file, { key })` (connection.ts) opens with a key;
 * - `snapshotInto(sqlite, target)`: a consistent copy, encrypted with the same key when the
 *   source is (SQLite's backup API refuses an encrypted source: use this);
 * - `encryptedCopy(...)`, `replaceFile(...)`: encrypt or re-key through a verified copy.
 */
import { pbkdf2, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

export const KDF_ITERATIONS = 256_000;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A raw database key and the salt it was derived with (the salt is the file's first 16 bytes). */
export interface DatabaseKey {
  key: Buffer;
  salt: Buffer;
}

/** The database is encrypted and no key was given: the passphrase must be asked. */
export class DatabaseLockedError extends Error {
  constructor() {
    super('Les données de Porte-voix sont chiffrées : saisissez la phrase de passe pour les ouvrir.');
    this.name = 'DatabaseLockedError';
  }
}

/** The key does not open the file; nothing was written to it. */
export class WrongPassphraseError extends Error {
  constructor() {
    super(
      'Cette phrase de passe n’ouvre pas ces données. Vérifiez les majuscules, les accents et la disposition du clavier, puis réessayez. Rien n’a été modifié.',
    );
    this.name = 'WrongPassphraseError';
  }
}

function readHeader(file: string): Buffer | null {
  if (file === ':memory:' || !existsSync(file)) return null;
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SALT_BYTES);
    return readSync(fd, header, 0, SALT_BYTES, 0) === SALT_BYTES ? header : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * An SQLCipher file starts with its random salt, a plain one with « SQLite format 3 ». A file that
 * is neither (garbage, truncated) is also "not plain": opening it then says what is wrong.
 */
export function isEncrypted(file: string): boolean {
  const header = readHeader(file);
  if (!header || header.equals(SQLITE_HEADER)) return false;
  // Encrypted files are whole pages; a text file or a truncated copy is not one.
  return statSync(file).size % 512 === 0;
}

const derive = (passphrase: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    pbkdf2(passphrase.normalize('NFC'), salt, KDF_ITERATIONS, KEY_BYTES, 'sha512', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

/** The key of an existing encrypted file, from its passphrase and the salt at its head. */
export async function keyFromPassphrase(file: string, passphrase: string): Promise<DatabaseKey> {
  const salt = readHeader(file);
  if (!salt || !isEncrypted(file)) throw new Error(`${file} n’est pas une base chiffrée.`);
  return { key: await derive(passphrase, salt), salt };
}

/** A key with a fresh salt, to encrypt a file or change its passphrase. */
export async function newKey(passphrase: string): Promise<DatabaseKey> {
  const salt = randomBytes(SALT_BYTES);
  return { key: await derive(passphrase, salt), salt };
}

export const keyToHex = (key: DatabaseKey): string => key.key.toString('hex') + key.salt.toString('hex');

/** The inverse of `keyToHex`; null for anything else (a keychain entry may be stale or damaged). */
export function keyFromHex(hex: string): DatabaseKey | null {
  if (!/^[0-9a-f]{96}$/.test(hex)) return null;
  return { key: Buffer.from(hex.slice(0, 64), 'hex'), salt: Buffer.from(hex.slice(64), 'hex') };
}

/** Sets the cipher and the key on a fresh connection, before anything reads the file. */
export function applyKey(sqlite: BetterSqlite3.Database, key: DatabaseKey): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.key.toString('hex')}'"`);
}

/** Reads the first page: SQLite checks the key there (and the page's HMAC). */
export function checkKey(sqlite: BetterSqlite3.Database): void {
  try {
    sqlite.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    // Read by its code, not `instanceof`: the driver keeps the error class of the first context
    // that loaded it (one per Jest test file), so `instanceof Error` may be false elsewhere.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_NOTADB') {
      throw new WrongPassphraseError();
    }
    throw error;
  }
}

const quoted = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * A consistent copy of the open database (VACUUM INTO: a snapshot, compacted). The copy of an
 * encrypted database is encrypted with the same key and salt: nothing in clear reaches the disk.
 */
export function snapshotInto(sqlite: BetterSqlite3.Database, target: string): void {
  rmSync(target, { force: true });
  sqlite.exec(`vacuum into ${quoted(target)}`);
}

/** Rows per table: what a copy must hold, table by table. */
export function tableCounts(sqlite: BetterSqlite3.Database): Record<string, number> {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = Number(
      sqlite
        .prepare(`select count(*) from "${table.replace(/"/g, '""')}"`)
        .pluck()
        .get(),
    );
  }
  return counts;
}

export type CopyStep = 'copied' | 'rekeyed' | 'verified';

export interface EncryptedCopyOptions {
  /** The key of the source when it is already encrypted (changing the passphrase). */
  currentKey?: DatabaseKey | null;
  /** Settings written into the copy once encrypted, never into the source (the attachments' key). */
  settings?: Record<string, unknown>;
  /** Tests interrupt the work here, to show that the original stays as it was. */
  afterStep?: (step: CopyStep) => void;
}

/**
 * Writes an encrypted copy of the open database beside it and checks it: it opens with the new
 * key, `integrity_check` says ok and every table has the source's row count. Synchronous from
 * the snapshot to the check, so that no write of this process falls between them. Returns the
 * copy's path; the source is untouched. On any failure the copy is removed.
 */
export function encryptedCopy(
  sqlite: BetterSqlite3.Database,
  file: string,
  key: DatabaseKey,
  options: EncryptedCopyOptions = {},
): string {
  const copyFile = `${file}.chiffrement.tmp`;
  try {
    const expected = tableCounts(sqlite);
    const added = Object.keys(options.settings ?? {});
    const present = sqlite.prepare('select 1 from setting where key = ?').pluck();
    expected.setting =
      (expected.setting ?? 0) + added.filter((name) => present.get(name) === undefined).length;
    snapshotInto(sqlite, copyFile);
    options.afterStep?.('copied');
    const copy = new BetterSqlite3(copyFile);
    try {
      if (options.currentKey) applyKey(copy, options.currentKey);
      // SQLite3MultipleCiphers re-keys in rollback-journal mode only.
      copy.pragma('journal_mode = DELETE');
      copy.pragma("cipher = 'sqlcipher'");
      copy.pragma('legacy = 4');
      copy.pragma(`rekey = "x'${keyToHex(key)}'"`);
      const write = copy.prepare(
        'insert into setting (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
      );
      for (const [name, value] of Object.entries(options.settings ?? {}))
        write.run(name, JSON.stringify(value));
    } finally {
      copy.close();
    }
    options.afterStep?.('rekeyed');
    verifyCopy(copyFile, key, expected);
    options.afterStep?.('verified');
    return copyFile;
  } catch (error) {
    removeDatabaseFiles(copyFile);
    throw error;
  }
}

function verifyCopy(copyFile: string, key: DatabaseKey, expected: Record<string, number>): void {
  if (!isEncrypted(copyFile)) throw new Error('La copie chiffrée est restée en clair.');
  const check = new BetterSqlite3(copyFile, { readonly: true, fileMustExist: true });
  try {
    applyKey(check, key);
    checkKey(check);
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`Copie chiffrée abîmée : ${String(integrity)}`);
    const counts = tableCounts(check);
    for (const [table, count] of Object.entries(expected)) {
      if (counts[table] !== count) {
        throw new Error(
          `Copie chiffrée incomplète : ${table} ${counts[table] ?? 0} lignes au lieu de ${count}.`,
        );
      }
    }
  } finally {
    check.close();
  }
  const fd = openSync(copyFile, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts the verified copy in the original's place, once the original is closed. A `-wal` left
 * beside the original means another connection still has it open: its log would be replayed
 * into the new file, so nothing is replaced (the copy is removed and the original stays).
 */
export function replaceFile(copyFile: string, file: string): void {
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
    removeDatabaseFiles(copyFile);
    throw new Error(
      'Un autre programme (une autre fenêtre de Porte-voix ?) a ces données ouvertes : fermez-le, puis recommencez. Rien n’a été modifié.',
    );
  }
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  renameSync(copyFile, file);
  syncFolder(path.dirname(file));
}

/** A copy left by an interrupted encryption is never used: it is removed at the next opening. */
export function removeLeftoverCopy(file: string): void {
  if (file !== ':memory:') removeDatabaseFiles(`${file}.chiffrement.tmp`);
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

function syncFolder(folder: string): void {
  // Makes the rename durable; Windows cannot open a folder for that, and NTFS logs renames.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
