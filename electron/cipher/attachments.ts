/**
 * The attachments' side of an encrypted database: its key read from inside the database, and the
 * pass that seals the files stored before the encryption. The pass is resumable: a file is sealed
 * to a temporary name then renamed, and the `pending` flag is cleared only once all are done, so
 * an interruption leaves every file readable (clear or sealed) and the next opening finishes.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../../db/audit';
import { readSetting, writeSetting } from '../../db/settings';
import { FILES_KEY_SETTING, filesKeySettingSchema, type FilesKeySetting } from '../../shared/cipher/settings';
import type { ServiceContext } from '../service-context';
import { isSealed, sealBytes } from './file-crypto';

export const readFilesKeySetting = (db: Executor): Promise<FilesKeySetting> =>
  readSetting(db, FILES_KEY_SETTING, filesKeySettingSchema);

const STORED_NAME = /^[0-9a-f]{64}$/;

/** Seals every stored file still in clear; returns how many were sealed. */
export async function sealAttachments(ctx: ServiceContext): Promise<number> {
  const key = ctx.filesKey;
  if (!key) return 0;
  let sealed = 0;
  if (ctx.filesDir) {
    const folders = await readdir(ctx.filesDir, { withFileTypes: true }).catch(() => []);
    for (const folder of folders.filter((entry) => entry.isDirectory())) {
      const dir = path.join(ctx.filesDir, folder.name);
      for (const name of (await readdir(dir)).filter((n) => STORED_NAME.test(n))) {
        const file = path.join(dir, name);
        const bytes = await readFile(file);
        if (isSealed(bytes)) continue;
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, sealBytes(key, name, bytes));
        await rename(temporary, file);
        sealed += 1;
      }
    }
  }
  const setting = await readFilesKeySetting(ctx.db);
  if (setting.pending) await writeSetting(ctx.db, FILES_KEY_SETTING, { ...setting, pending: false });
  return sealed;
}

/** After an opening: the attachments' key into the context. */
export async function attachFilesKey(ctx: ServiceContext): Promise<FilesKeySetting> {
  const setting = await readFilesKeySetting(ctx.db);
  ctx.filesKey = setting.key ? Buffer.from(setting.key, 'base64') : null;
  return setting;
}

/** At an opening: the key, and the sealing pass an interruption left unfinished. */
export async function resumeAttachments(ctx: ServiceContext): Promise<void> {
  if ((await attachFilesKey(ctx)).pending) await sealAttachments(ctx);
}
