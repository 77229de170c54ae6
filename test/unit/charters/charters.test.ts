import { createTestApp, type TestApp } from '../../helpers/context';
import { charterVersionInput, signatureInput } from '../../../shared/charters/schemas';
import * as charters from '../../../electron/charters/charters';
import { getTodo } from '../../../electron/todo/todo';
import { readStoredFile, sniffFileMime, storeFile } from '../../../electron/association/stored-files';
import { instance, mandate, person } from '../trainings/fixtures';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1');

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const version = (v: string, effectiveDate: string) =>
  charters.createVersion(
    app.ctx,
    charterVersionInput.parse({
      title: 'Charte d’engagement',
      version: v,
      effectiveDate,
      body: '# Valeurs\nNous défendons les usagers.',
    }),
  );
const sign = (
  representativeId: number,
  charterVersionId: number,
  signedOn: string,
  file: { fileName: string; dataBase64: string } | null = null,
) =>
  charters.recordSignature(
    app.ctx,
    signatureInput.parse({ representativeId, charterVersionId, signedOn, method: 'papier', file }),
  );
const statusOf = async (id: number) =>
  (await charters.listStatuses(app.ctx, { search: '', status: 'tous' })).rows.find(
    (r) => r.representativeId === id,
  )?.status;

describe('charter status of each representative', () => {
  it('says "jamais signée" before any signature and "à jour" after signing the version in force', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    expect(await statusOf(p.id)).toBe('jamais_signee');
    await sign(p.id, v1.id, '2023-02-01');
    expect(await statusOf(p.id)).toBe('a_jour');
  });

  it('asks to re-sign when a newer version comes into force', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    await sign(p.id, v1.id, '2023-02-01');
    const v2 = await version('2', '2025-01-01');
    const row = (await charters.listStatuses(app.ctx, { search: '', status: 'a_resigner' })).rows[0];
    expect(row?.status).toBe('a_resigner');
    expect(row?.reason).toBe('v1 signée, v2 en vigueur');
    await sign(p.id, v2.id, '2025-03-01');
    expect(await statusOf(p.id)).toBe('a_jour');
  });

  it('asks to re-sign when a mandate started after the signature', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    await sign(p.id, v1.id, '2023-02-01');
    const cdu = await instance(app.ctx, 'CDU du CHU');
    await mandate(app.ctx, p.id, cdu.id, '2025-12-01');
    const rows = (await charters.listStatuses(app.ctx, { search: '', status: 'tous' })).rows;
    expect(rows[0]?.status).toBe('a_resigner');
    expect(rows[0]?.reason).toBe('Nouveau mandat le 01/12/2025');
  });

  it('does not count a version whose effective date is still to come', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    await sign(p.id, v1.id, '2023-02-01');
    await version('2', '2027-01-01');
    expect(await statusOf(p.id)).toBe('a_jour');
  });

  it('counts each status and filters the list by status', async () => {
    const a = await person(app.ctx, 'Alpha', 'Anne');
    await person(app.ctx, 'Beta', 'Bruno');
    const v1 = await version('1', '2023-01-01');
    await sign(a.id, v1.id, '2023-02-01');
    const list = await charters.listStatuses(app.ctx, { search: '', status: 'jamais_signee' });
    expect(list.counts).toEqual({ a_jour: 1, a_resigner: 0, jamais_signee: 1, sans_charte: 0 });
    expect(list.rows.map((r) => r.lastName)).toEqual(['Beta']);
  });
});

describe('charter versions', () => {
  it('may be corrected until someone signed them, then refuse any change', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    const edited = await charters.updateVersion(
      app.ctx,
      v1.id,
      charterVersionInput.parse({
        title: 'Charte',
        version: '1',
        effectiveDate: '2023-01-01',
        body: 'Texte corrigé',
      }),
    );
    expect(edited.body).toBe('Texte corrigé');
    await sign(p.id, v1.id, '2023-02-01');
    await expect(
      charters.updateVersion(
        app.ctx,
        v1.id,
        charterVersionInput.parse({
          title: 'Charte',
          version: '1',
          effectiveDate: '2023-01-01',
          body: 'Autre',
        }),
      ),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_STATE',
      message: expect.stringContaining('Publiez une nouvelle version'),
    });
  });

  it('refuses a signature of the same version on the same day or earlier than one recorded, and a date in the future', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    await sign(p.id, v1.id, '2023-02-01');
    await expect(sign(p.id, v1.id, '2023-02-01')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(sign(p.id, v1.id, '2023-01-15')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(sign(p.id, v1.id, '2027-03-01')).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('lets a person re-sign the version in force after a new mandate, which brings the status back to « à jour »', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    await sign(p.id, v1.id, '2023-02-01');
    const cdu = await instance(app.ctx, 'CDU du CHU');
    await mandate(app.ctx, p.id, cdu.id, '2025-12-01');
    expect(await statusOf(p.id)).toBe('a_resigner');
    await sign(p.id, v1.id, '2025-12-05');
    expect(await statusOf(p.id)).toBe('a_jour');
    expect(await charters.signaturesOfPerson(app.ctx, p.id)).toHaveLength(2);
  });
});

describe('scanned signatures', () => {
  it('are stored by content hash and read back as a file', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    const s = await sign(p.id, v1.id, '2023-02-01', {
      fileName: 'charte-signée.pdf',
      dataBase64: pdf.toString('base64'),
    });
    expect(s.fileHash).toMatch(/^[0-9a-f]{64}$/);
    const file = await charters.signatureFile(app.ctx, s.id);
    expect(file).toMatchObject({ fileName: 'charte-signée.pdf', mime: 'application/pdf' });
    expect(file.data.equals(pdf)).toBe(true);
  });

  it('refuse a file that is not a PDF, JPEG or PNG whatever its name says, and write nothing', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const v1 = await version('1', '2023-01-01');
    const fake = Buffer.from('MZ this is an executable');
    await expect(
      sign(p.id, v1.id, '2023-02-01', { fileName: 'scan.pdf', dataBase64: fake.toString('base64') }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Seuls les fichiers PDF, JPEG et PNG sont acceptés.',
    });
    expect(await charters.signaturesOfPerson(app.ctx, p.id)).toEqual([]);
  });
});

describe('file type sniffing', () => {
  it('recognises PDF, PNG and JPEG from their first bytes only', () => {
    expect(sniffFileMime(pdf)).toBe('application/pdf');
    expect(sniffFileMime(png)).toBe('image/png');
    expect(sniffFileMime(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBe('image/jpeg');
    expect(sniffFileMime(Buffer.from('<html>%PDF-'))).toBeNull();
    expect(sniffFileMime(Buffer.alloc(0))).toBeNull();
  });

  it('refuses files above 10 MB', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    await expect(
      app.ctx.db
        .transaction()
        .execute((trx) => storeFile(app.ctx, trx, { bytes: big, originalName: 'gros.pdf' })),
    ).rejects.toMatchObject({
      message: expect.stringContaining('10 Mo'),
    });
  });

  it('keeps one copy of the same content', async () => {
    const first = await app.ctx.db
      .transaction()
      .execute((trx) => storeFile(app.ctx, trx, { bytes: png, originalName: 'a.png' }));
    const second = await app.ctx.db
      .transaction()
      .execute((trx) => storeFile(app.ctx, trx, { bytes: png, originalName: 'b.png' }));
    expect(second.hash).toBe(first.hash);
    const rows = await app.ctx.db.selectFrom('stored_file').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect((await readStoredFile(app.ctx, first.hash)).bytes.equals(png)).toBe(true);
  });
});

describe('stored files on disk', () => {
  it('are written under the files folder by hash and read back', async () => {
    const { mkdtempSync, existsSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pieces-'));
    const ctx = { ...app.ctx, filesDir: dir };
    const info = await ctx.db
      .transaction()
      .execute((trx) => storeFile(ctx, trx, { bytes: pdf, originalName: 'scan.pdf' }));
    expect(existsSync(path.join(dir, info.hash.slice(0, 2), info.hash))).toBe(true);
    const back = await readStoredFile(ctx, info.hash);
    expect(back).toMatchObject({ mime: 'application/pdf', originalName: 'scan.pdf' });
    expect(back.bytes.equals(pdf)).toBe(true);
  });
});

describe('charter PDF', () => {
  it('is produced for one person, with the latest version by default', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    await version('1', '2023-01-01');
    const file = await charters.charterPdf(app.ctx, p.id, null);
    expect(file.fileName).toBe('charte-v1-Martin-Anne.pdf');
    expect(file.data.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('charters screen and « À faire » agree on the latest mandate', () => {
  it('counts only mandates already started: a future mandate asks for a signature nowhere until it starts', async () => {
    const p = await person(app.ctx, 'Martin', 'Anne');
    const cdu = await instance(app.ctx, 'CDU Rennes');
    const cts = await instance(app.ctx, 'CTS Ille-et-Vilaine');
    await mandate(app.ctx, p.id, cdu.id, '2025-12-01', '2028-11-30');
    const v1 = await version('1', '2023-01-01');
    await sign(p.id, v1.id, '2026-01-10');
    await mandate(app.ctx, p.id, cts.id, '2027-01-01', '2031-12-31');
    expect(await statusOf(p.id)).toBe('a_jour');
    expect((await getTodo(app.ctx)).charters.lines).toEqual([]);

    app.setNow('2027-01-02T10:00:00.000Z');
    expect(await statusOf(p.id)).toBe('a_resigner');
    expect((await getTodo(app.ctx)).charters.lines.map((c) => [c.representativeId, c.status])).toEqual([
      [p.id, 'a_resigner'],
    ]);
  });
});
