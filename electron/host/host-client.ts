/**
 * The parent's side of the service host (Electron's main process, the browser-mode server):
 * starts it, matches each answer to its request, pushes batch progress to a listener, answers
 * the host's calls to save or open a produced file, and survives the host: a crash answers every pending
 * request with a French message and starts a new host; a request left unanswered too long is
 * answered with one, and a host silent for that long is restarted.
 */
import type { JobProgress, JobState } from '../../shared/jobs/types';
import type { ApiResult } from '../ipc/contract';
import type { Logger } from '../ipc/dispatch';
import type { KeyStore } from '../cipher/key-store';
import { isPickWhat, type FileShell } from '../files/file-shell';
import { isOutboxEntry } from '../files/outbox';
import type { BridgeMethod, FromHost, HostInit, ToHost } from './protocol';
import { isFromHost } from './protocol';

/** One running host, however it was started (utilityProcess, worker_thread, a test double). */
export interface HostProcess {
  postMessage: (message: ToHost) => void;
  onMessage: (listener: (message: unknown) => void) => void;
  onExit: (listener: (code: number | null) => void) => void;
  kill: () => void;
}

export interface HostClientOptions {
  spawn: () => HostProcess;
  init: Omit<HostInit, 'kind' | 'fileShell' | 'keyStore'>;
  /** Keeps keys of encrypted data in the system's keychain (desktop); absent in the browser mode. */
  keyStore?: KeyStore;
  /** How produced files are saved and opened on the window's side, for the host's `bridge` calls. */
  fileShell?: FileShell;
  onProgress?: (progress: JobProgress & { state: JobState }) => void;
  /** A request unanswered after this long gets an error (default 2 minutes). */
  timeoutMs?: number;
  /** Restarts allowed within `restartWindowMs` before giving up (default 3 per minute). */
  maxRestarts?: number;
  restartWindowMs?: number;
  log?: Logger;
}

export interface HostReady {
  databaseFile: string;
  appVersion: string;
  notice: string | null;
  /** Encrypted data waiting for their passphrase: the window asks for it. */
  locked: boolean;
}

export const HOST_CRASHED_MESSAGE =
  'Le service de données de Porte-voix s’est arrêté pendant l’opération. Il redémarre : vérifiez si l’opération a été enregistrée avant de la refaire.';
export const HOST_GONE_MESSAGE =
  'Le service de données de Porte-voix s’est arrêté plusieurs fois et ne redémarre plus. Fermez puis rouvrez l’application.';
export const hostTimeoutMessage = (seconds: number): string =>
  `Le service de données de Porte-voix ne répond pas depuis ${seconds} secondes. L’opération se poursuit peut-être : vérifiez avant de la refaire.`;

const failure = (code: string, message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

interface Pending {
  resolve: (result: ApiResult<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class HostClient {
  private host: HostProcess | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private lastHeard = Date.now();
  private restarts: number[] = [];
  private closing = false;
  private gone = false;
  private readonly firstReady: Promise<HostReady>;
  private settleFirst: { resolve: (r: HostReady) => void; reject: (e: Error) => void } | null = null;

  constructor(private readonly options: HostClientOptions) {
    this.firstReady = new Promise((resolve, reject) => {
      this.settleFirst = { resolve, reject };
    });
    // Whoever awaits ready() sees the failure; nobody awaiting it is not an unhandled error.
    this.firstReady.catch(() => undefined);
    this.start();
  }

  /** Resolves once the database is open; rejects with the host's French message if it cannot be. */
  ready(): Promise<HostReady> {
    return this.firstReady;
  }

  /** Never rejects: every failure becomes an `{ ok: false }` answer with a French message. */
  invoke(channel: string, payload: unknown): Promise<ApiResult<unknown>> {
    const host = this.host;
    if (this.gone || !host) return Promise.resolve(failure('HOST_DOWN', HOST_GONE_MESSAGE));
    const id = this.nextId++;
    const timeoutMs = this.options.timeoutMs ?? 120_000;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.timedOut(id, timeoutMs), timeoutMs);
      this.pending.set(id, { resolve, timer });
      host.postMessage({ kind: 'request', id, channel, payload });
    });
  }

  /** Closes the database cleanly (WAL checkpoint), then stops the host. */
  async close(): Promise<void> {
    const host = this.host;
    this.closing = true;
    if (!host) return;
    await new Promise<void>((resolve) => {
      // 5 s of silence: the backup made on quit reports its progress, which keeps the wait going.
      let timer = setTimeout(resolve, 5_000);
      host.onExit(() => {
        clearTimeout(timer);
        resolve();
      });
      host.onMessage((message) => {
        clearTimeout(timer);
        if (isFromHost(message) && message.kind === 'closed') resolve();
        else timer = setTimeout(resolve, 5_000);
      });
      host.postMessage({ kind: 'shutdown' });
    });
    host.kill();
    this.answerAll(failure('HOST_DOWN', HOST_GONE_MESSAGE));
  }

  private start(): void {
    const host = this.options.spawn();
    this.host = host;
    this.lastHeard = Date.now();
    host.onMessage((message) => {
      if (this.host === host) this.received(message);
    });
    host.onExit((code) => {
      if (this.host === host) this.exited(code);
    });
    host.postMessage({
      kind: 'init',
      ...this.options.init,
      fileShell: this.options.fileShell !== undefined,
      keyStore: this.options.keyStore !== undefined,
    });
  }

  private received(message: unknown): void {
    this.lastHeard = Date.now();
    if (!isFromHost(message)) return;
    this.handle(message);
  }

  private handle(message: FromHost): void {
    switch (message.kind) {
      case 'ready':
        this.settleFirst?.resolve({
          databaseFile: message.databaseFile,
          appVersion: message.appVersion,
          notice: message.notice,
          locked: message.locked === true,
        });
        this.settleFirst = null;
        return;
      case 'fatal':
        // The database cannot be opened (newer than the app, unreadable): no restart helps.
        this.gone = true;
        this.settleFirst?.reject(new Error(message.message));
        this.settleFirst = null;
        this.answerAll(failure('HOST_DOWN', message.message));
        return;
      case 'response': {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        clearTimeout(pending.timer);
        this.pending.delete(message.id);
        pending.resolve(message.result);
        return;
      }
      case 'progress': {
        const { jobId, done, total, state } = message;
        this.options.onProgress?.({ jobId, done, total, state });
        return;
      }
      case 'bridge':
        void this.bridge(message.id, message.method, message.args);
        return;
      case 'closed':
        return;
    }
  }

  private async bridge(id: number, method: BridgeMethod, args: unknown[]): Promise<void> {
    const host = this.host;
    try {
      const value =
        method === 'rememberKey'
          ? this.rememberKey(args)
          : await callBridge(this.options.fileShell, method, args);
      host?.postMessage({ kind: 'bridge-result', id, ok: true, value });
    } catch (error) {
      host?.postMessage({
        kind: 'bridge-result',
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** A host restarted after a crash reopens with the key; the keychain keeps it for the next start. */
  private rememberKey(args: unknown[]): boolean {
    const [file, keyHex] = args;
    if (typeof file !== 'string' || typeof keyHex !== 'string')
      throw new Error('Appel invalide : rememberKey.');
    this.options.init = { ...this.options.init, key: keyHex };
    return this.options.keyStore?.remember(file, keyHex) ?? false;
  }

  private exited(code: number | null): void {
    this.host = null;
    if (this.closing) return;
    this.options.log?.(`le service de données s’est arrêté (code ${code ?? '?'})`);
    this.answerAll(failure('HOST_DOWN', HOST_CRASHED_MESSAGE));
    if (this.gone) return;
    const now = Date.now();
    const windowMs = this.options.restartWindowMs ?? 60_000;
    this.restarts = [...this.restarts.filter((t) => now - t < windowMs), now];
    if (this.restarts.length > (this.options.maxRestarts ?? 3)) {
      this.gone = true;
      this.settleFirst?.reject(new Error(HOST_GONE_MESSAGE));
      return;
    }
    this.start();
  }

  private timedOut(id: number, timeoutMs: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    pending.resolve(failure('TIMEOUT', hostTimeoutMessage(Math.round(timeoutMs / 1000))));
    // Silent for the whole wait, batch progress included: the host is stuck, start another.
    if (Date.now() - this.lastHeard >= timeoutMs) this.host?.kill();
  }

  private answerAll(result: ApiResult<never>): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      this.pending.delete(id);
      pending.resolve(result);
    }
  }
}

/** Runs one file call for the host, checking what crossed the boundary. */
async function callBridge(
  fileShell: FileShell | undefined,
  method: BridgeMethod,
  args: unknown[],
): Promise<unknown> {
  if (!fileShell) throw new Error('Cette fenêtre ne peut ni enregistrer ni ouvrir de fichier.');
  const [entry] = args;
  if ((method === 'save' || method === 'open') && isOutboxEntry(entry)) return fileShell[method](entry);
  if (method === 'pick' && isPickWhat(entry)) {
    if (!fileShell.pick) throw new Error('Cette fenêtre ne peut pas ouvrir de sélecteur de fichiers.');
    return fileShell.pick(entry);
  }
  throw new Error(`Appel invalide au processus principal : ${method}.`);
}
