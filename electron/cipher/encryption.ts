/**
 * Encrypting the data on demand and changing the passphrase. Both go through a verified copy
 * (db/cipher.ts `encryptedCopy`): the copy is written and checked beside the original, then takes
 * its place by one rename once the original is closed. Until that rename the original is as it
 * was; after it, the new file is whole. Then the attachments are sealed (resumable).
 */
import { timingSafeEqual } from 'node:crypto';
import {
  encryptedCopy,
  keyFromPassphrase,
  keyToHex,
  newKey,
  removeLeftoverCopy,
  replaceFile,
  type DatabaseKey,
  type EncryptedCopyOptions,
} from '../../db/cipher';
import { openDatabase } from '../../db/connection';
import { writeSetting } from '../../db/settings';
import { logAction } from '../../db/audit';
import { FILES_KEY_SETTING, type FilesKeySetting } from '../../shared/cipher/settings';
import type { EncryptionResult } from '../../shared/cipher/types';
import { AppError } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { attachFilesKey, readFilesKeySetting, sealAttachments } from './attachments';
import type { DataStorage } from './data-storage';
import { newFilesKey } from './file-crypto';
import { cipherStatus } from './status';

function storageOf(ctx: ServiceContext): DataStorage {
  if (!ctx.storage || ctx.databaseFile === ':memory:') {
    throw new AppError('FORBIDDEN_STATE', 'Ces données ne sont pas dans un fichier : rien à chiffrer.');
  }
  if (ctx.jobs && ctx.jobs.running > 0) {
    throw new AppError(
      'CONFLICT',
      'Un traitement est en cours : attendez qu’il se termine, puis recommencez.',
    );
  }
  return ctx.storage;
}

/** Tests stop the work between two steps to show that the original stays intact. */
export interface ReencryptHooks {
  afterStep?: EncryptedCopyOptions['afterStep'];
  beforeReplace?: () => void;
}

/**
 * Replaces the open database with an encrypted copy under `key`. A failure before the rename
 * leaves the original as it was: it is reopened and the error goes on to the user.
 */
async function reencrypt(
  ctx: ServiceContext,
  storage: DataStorage,
  key: DatabaseKey,
  settings: Record<string, unknown>,
  hooks: ReencryptHooks,
): Promise<void> {
  let failure: unknown = null;
  await storage.replace(async (current) => {
    const copy = encryptedCopy(current.sqlite, current.file, key, {
      currentKey: current.key,
      settings,
      afterStep: hooks.afterStep,
    });
    await current.close();
    try {
      hooks.beforeReplace?.();
      replaceFile(copy, current.file);
    } catch (error) {
      failure = error;
      removeLeftoverCopy(current.file);
      return openDatabase(current.file, { key: current.key });
    }
    return openDatabase(current.file, { key });
  });
  if (failure) throw failure;
  // The service's context may be a copy (dispatch sets the actor on one): it goes on with the new file.
  ctx.db = storage.current().db;
  await attachFilesKey(ctx);
}

export async function encryptData(
  ctx: ServiceContext,
  input: { passphrase: string },
  hooks: ReencryptHooks = {},
): Promise<EncryptionResult> {
  const storage = storageOf(ctx);
  if (storage.current().key) throw new AppError('FORBIDDEN_STATE', 'Les données sont déjà chiffrées.');
  const key = await newKey(input.passphrase);
  const at = isoNow(ctx);
  const filesSetting: FilesKeySetting = {
    key: newFilesKey().toString('base64'),
    pending: true,
    encryptedAt: at,
    passphraseChangedAt: '',
  };
  await reencrypt(ctx, storage, key, { [FILES_KEY_SETTING]: filesSetting }, hooks);
  await logAction(ctx.db, {
    at,
    actor: ctx.actor,
    action: 'données chiffrées',
    entity: 'database',
    entityId: null,
  });
  const attachmentsSealed = await sealAttachments(ctx);
  const remembered = await storage.rememberKey(keyToHex(key));
  return { status: await cipherStatus(ctx), attachmentsSealed, remembered };
}

export async function changePassphrase(
  ctx: ServiceContext,
  input: { current: string; passphrase: string },
  hooks: ReencryptHooks = {},
): Promise<EncryptionResult> {
  const storage = storageOf(ctx);
  const open = storage.current();
  if (!open.key)
    throw new AppError('FORBIDDEN_STATE', 'Les données ne sont pas chiffrées : chiffrez-les d’abord.');
  const typed = await keyFromPassphrase(open.file, input.current);
  if (!timingSafeEqual(typed.key, open.key.key)) {
    throw new AppError(
      'VALIDATION',
      'La phrase de passe actuelle n’est pas la bonne. Rien n’a été modifié.',
      {
        current: 'Phrase de passe actuelle incorrecte',
      },
    );
  }
  const key = await newKey(input.passphrase);
  const at = isoNow(ctx);
  const filesSetting = { ...(await readFilesKeySetting(ctx.db)), passphraseChangedAt: at };
  await reencrypt(ctx, storage, key, { [FILES_KEY_SETTING]: filesSetting }, hooks);
  await writeSetting(ctx.db, FILES_KEY_SETTING, filesSetting);
  await logAction(ctx.db, {
    at,
    actor: ctx.actor,
    action: 'phrase de passe changée',
    entity: 'database',
    entityId: null,
  });
  const remembered = await storage.rememberKey(keyToHex(key));
  return { status: await cipherStatus(ctx), attachmentsSealed: 0, remembered };
}
