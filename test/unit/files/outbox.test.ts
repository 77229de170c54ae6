import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Outbox, runOutbox } from '../../../electron/files/outbox';
import { pdfFile, producedFile } from '../../../electron/files/produced-file';
import { safeFileName } from '../../../electron/files/file-names';

const GONE = /n’est plus disponible.*produisez-le à nouveau/;

function outbox(options: { maxFiles?: number; maxAgeMs?: number } = {}) {
  let now = Date.parse('2026-11-22T10:00:00Z');
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'pv-outbox-')), 'run');
  const box = new Outbox({ dir, now: () => now, ...options });
  return {
    box,
    dir,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('the outbox of produced files', () => {
  it('keeps the bytes on its side and gives back a reference: id, name, type and size', async () => {
    const { box } = outbox();
    const ref = await box.put(pdfFile('relevé-2026.pdf', Buffer.from('%PDF-1.4 contenu')));
    expect(ref).toEqual({
      fileId: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      fileName: 'relevé-2026.pdf',
      mime: 'application/pdf',
      size: 16,
    });
    expect(Object.keys(ref)).not.toContain('data');
    const entry = await box.get(ref.fileId);
    expect(readFileSync(entry.path, 'utf8')).toBe('%PDF-1.4 contenu');
  });

  it('is a private folder created on the first file, removed at exit', async () => {
    const { box, dir } = outbox();
    expect(existsSync(dir)).toBe(false);
    await box.put(producedFile('a.csv', 'text/csv', Buffer.from('x')));
    if (process.platform !== 'win32')
      expect((await import('node:fs')).statSync(dir).mode & 0o777).toBe(0o700);
    box.dispose();
    expect(existsSync(dir)).toBe(false);
  });

  it('answers an unknown or malformed reference with a French message', async () => {
    const { box } = outbox();
    await expect(box.get('0'.repeat(32))).rejects.toThrow(GONE);
    await expect(box.get('../../etc/passwd')).rejects.toThrow(GONE);
    await expect(box.get('0'.repeat(32))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets a file expire after its time (30 minutes by default), and removes it from the disk', async () => {
    const { box, dir, advance } = outbox();
    const ref = await box.put(pdfFile('a.pdf', Buffer.from('a')));
    advance(29 * 60_000);
    await expect(box.get(ref.fileId)).resolves.toMatchObject({ fileName: 'a.pdf' });
    advance(60_000);
    await expect(box.get(ref.fileId)).rejects.toThrow(GONE);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('holds a bounded number of files: the oldest go first', async () => {
    const { box, dir, advance } = outbox({ maxFiles: 3 });
    const refs = [];
    for (let i = 0; i < 5; i++) {
      refs.push(await box.put(pdfFile(`${i}.pdf`, Buffer.from(String(i)))));
      advance(1000);
    }
    await expect(box.get(refs[0]?.fileId ?? '')).rejects.toThrow(GONE);
    await expect(box.get(refs[1]?.fileId ?? '')).rejects.toThrow(GONE);
    for (const ref of refs.slice(2)) await expect(box.get(ref.fileId)).resolves.toBeTruthy();
    expect(readdirSync(dir)).toHaveLength(6);
  });

  it('stores the same produced file once, however often it is handed over (a job polled twice)', async () => {
    const { box, dir } = outbox();
    const file = pdfFile('a.pdf', Buffer.from('a'));
    const [first, second] = [await box.put(file), await box.put(file)];
    expect(second).toEqual(first);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('is shared through its folder: another process opening it finds the files', async () => {
    const { box, dir } = outbox();
    const ref = await box.put(pdfFile('a.pdf', Buffer.from('a')));
    const elsewhere = new Outbox({ dir, now: () => Date.parse('2026-11-22T10:05:00Z') });
    await expect(elsewhere.get(ref.fileId)).resolves.toMatchObject({ fileName: 'a.pdf', size: 1 });
  });

  it('names files so that every system accepts them, accents kept', () => {
    expect(safeFileName('charte-v2-Guérin-Maëlle.pdf')).toBe('charte-v2-Guérin-Maëlle.pdf');
    expect(safeFileName('../../scan: "reçu"?.pdf')).toBe('_.._scan_ _reçu__.pdf');
    expect(safeFileName('a\u0000b\r\n.pdf')).toBe('a_b__.pdf');
    expect(safeFileName('...')).toBe('fichier');
    const long = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('at start, removes the folders that runs older than a day left behind, and only those', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'pv-tmp-'));
    const stale = path.join(tmp, 'porte-voix-fichiers-ancien');
    const recent = path.join(tmp, 'porte-voix-fichiers-recent');
    const other = path.join(tmp, 'autre-application');
    for (const dir of [stale, recent, other]) mkdirSync(dir);
    const twoDaysAgo = (Date.now() - 48 * 3600_000) / 1000;
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    utimesSync(other, twoDaysAgo, twoDaysAgo);
    const box = runOutbox(tmp);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(path.dirname(box.dir)).toBe(tmp);
  });
});
