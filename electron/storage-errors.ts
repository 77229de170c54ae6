/**
 * Failures of the disk and of the data file met during an operation, as the user is told them
 * at the error boundary (`toApiError`): what happened, that nothing of this operation was saved
 * (a transaction is undone whole), and what to do. Anything else stays an internal error.
 */
import { AppError } from './errors';

const errorCode = (error: unknown): string | null => {
  if (typeof error !== 'object' || error === null) return null;
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' ? code : null;
};

export const DISK_FULL_MESSAGE =
  'Le disque est plein : rien n’a été enregistré. Libérez de la place (videz la corbeille, ' +
  'supprimez des fichiers inutiles), puis recommencez.';

const BUSY_MESSAGE =
  'Les données sont occupées par un autre Porte-voix ouvert sur le même fichier : rien n’a été ' +
  'enregistré. Réessayez dans un instant.';

const DAMAGED_MESSAGE =
  'Le fichier de données est endommagé (disque ou clé USB défaillants) : rien n’a été enregistré. ' +
  'Fermez Porte-voix et restaurez une sauvegarde (Paramètres › Application et données).';

const READ_ONLY_MESSAGE =
  'Le fichier de données est devenu en lecture seule (clé USB retirée ou verrouillée, droits ' +
  'changés) : rien n’a été enregistré. Vérifiez le disque, puis relancez Porte-voix.';

const IO_MESSAGE =
  'Le disque n’a pas pu écrire les données (clé USB retirée, disque réseau coupé ?) : rien n’a été ' +
  'enregistré. Vérifiez le disque, puis recommencez.';

/** The user's message for a failure of storage, or null for any other error. */
export function storageFailure(error: unknown): AppError | null {
  const code = errorCode(error);
  if (code === null) return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('DISK_FULL', DISK_FULL_MESSAGE);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError('BUSY', BUSY_MESSAGE);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError('DATA_FILE', DAMAGED_MESSAGE);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return new AppError('DATA_FILE', READ_ONLY_MESSAGE);
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return new AppError('IO_ERROR', IO_MESSAGE);
  return null;
}
