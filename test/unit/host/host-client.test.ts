/**
 * The parent's side of the service host without any real process: a scripted double stands for
 * the utility process or worker, so that matching, progress, crashes and timeouts are checked.
 */
import {
  HOST_CRASHED_MESSAGE,
  HOST_GONE_MESSAGE,
  HostClient,
  hostTimeoutMessage,
  type HostProcess,
} from '../../../electron/host/host-client';
import type { FromHost, ToHost } from '../../../electron/host/protocol';

class FakeHost implements HostProcess {
  readonly sent: ToHost[] = [];
  killed = false;
  private listeners: Array<(m: unknown) => void> = [];
  private exits: Array<(code: number | null) => void> = [];
  postMessage = (message: ToHost) => {
    this.sent.push(message);
  };
  onMessage = (listener: (m: unknown) => void) => {
    this.listeners.push(listener);
  };
  onExit = (listener: (code: number | null) => void) => {
    this.exits.push(listener);
  };
  kill = () => {
    this.killed = true;
    this.exit(null);
  };
  emit(message: FromHost): void {
    for (const l of this.listeners) l(message);
  }
  exit(code: number | null): void {
    for (const l of this.exits) l(code);
  }
  requests(): Array<Extract<ToHost, { kind: 'request' }>> {
    return this.sent.filter((m): m is Extract<ToHost, { kind: 'request' }> => m.kind === 'request');
  }
}

function setup(options: Partial<ConstructorParameters<typeof HostClient>[0]> = {}) {
  const hosts: FakeHost[] = [];
  const client = new HostClient({
    spawn: () => {
      const host = new FakeHost();
      hosts.push(host);
      return host;
    },
    init: { file: '/tmp/porte-voix.sqlite', mode: 'desktop', demo: false },
    ...options,
  });
  const current = (): FakeHost => {
    const host = hosts[hosts.length - 1];
    if (!host) throw new Error('no host');
    return host;
  };
  return { client, hosts, current };
}

const ready: FromHost = {
  kind: 'ready',
  databaseFile: '/tmp/porte-voix.sqlite',
  appVersion: '0.1.0',
  notice: null,
};

describe('the service host client', () => {
  afterEach(() => jest.useRealTimers());

  it('starts the host with the database to open and resolves once it is ready', async () => {
    const { client, current } = setup();
    expect(current().sent[0]).toEqual({
      kind: 'init',
      file: '/tmp/porte-voix.sqlite',
      mode: 'desktop',
      demo: false,
      fileShell: false,
      // No keychain here: the host asks for the passphrase of encrypted data.
      keyStore: false,
    });
    current().emit(ready);
    await expect(client.ready()).resolves.toMatchObject({ appVersion: '0.1.0' });
  });

  it('gives each answer to its own request, whatever the order they come back in', async () => {
    const { client, current } = setup();
    const first = client.invoke('representatives:list', {});
    const second = client.invoke('app:info', {});
    const [a, b] = current().requests();
    expect(a).toMatchObject({ channel: 'representatives:list' });
    current().emit({ kind: 'response', id: b?.id ?? 0, result: { ok: true, value: 'info' } });
    current().emit({ kind: 'response', id: a?.id ?? 0, result: { ok: true, value: 'liste' } });
    await expect(first).resolves.toEqual({ ok: true, value: 'liste' });
    await expect(second).resolves.toEqual({ ok: true, value: 'info' });
  });

  it('passes batch progress on to its listener', () => {
    const progress = jest.fn();
    const { current } = setup({ onProgress: progress });
    current().emit({ kind: 'progress', jobId: 'j', done: 3, total: 10, state: 'running' });
    expect(progress).toHaveBeenCalledWith({ jobId: 'j', done: 3, total: 10, state: 'running' });
  });

  it('answers pending requests in French when the host crashes, then starts a new one', async () => {
    const { client, hosts, current } = setup();
    const pending = client.invoke('representatives:list', {});
    current().exit(1);
    await expect(pending).resolves.toEqual({
      ok: false,
      error: { code: 'HOST_DOWN', message: HOST_CRASHED_MESSAGE },
    });
    expect(hosts).toHaveLength(2);
    expect(current().sent[0]).toMatchObject({ kind: 'init' });
    const next = client.invoke('app:info', {});
    const [request] = current().requests();
    current().emit({ kind: 'response', id: request?.id ?? 0, result: { ok: true, value: 1 } });
    await expect(next).resolves.toEqual({ ok: true, value: 1 });
  });

  it('stops restarting a host that keeps crashing, and says so', async () => {
    const { client, hosts, current } = setup({ maxRestarts: 2 });
    for (let i = 0; i < 3; i++) current().exit(1);
    expect(hosts).toHaveLength(3);
    await expect(client.invoke('app:info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'HOST_DOWN', message: HOST_GONE_MESSAGE },
    });
  });

  it('reports a database it cannot open with the host’s message, without restarting', async () => {
    const { client, hosts, current } = setup();
    current().emit({ kind: 'fatal', message: 'Ce fichier a été créé par une version plus récente.' });
    await expect(client.ready()).rejects.toThrow('version plus récente');
    current().exit(1);
    expect(hosts).toHaveLength(1);
  });

  it('answers a request left unanswered too long, and restarts a host silent for as long', async () => {
    jest.useFakeTimers();
    const { client, hosts } = setup({ timeoutMs: 1_000 });
    const pending = client.invoke('todo:get', {});
    jest.advanceTimersByTime(1_000);
    await expect(pending).resolves.toEqual({
      ok: false,
      error: { code: 'TIMEOUT', message: hostTimeoutMessage(1) },
    });
    expect(hosts[0]?.killed).toBe(true);
    expect(hosts).toHaveLength(2);
  });

  it('keeps a host that is busy but still reporting progress', async () => {
    jest.useFakeTimers();
    const { client, hosts, current } = setup({ timeoutMs: 1_000 });
    const pending = client.invoke('attestations:allParticipationPdf', { year: 2026 });
    jest.advanceTimersByTime(600);
    current().emit({ kind: 'progress', jobId: 'j', done: 1, total: 2, state: 'running' });
    jest.advanceTimersByTime(400);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
    expect(hosts[0]?.killed).toBe(false);
  });

  it('hands the host’s « Enregistrer » of a produced file to the window’s file shell, entry as sent', async () => {
    const entry = {
      fileId: 'a'.repeat(32),
      fileName: 'Relevés.pdf',
      mime: 'application/pdf',
      size: 2,
      path: '/tmp/porte-voix-fichiers-x/' + 'a'.repeat(32) + '.data',
    };
    const save = jest.fn(async () => ({ kind: 'saved' as const, path: '/home/a/Relevés.pdf' }));
    const { current } = setup({ fileShell: { save, open: jest.fn() } });
    expect(current().sent[0]).toMatchObject({ fileShell: true });
    current().emit({ kind: 'bridge', id: 7, method: 'save', args: [entry] });
    await new Promise((r) => setImmediate(r));
    expect(save).toHaveBeenCalledWith(entry);
    expect(current().sent).toContainEqual({
      kind: 'bridge-result',
      id: 7,
      ok: true,
      value: { kind: 'saved', path: '/home/a/Relevés.pdf' },
    });
  });

  it('refuses a malformed call from the host', async () => {
    const { current } = setup({ fileShell: { save: jest.fn(), open: jest.fn() } });
    current().emit({ kind: 'bridge', id: 8, method: 'save', args: [42] });
    await new Promise((r) => setImmediate(r));
    expect(current().sent).toContainEqual(
      expect.objectContaining({ kind: 'bridge-result', id: 8, ok: false }),
    );
  });

  it('closes the database before stopping the host', async () => {
    const { client, current } = setup();
    const host = current();
    const closing = client.close();
    expect(host.sent).toContainEqual({ kind: 'shutdown' });
    host.emit({ kind: 'closed' });
    await closing;
    expect(host.killed).toBe(true);
  });
});
