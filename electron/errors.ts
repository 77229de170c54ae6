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
  | 'UNAUTHORIZED'
  | 'CANCELLED'
  | 'HOST_DOWN'
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
