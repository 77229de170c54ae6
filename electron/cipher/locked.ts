/**
 * The service host while encrypted data wait for their passphrase: it answers the state and the
 * unlocking, and refuses everything else with a French message. A wrong passphrase writes nothing
 * (db/connection.ts checks the key on the first page before any pragma).
 */
import { keyFromPassphrase, WrongPassphraseError, type DatabaseKey } from '../../db/cipher';
import { unlockInput } from '../../shared/cipher/schemas';
import type { CipherStatus } from '../../shared/cipher/types';
import type { ApiResult } from '../ipc/contract';
import { toApiError, type Logger } from '../ipc/dispatch';

export interface LockedData {
  file: string;
  reason: string;
  keychain: boolean;
}

export const lockedReason = {
  noKey:
    'Cet ordinateur ne connaît pas encore la phrase de passe de ces données (nouvel ordinateur, première ouverture ou trousseau du système effacé).',
  staleKey:
    'La clé gardée par cet ordinateur n’ouvre plus ces données : elles ont sans doute été restaurées depuis une sauvegarde, ou leur phrase de passe a été changée ailleurs.',
  noKeychain:
    'En mode navigateur, Porte-voix ne garde pas la clé : la phrase de passe est demandée à chaque démarrage (ou donnée par la variable PORTE_VOIX_PASSPHRASE).',
} as const;

export function lockedStatus(locked: LockedData): CipherStatus {
  return {
    encrypted: true,
    locked: true,
    lockedReason: locked.reason,
    keychain: locked.keychain,
    databaseFile: locked.file,
    encryptedAt: null,
    passphraseChangedAt: null,
    attachmentsPending: false,
  };
}

export const LOCKED_ERROR = {
  code: 'LOCKED',
  message: 'Les données de Porte-voix sont chiffrées : saisissez d’abord la phrase de passe.',
} as const;

/** `unlock` opens the application with the key and answers the status; it throws WrongPassphraseError. */
export async function answerLocked(
  locked: LockedData,
  channel: string,
  payload: unknown,
  unlock: (key: DatabaseKey) => Promise<CipherStatus>,
  log?: Logger,
): Promise<ApiResult<unknown>> {
  if (channel === 'cipher:status') return { ok: true, value: lockedStatus(locked) };
  if (channel !== 'cipher:unlock') return { ok: false, error: { ...LOCKED_ERROR } };
  const parsed = unlockInput.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Saisissez la phrase de passe.',
        fieldErrors: { passphrase: 'Obligatoire' },
      },
    };
  }
  try {
    const key = await keyFromPassphrase(locked.file, parsed.data.passphrase);
    return { ok: true, value: await unlock(key) };
  } catch (error) {
    if (error instanceof WrongPassphraseError) {
      return {
        ok: false,
        error: {
          code: 'WRONG_PASSPHRASE',
          message: error.message,
          fieldErrors: { passphrase: 'Phrase de passe incorrecte' },
        },
      };
    }
    return { ok: false, error: toApiError('cipher:unlock', error, log) };
  }
}
