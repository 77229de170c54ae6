/**
 * Errors that cross the IPC boundary. `AppError` carries a code the renderer can react to and a
 * French message the user can act on; anything else is an internal error, logged with a
 * reference and shown generically.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'FILE_ERROR'
  | 'CONFLICT'
  | 'FORBIDDEN_STATE'
  | 'UNKNOWN_CHANNEL'
  | 'DB_TOO_NEW'
  /** The data file is empty, damaged, not a database or read-only (see db/data-file.ts). */
  | 'DATA_FILE'
  /** The disk is full, busy or failing (see electron/storage-errors.ts). */
  | 'DISK_FULL'
  | 'DATA_IN_USE'
  | 'BUSY'
  | 'IO_ERROR'
  | 'UNAUTHORIZED'
  | 'CANCELLED'
  | 'HOST_DOWN'
  | 'MAIL_FAILED'
  | 'BACKUP_REFUSED'
  | 'LOCKED'
  | 'WRONG_PASSPHRASE'
  | 'INTERNAL';

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} introuvable.`);
