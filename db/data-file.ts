/**
 * What can be wrong with the data file before and while SQLite opens it, said in French with
 * what to do. Everything here only reads: a file refused is left byte for byte as it was, so
 * that a backup, a newer Porte-voix or a repair tool still finds it intact.
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

export type DataFileProblem = 'empty' | 'not-database' | 'damaged' | 'read-only' | 'too-new';

const RESTORE_ADVICE = 'restaurez une sauvegarde (Paramètres › Application et données)';

/** The data file cannot be opened as it is; `message` is for the user, `problem` for the code. */
export class DatabaseFileError extends Error {
  constructor(
    readonly problem: DataFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseFileError';
  }
}

export function dataFileMessage(problem: Exclude<DataFileProblem, 'too-new'>, file: string): string {
  const name = `« ${file} »`;
  switch (problem) {
    case 'empty':
      return (
        `Le fichier de données ${name} est vide : il ne contient plus rien de Porte-voix. ` +
        `Porte-voix ne l’a pas remplacé par des données vierges, pour ne rien effacer : ${RESTORE_ADVICE}, ` +
        `ou, pour commencer sans données, supprimez ce fichier puis relancez Porte-voix.`
      );
    case 'not-database':
      return (
        `Le fichier ${name} n’est pas un fichier de données de Porte-voix (un autre document, ou des données ` +
        `chiffrées ou altérées). Porte-voix ne l’a pas modifié : vérifiez le fichier choisi, ou ${RESTORE_ADVICE}.`
      );
    case 'damaged':
      return (
        `Le fichier de données ${name} est endommagé (copie interrompue, disque ou clé USB défaillants). ` +
        `Porte-voix ne l’a pas modifié : ${RESTORE_ADVICE}.`
      );
    case 'read-only':
      return (
        `Le fichier de données ${name} est en lecture seule (lui ou son dossier) : Porte-voix ne pourrait rien ` +
        `y enregistrer. Vérifiez qu’il n’est pas sur une clé USB verrouillée, un disque plein ou un dossier ` +
        `partagé en lecture seule, ou copiez-le dans un dossier où vous pouvez écrire ; s’il est endommagé, ${RESTORE_ADVICE}.`
      );
  }
}

const fileError = (problem: Exclude<DataFileProblem, 'too-new'>, file: string) =>
  new DatabaseFileError(problem, dataFileMessage(problem, file));

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

/**
 * Looks at the file before SQLite does: `false` when there is none yet (a new database will be
 * created); throws for a folder, an empty file, a file cut short or one nobody may write to.
 * A file whose header is not SQLite's is left for SQLite to judge (an encrypted database has none).
 */
export function inspectDataFile(file: string): boolean {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw fileError('not-database', file);
    size = stats.size;
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  // An empty file is what a crash or a failed copy leaves: SQLite would take it for a new
  // database and Porte-voix would start empty, as if everything had been lost.
  if (size === 0) throw fileError('empty', file);
  const header = readHeader(file);
  if (header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    if (isCutShort(header, size)) throw fileError('damaged', file);
  } else if (SQLITE_MAGIC.subarray(0, header.length).equals(header)) {
    throw fileError('damaged', file);
  }
  try {
    // WAL mode writes two files beside the database: the folder must be writable too.
    accessSync(file, constants.R_OK | constants.W_OK);
    accessSync(path.dirname(file), constants.W_OK);
  } catch {
    throw fileError('read-only', file);
  }
  return true;
}

function readHeader(file: string): Buffer {
  const buffer = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * SQLite's header records the page size and, when the « valid-for » counter matches the change
 * counter, the number of pages: a file shorter than that lost its end. (In WAL mode the header
 * describes the last checkpoint, which the file always holds whole.)
 */
function isCutShort(header: Buffer, size: number): boolean {
  if (header.length < HEADER_BYTES) return true;
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return true;
  if (size < pageSize) return true;
  const pages = header.readUInt32BE(28);
  const valid = header.readUInt32BE(24) === header.readUInt32BE(92);
  return valid && pages > 0 && size < pages * pageSize;
}

interface SqliteErrorLike {
  code: string;
}
// Not `instanceof Error`: the native module's errors may come from another realm (Jest reuses it
// across test files), and only their code matters here.
const isSqliteError = (error: unknown): error is SqliteErrorLike =>
  typeof error === 'object' && error !== null && typeof (error as Partial<SqliteErrorLike>).code === 'string';

/** What SQLite said while opening, as the user's problem (or null: an unexpected error, kept as is). */
export function openProblemOf(error: unknown): Exclude<DataFileProblem, 'too-new' | 'empty'> | null {
  if (!isSqliteError(error)) return null;
  const code = error.code;
  if (code === 'SQLITE_NOTADB') return 'not-database';
  if (code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM')
    return 'read-only';
  return null;
}

/** An error met while opening the file, turned into the user's message when it is about the file. */
export function translateOpenError(error: unknown, file: string): unknown {
  const problem = openProblemOf(error);
  return problem ? fileError(problem, file) : error;
}
