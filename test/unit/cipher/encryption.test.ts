/**
 * Encryption at rest, end to end on real files: encrypting in place keeps every row and every
 * attachment, a wrong passphrase is refused in French with nothing written, the passphrase can be
 * changed, and an encryption interrupted at any step leaves the original as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DatabaseLockedError,
  isEncrypted,
  keyFromPassphrase,
  WrongPassphraseError,
  type CopyStep,
} from '../../../db/cipher';
import { filePath, readStoredFile } from '../../../electron/association/stored-files';
import { isSealed } from '../../../electron/cipher/file-crypto';
import { changePassphrase, encryptData } from '../../../electron/cipher/encryption';
import { AppError } from '../../../electron/errors';
import { dump, fileApp, PASSPHRASE, PDF, PNG, reopen, type FileApp } from './fixtures';

jest.setTimeout(30_000);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const NEW_PASSPHRASE = 'hibou parapluie mardi colline';

let app: FileApp;
beforeEach(async () => {
  app = await fileApp();
});
afterEach(async () => {
  await app.cleanup();
});

describe('encrypting the data in place', () => {
  it('keeps every row and attachment, and the file opens only with the passphrase', async () => {
    // The audit log and settings gain their encryption entries; everything else is identical.
    const before = await dump(app.opened, ['audit_log', 'setting']);
    const result = await encryptData(app.opened.ctx, { passphrase: PASSPHRASE });
    expect(result.status).toMatchObject({ encrypted: true, attachmentsPending: false });
    expect(result.attachmentsSealed).toBe(2);
    expect(isEncrypted(app.file)).toBe(true);
    expect(readFileSync(app.file).includes(Buffer.from('Lefèvre'))).toBe(false);
    expect(await dump(app.opened, ['audit_log', 'setting'])).toEqual(before);

    // The attachments are sealed on disk, and read back as they were.
    const filesDir = app.opened.ctx.filesDir ?? '';
    for (const hash of app.hashes) expect(isSealed(readFileSync(filePath(filesDir, hash)))).toBe(true);
    expect((await readStoredFile(app.opened.ctx, app.hashes[0] ?? '')).bytes).toEqual(PDF);
    expect((await readStoredFile(app.opened.ctx, app.hashes[1] ?? '')).bytes).toEqual(PNG);

    // Reopened: without a key it is refused, with the passphrase's key everything is there.
    await app.opened.database.close();
    await expect(reopen(app.file, null)).rejects.toBeInstanceOf(DatabaseLockedError);
    app.opened = await reopen(app.file, await keyFromPassphrase(app.file, PASSPHRASE));
    expect(await dump(app.opened, ['audit_log', 'setting'])).toEqual(before);
    expect((await readStoredFile(app.opened.ctx, app.hashes[0] ?? '')).bytes).toEqual(PDF);
    expect(readdirSync(app.dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('writes a new attachment sealed once the data are encrypted', async () => {
    await encryptData(app.opened.ctx, { passphrase: PASSPHRASE });
    const { storeFile } = await import('../../../electron/association/stored-files');
    const other = Buffer.from('%PDF-1.4\n% un autre justificatif\n%%EOF\n', 'latin1');
    const { ctx } = app.opened;
    const stored = await ctx.db
      .transaction()
      .execute((trx) => storeFile(ctx, trx, { bytes: other, originalName: 'b.pdf' }));
    expect(isSealed(readFileSync(filePath(ctx.filesDir ?? '', stored.hash)))).toBe(true);
    expect((await readStoredFile(ctx, stored.hash)).bytes).toEqual(other);
  });

  it('refuses a wrong passphrase in French and writes nothing', async () => {
    await encryptData(app.opened.ctx, { passphrase: PASSPHRASE });
    await app.opened.database.close();
    const bytes = sha(app.file);
    const wrong = await keyFromPassphrase(app.file, 'girafe tambour lundi escalie');
    const error = await reopen(app.file, wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect((error as Error).message).toMatch(
      /^Cette phrase de passe n’ouvre pas ces données\..*Rien n’a été modifié\.$/,
    );
    expect(sha(app.file)).toBe(bytes);
    expect(existsSync(`${app.file}-wal`)).toBe(false);
    app.opened = await reopen(app.file, await keyFromPassphrase(app.file, PASSPHRASE));
  });

  it('changes the passphrase: the old one no longer opens, the new one does, attachments stay readable', async () => {
    await encryptData(app.opened.ctx, { passphrase: PASSPHRASE });
    const before = await dump(app.opened, ['audit_log', 'setting']);
    await expect(
      changePassphrase(app.opened.ctx, {
        current: 'pas la bonne phrase du tout',
        passphrase: NEW_PASSPHRASE,
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { current: 'Phrase de passe actuelle incorrecte' },
    });
    const result = await changePassphrase(app.opened.ctx, {
      current: PASSPHRASE,
      passphrase: NEW_PASSPHRASE,
    });
    expect(result.status.passphraseChangedAt).not.toBeNull();
    await app.opened.database.close();
    await expect(reopen(app.file, await keyFromPassphrase(app.file, PASSPHRASE))).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    app.opened = await reopen(app.file, await keyFromPassphrase(app.file, NEW_PASSPHRASE));
    expect(await dump(app.opened, ['audit_log', 'setting'])).toEqual(before);
    expect((await readStoredFile(app.opened.ctx, app.hashes[1] ?? '')).bytes).toEqual(PNG);
  });

  it('refuses to encrypt twice', async () => {
    await encryptData(app.opened.ctx, { passphrase: PASSPHRASE });
    await expect(encryptData(app.opened.ctx, { passphrase: PASSPHRASE })).rejects.toBeInstanceOf(AppError);
  });
});

describe('an interrupted encryption', () => {
  const interruption = new Error('coupure simulée');
  it.each<CopyStep | 'before the rename'>(['copied', 'rekeyed', 'verified', 'before the rename'])(
    'after the step « %s » leaves the original as it was, and the app working',
    async (step) => {
      const before = await dump(app.opened);
      const hooks =
        step === 'before the rename'
          ? {
              beforeReplace: () => {
                throw interruption;
              },
            }
          : {
              afterStep: (done: CopyStep) => {
                if (done === step) throw interruption;
              },
            };
      await expect(encryptData(app.opened.ctx, { passphrase: PASSPHRASE }, hooks)).rejects.toBe(interruption);
      expect(isEncrypted(app.file)).toBe(false);
      expect(await dump(app.opened)).toEqual(before);
      expect(readdirSync(app.dir).filter((name) => name.includes('chiffrement'))).toEqual([]);
      // Attachments untouched, still in clear.
      const filesDir = app.opened.ctx.filesDir ?? '';
      expect(readFileSync(filePath(filesDir, app.hashes[0] ?? ''))).toEqual(PDF);
      // And it can be done again, to the end.
      await encryptData(app.opened.ctx, { passphrase: PASSPHRASE });
      expect(isEncrypted(app.file)).toBe(true);
    },
  );

  it('leaves no key of the attachments in the clear original', async () => {
    await expect(
      encryptData(
        app.opened.ctx,
        { passphrase: PASSPHRASE },
        {
          beforeReplace: () => {
            throw interruption;
          },
        },
      ),
    ).rejects.toBe(interruption);
    await app.opened.database.close();
    const raw = readFileSync(app.file).toString('latin1');
    expect(raw.includes('cipher.files')).toBe(false);
    app.opened = await reopen(app.file, null);
    expect(path.basename(app.file)).toBe('porte-voix.sqlite');
  });
});

describe('an encryption cut while sealing the attachments', () => {
  it('finishes sealing at the next opening', async () => {
    // The rename done, the process dies before the pass: simulated by the pass finding nothing to do.
    const { ctx } = app.opened;
    const filesDir = ctx.filesDir;
    ctx.filesDir = path.join(app.dir, 'ailleurs');
    await encryptData(ctx, { passphrase: PASSPHRASE });
    ctx.filesDir = filesDir;
    const { readFilesKeySetting } = await import('../../../electron/cipher/attachments');
    const { writeSetting } = await import('../../../db/settings');
    await writeSetting(ctx.db, 'cipher.files', { ...(await readFilesKeySetting(ctx.db)), pending: true });
    expect(isSealed(readFileSync(filePath(filesDir ?? '', app.hashes[0] ?? '')))).toBe(false);
    await app.opened.database.close();
    app.opened = await reopen(app.file, await keyFromPassphrase(app.file, PASSPHRASE));
    expect(isSealed(readFileSync(filePath(filesDir ?? '', app.hashes[0] ?? '')))).toBe(true);
    expect((await readStoredFile(app.opened.ctx, app.hashes[0] ?? '')).bytes).toEqual(PDF);
    expect((await readFilesKeySetting(app.opened.ctx.db)).pending).toBe(false);
  });
});

describe('through the boundary', () => {
  it('encrypts with a copy of the context (as dispatch gives it) and goes on working on the new file', async () => {
    const { dispatch } = await import('../../../electron/ipc/dispatch');
    // With a name set, dispatch hands the service a copy of the context.
    expect(await dispatch(app.opened.ctx, 'appSettings:save', { userName: 'Bernard Hamon' })).toMatchObject({
      ok: true,
    });
    const result = await dispatch(app.opened.ctx, 'cipher:encrypt', {
      passphrase: PASSPHRASE,
      confirmation: PASSPHRASE,
    });
    expect(result).toMatchObject({ ok: true, value: { status: { encrypted: true }, attachmentsSealed: 2 } });
    const list = await dispatch(app.opened.ctx, 'representatives:list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 3 } });
  });

  it('refuses a weak passphrase and two different typings at the boundary, in French', async () => {
    const { dispatch } = await import('../../../electron/ipc/dispatch');
    const weak = await dispatch(app.opened.ctx, 'cipher:encrypt', {
      passphrase: 'azerty123',
      confirmation: 'azerty123',
    });
    expect(weak).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { passphrase: /Trop courte/ } },
    });
    const different = await dispatch(app.opened.ctx, 'cipher:encrypt', {
      passphrase: PASSPHRASE,
      confirmation: `${PASSPHRASE} `,
    });
    expect(different).toMatchObject({
      ok: false,
      error: { fieldErrors: { confirmation: 'Les deux saisies sont différentes' } },
    });
    expect(isEncrypted(app.file)).toBe(false);
  });
});
