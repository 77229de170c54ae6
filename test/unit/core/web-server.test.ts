import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startWebServer, type RunningWebServer } from '../../../electron/web/server';
import { createTestApp, type TestApp } from '../../helpers/context';

let app: TestApp;
let server: RunningWebServer;

beforeAll(async () => {
  app = await createTestApp();
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'pv-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Porte-voix</title>');
  server = await startWebServer({ ctx: app.ctx, staticDir, log: () => undefined, maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await server.close();
  await app.close();
});

/** Raw HTTP so that the Host and Origin headers can be forged as an attacker would. */
function post(
  channel: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; json: { ok?: boolean; error?: { code: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${channel}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(data) as { ok?: boolean } }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser-mode server', () => {
  it('listens on the loopback interface only', () => {
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('answers API calls that carry the token', async () => {
    const res = await post('representatives:list', '{}', { 'x-porte-voix-token': server.token });
    expect(res.status).toBe(200);
    expect(res.json.ok).toBe(true);
  });

  it('refuses calls without the token, or with a wrong one (401)', async () => {
    expect((await post('representatives:list', '{}', {})).status).toBe(401);
    expect((await post('representatives:list', '{}', { 'x-porte-voix-token': 'devine' })).status).toBe(401);
  });

  it('refuses a foreign Host header, as a DNS-rebinding page would send (403)', async () => {
    const res = await post('representatives:list', '{}', {
      'x-porte-voix-token': server.token,
      host: 'evil.example:80',
    });
    expect(res.status).toBe(403);
  });

  it('refuses a foreign Origin header (403)', async () => {
    const res = await post('representatives:list', '{}', {
      'x-porte-voix-token': server.token,
      origin: 'http://evil.example',
    });
    expect(res.status).toBe(403);
  });

  it('answers a body that is not JSON with a typed error and writes nothing', async () => {
    const res = await post('representatives:create', '{pas du json', { 'x-porte-voix-token': server.token });
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe('VALIDATION');
    const count = await app.ctx.db.selectFrom('representative').select('id').execute();
    expect(count).toHaveLength(0);
  });

  it('serves the application page with a Content-Security-Policy', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('does not serve files outside its folder', async () => {
    const res = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect(await res.text()).toContain('<title>Porte-voix</title>');
  });

  it('answers a malformed escape in the address with 400, not a server error', async () => {
    const api = await post('representatives%E0%A4%A', '{}', { 'x-porte-voix-token': server.token });
    expect(api.status).toBe(400);
    expect(api.json.error?.code).toBe('VALIDATION');
    const page = await fetch(`${server.url}/assets/%E0%A4%A.js`);
    expect(page.status).toBe(400);
  });

  it('answers a body over the limit with 413 and says so, not « JSON attendu »', async () => {
    const notes = 'x'.repeat(70 * 1024);
    const res = await post('representatives:create', JSON.stringify({ notes }), {
      'x-porte-voix-token': server.token,
    });
    expect(res.status).toBe(413);
    expect(res.json.error).toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/trop volumineuse/),
    });
  });
});
