import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Outbox } from '../../../electron/files/outbox';
import { pdfFile } from '../../../electron/files/produced-file';
import { contentDisposition, fileDownloads } from '../../../electron/web/file-downloads';
import { startWebServer, type RunningWebServer } from '../../../electron/web/server';
import type { FileDelivery, FileRef } from '../../../shared/files';
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson } from '../../helpers/representatives';

let app: TestApp;
let server: RunningWebServer;

beforeAll(async () => {
  app = await createTestApp();
  await createPerson(app.ctx, { lastName: 'Guérin', firstName: 'Maëlle' });
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'pv-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Porte-voix</title>');
  server = await startWebServer({ ctx: app.ctx, staticDir, log: () => undefined });
});
afterAll(async () => {
  await server.close();
  await app.close();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function http(port: number, method: string, url: string, headers: Record<string, string> = {}, body = '') {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: url, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function api<T>(channel: string, input: unknown): Promise<T> {
  const res = await http(
    server.port,
    'POST',
    `/api/${channel}`,
    { 'content-type': 'application/json', 'x-porte-voix-token': server.token },
    JSON.stringify(input),
  );
  const json = JSON.parse(res.body.toString()) as { ok: boolean; value: T; error?: { message: string } };
  if (!json.ok) throw new Error(json.error?.message);
  return json.value;
}

const get = (url: string, headers: Record<string, string> = {}) => http(server.port, 'GET', url, headers);

describe('files in the browser mode: one-time addresses instead of a save dialog', () => {
  it('a produced file comes back as a reference; « Enregistrer » gives an address that downloads it once', async () => {
    const ref = await api<FileRef>('export:representatives', { format: 'csv' });
    expect(ref).toEqual({
      fileId: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      fileName: 'representants-2026-11-22.csv',
      mime: 'text/csv;charset=utf-8',
      size: expect.any(Number) as unknown,
    });
    const delivery = await api<FileDelivery>('files:save', { fileId: ref.fileId });
    expect(delivery).toEqual({
      kind: 'download',
      disposition: 'attachment',
      url: expect.stringMatching(/^\/files\/[\w-]{24}$/) as unknown,
    });
    const url = delivery.kind === 'download' ? delivery.url : '';

    const first = await get(url);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/csv;charset=utf-8');
    expect(first.headers['content-disposition']).toBe(
      'attachment; filename="representants-2026-11-22.csv"; filename*=UTF-8\'\'representants-2026-11-22.csv',
    );
    expect(first.headers['content-length']).toBe(String(ref.size));
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.body.toString('utf8')).toContain('Guérin');

    const again = await get(url);
    expect(again.status).toBe(410);
    expect(again.body.toString()).toContain('a déjà servi ou a expiré');
  });

  it('« Ouvrir » shows a PDF in the tab (inline), but downloads what a browser cannot show safely', async () => {
    const outbox = app.ctx.outbox;
    if (!outbox) throw new Error('the test context has an outbox');
    const pdf = await outbox.put(pdfFile('relevé-2026.pdf', Buffer.from('%PDF-1.4')));
    const open = await api<FileDelivery>('files:open', { fileId: pdf.fileId });
    expect(open).toMatchObject({ kind: 'download', disposition: 'inline' });
    const shown = await get(open.kind === 'download' ? open.url : '');
    expect(shown.status).toBe(200);
    expect(shown.headers['content-type']).toBe('application/pdf');
    expect(shown.headers['content-disposition']).toMatch(/^inline; filename="/);
    expect(shown.body.subarray(0, 5).toString()).toBe('%PDF-');

    const csv = await api<FileRef>('export:representatives', { format: 'csv' });
    expect(await api<FileDelivery>('files:open', { fileId: csv.fileId })).toMatchObject({
      disposition: 'attachment',
    });
  });

  it('is handed out only to a call carrying the run’s token, and served only under the server’s own Host', async () => {
    const ref = await api<FileRef>('export:representatives', { format: 'csv' });
    const refused = await http(
      server.port,
      'POST',
      '/api/files:save',
      { 'content-type': 'application/json' },
      JSON.stringify({ fileId: ref.fileId }),
    );
    expect(refused.status).toBe(401);
    const delivery = await api<FileDelivery>('files:save', { fileId: ref.fileId });
    const url = delivery.kind === 'download' ? delivery.url : '';
    // The address shows in a tab and in the history: it must not carry the token.
    expect(url).not.toContain(server.token);
    expect((await get(url, { host: 'evil.example:80' })).status).toBe(403);
    expect((await get(url, { host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect((await get('/files/devine')).status).toBe(410);
    expect((await http(server.port, 'POST', url)).status).toBe(405);
    // None of those refusals spent the address.
    expect((await get(url)).status).toBe(200);
  });

  it('answers an unknown reference with a French message', async () => {
    const res = await http(
      server.port,
      'POST',
      '/api/files:save',
      { 'content-type': 'application/json', 'x-porte-voix-token': server.token },
      JSON.stringify({ fileId: 'f'.repeat(32) }),
    );
    const json = JSON.parse(res.body.toString()) as { ok: boolean; error: { code: string; message: string } };
    expect(json.ok).toBe(false);
    expect(json.error.code).toBe('NOT_FOUND');
    expect(json.error.message).toContain('n’est plus disponible');
  });

  it('lets an address lapse after a minute', async () => {
    let now = 0;
    const box = new Outbox({ dir: mkdtempSync(path.join(os.tmpdir(), 'pv-box-')), now: () => now });
    const entry = await box.get((await box.put(pdfFile('a.pdf', Buffer.from('%PDF-')))).fileId);
    const downloads = fileDownloads({ now: () => now });
    const local: Server = createServer((req, res) => {
      void downloads.serve(req, res, new URL(req.url ?? '/', 'http://127.0.0.1'));
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const port = (local.address() as { port: number }).port;
    try {
      const late = await downloads.shell.save(entry);
      const early = await downloads.shell.save(entry);
      now += 61_000;
      expect((await http(port, 'GET', late.kind === 'download' ? late.url : '')).status).toBe(410);
      expect((await http(port, 'GET', early.kind === 'download' ? early.url : '')).status).toBe(410);
      const fresh = await downloads.shell.open(entry);
      expect((await http(port, 'GET', fresh.kind === 'download' ? fresh.url : '')).status).toBe(200);
    } finally {
      local.closeAllConnections();
      await new Promise((resolve) => local.close(resolve));
    }
  });

  it('names the file in the header with its accents, and an ASCII fallback', () => {
    expect(contentDisposition('attachment', 'relevé « 2026 » (Dupont).pdf')).toBe(
      'attachment; filename="releve _ 2026 _ (Dupont).pdf"; filename*=UTF-8\'\'relev%C3%A9%20%C2%AB%202026%20%C2%BB%20%28Dupont%29.pdf',
    );
  });
});
