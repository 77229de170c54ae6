/**
 * The service host on encrypted data: without a key it starts locked, answers only the state and
 * the unlocking, refuses a wrong passphrase in French with the file untouched, and once unlocked
 * serves everything and hands the key to the parent's keychain. A stale key (a restored backup)
 * or the browser mode's PORTE_VOIX_PASSPHRASE are handled at start.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { keyToHex, newKey } from '../../../db/cipher';
import { lockedReason } from '../../../electron/cipher/locked';
import type { KeyStore } from '../../../electron/cipher/key-store';
import { encryptData } from '../../../electron/cipher/encryption';
import { HostClient, type HostProcess } from '../../../electron/host/host-client';
import type { FromHost, HostInit } from '../../../electron/host/protocol';
import { runServiceHost } from '../../../electron/host/service-host';
import { fileApp, PASSPHRASE, type FileApp } from './fixtures';

jest.setTimeout(30_000);

let app: FileApp;
const clients: HostClient[] = [];

beforeEach(async () => {
  app = await fileApp();
  await encryptData(app.opened.ctx, { passphrase: PASSPHRASE });
  await app.opened.database.close();
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  await app.cleanup();
});

function startHost(init: Partial<Omit<HostInit, 'kind'>>, keyStore?: KeyStore): HostClient {
  const channel = new MessageChannel();
  runServiceHost({
    postMessage: (message: FromHost) => channel.port1.postMessage(message),
    onMessage: (listener) => channel.port1.on('message', listener),
  });
  const process: HostProcess = {
    postMessage: (message) => channel.port2.postMessage(message),
    onMessage: (listener) => channel.port2.on('message', listener),
    onExit: () => undefined,
    kill: () => {
      channel.port1.close();
    },
  };
  const client = new HostClient({
    spawn: () => process,
    init: { file: app.file, mode: 'desktop', demo: false, ...init },
    ...(keyStore ? { keyStore } : {}),
  });
  clients.push(client);
  return client;
}

const sha = () => createHash('sha256').update(readFileSync(app.file)).digest('hex');

describe('a host on encrypted data without the key', () => {
  it('asks for the passphrase, refuses a wrong one, then serves everything and keeps the key', async () => {
    const remembered: Array<[string, string]> = [];
    const keyStore: KeyStore = {
      load: () => null,
      remember: (file, keyHex) => {
        remembered.push([file, keyHex]);
        return true;
      },
    };
    const client = startHost({}, keyStore);
    expect((await client.ready()).locked).toBe(true);
    expect(await client.invoke('representatives:list', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(await client.invoke('cipher:status', {})).toMatchObject({
      ok: true,
      value: { encrypted: true, locked: true, keychain: true, lockedReason: lockedReason.noKey },
    });
    const before = sha();
    const wrong = await client.invoke('cipher:unlock', { passphrase: 'girafe tambour lundi' });
    expect(wrong).toEqual({
      ok: false,
      error: {
        code: 'WRONG_PASSPHRASE',
        message:
          'Cette phrase de passe n’ouvre pas ces données. Vérifiez les majuscules, les accents et la disposition du clavier, puis réessayez. Rien n’a été modifié.',
        fieldErrors: { passphrase: 'Phrase de passe incorrecte' },
      },
    });
    expect(sha()).toBe(before);
    expect(remembered).toEqual([]);
    expect(await client.invoke('cipher:unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { encrypted: true, locked: false },
    });
    expect(await client.invoke('representatives:list', {})).toMatchObject({ ok: true, value: { total: 3 } });
    expect(remembered).toHaveLength(1);
    expect(remembered[0]?.[1]).toMatch(/^[0-9a-f]{96}$/);
  });

  it('says why when the kept key no longer opens the data (a restored backup)', async () => {
    const stale = keyToHex(await newKey(PASSPHRASE));
    const client = startHost({ key: stale }, { load: () => stale, remember: () => true });
    expect((await client.ready()).locked).toBe(true);
    expect(await client.invoke('cipher:status', {})).toMatchObject({
      ok: true,
      value: { lockedReason: lockedReason.staleKey },
    });
  });

  it('opens with the passphrase given at start (browser mode, PORTE_VOIX_PASSPHRASE)', async () => {
    const client = startHost({ mode: 'navigateur', passphrase: PASSPHRASE });
    expect((await client.ready()).locked).toBe(false);
    expect(await client.invoke('cipher:status', {})).toMatchObject({
      ok: true,
      value: { encrypted: true, locked: false, keychain: false },
    });
  });
});
