/**
 * The service host: owns the opened database and answers the parent's requests through the same
 * dispatch as ever. It runs in Electron's utilityProcess (desktop) or a worker_thread (browser
 * mode), so that a long computation or a batch never blocks the window; batch jobs yield between
 * items, so that the host also answers other requests while they run.
 */
import { loadDemoData } from '../../demo';
import { APP_VERSION, openApp, type OpenedApp } from '../app-context';
import { keyToHex, type DatabaseKey } from '../../db/cipher';
import type { CipherStatus } from '../../shared/cipher/types';
import { holderStorage } from '../cipher/data-storage';
import { openWithKeys, type Opening } from '../cipher/host-opening';
import { answerLocked } from '../cipher/locked';
import { cipherStatus } from '../cipher/status';
import { AppError } from '../errors';
import { dispatch, type Logger } from '../ipc/dispatch';
import type { FileDelivery } from '../../shared/files';
import type { FileShell } from '../files/file-shell';
import type { OutboxEntry } from '../files/outbox';
import type { BridgeMethod, FromHost, HostInit } from './protocol';
import { isToHost } from './protocol';
import { RequestGate } from './request-gate';

export interface HostPort {
  postMessage: (message: FromHost) => void;
  onMessage: (listener: (message: unknown) => void) => void;
}

export interface ServiceHostOptions {
  open?: typeof openApp;
  log?: Logger;
  /** Called once the database is closed after a shutdown (the entry ends its process there). */
  onClosed?: () => void;
}

/**
 * Saving and opening a produced file happen where the window is (a save dialog, a download
 * address): the host's `files:save` / `files:open` ask the parent, which reads the outbox entry
 * from the shared folder.
 */
function fileShellOf(call: (method: BridgeMethod, args: unknown[]) => Promise<unknown>): FileShell {
  const relay = (method: BridgeMethod) => async (entry: OutboxEntry) =>
    (await call(method, [entry])) as FileDelivery;
  return { save: relay('save'), open: relay('open') };
}

export function runServiceHost(port: HostPort, options: ServiceHostOptions = {}): void {
  const log: Logger = options.log ?? ((message, error) => console.error(message, error));
  let opening: Promise<Opening | null> | null = null;
  const gate = new RequestGate();
  let nextBridgeId = 1;
  const bridgeCalls = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  const callParent = (method: BridgeMethod, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextBridgeId++;
      bridgeCalls.set(id, { resolve, reject });
      port.postMessage({ kind: 'bridge', id, method, args });
    });

  /** Demo data, the file shell, progress and the encryption's storage on a freshly opened app. */
  async function prepare(init: HostInit, opened: OpenedApp): Promise<string | null> {
    let notice: string | null = null;
    if (init.demo) {
      try {
        await loadDemoData(opened.ctx);
        notice = 'Données de démonstration chargées.';
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        notice = error.message;
      }
    }
    if (init.fileShell) opened.ctx.fileShell = fileShellOf(callParent);
    if (opened.ctx.jobs) {
      opened.ctx.jobs.onProgress = (progress) => port.postMessage({ kind: 'progress', ...progress });
    }
    opened.ctx.storage = holderStorage(opened, {
      exclusive: (work) => gate.exclusive(work),
      rememberKey: async (keyHex) =>
        (await callParent('rememberKey', [opened.ctx.databaseFile, keyHex])) === true,
      keychain: init.keyStore === true,
    });
    return notice;
  }

  async function open(init: HostInit): Promise<Opening | null> {
    try {
      const state = await openWithKeys(init, options.open ?? openApp);
      const notice = state.opened ? await prepare(init, state.opened) : null;
      port.postMessage({
        kind: 'ready',
        databaseFile: state.opened?.ctx.databaseFile ?? state.locked?.file ?? init.file,
        appVersion: state.opened?.ctx.appVersion ?? APP_VERSION,
        notice,
        locked: state.locked !== null,
      });
      return state;
    } catch (error) {
      port.postMessage({ kind: 'fatal', message: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }

  /** The passphrase typed: open, prepare, and have the parent keep the key. */
  async function unlock(state: Opening, key: DatabaseKey): Promise<CipherStatus> {
    const opened = await (options.open ?? openApp)(state.init.file, state.init.mode, key);
    await prepare(state.init, opened);
    state.opened = opened;
    state.locked = null;
    await opened.ctx.storage?.rememberKey(keyToHex(key));
    return cipherStatus(opened.ctx);
  }

  async function answer(id: number, channel: string, payload: unknown): Promise<void> {
    const state = opening ? await opening : null;
    if (state?.locked) {
      const locked = state.locked;
      const result = await answerLocked(locked, channel, payload, (key) => unlock(state, key), log);
      port.postMessage({ kind: 'response', id, result });
      return;
    }
    const opened = state?.opened;
    if (!opened) {
      port.postMessage({
        kind: 'response',
        id,
        result: {
          ok: false,
          error: { code: 'HOST_DOWN', message: 'Les données de Porte-voix ne sont pas ouvertes.' },
        },
      });
      return;
    }
    const result = await gate.run(() => dispatch(opened.ctx, channel, payload, log));
    port.postMessage({ kind: 'response', id, result });
  }

  port.onMessage((message) => {
    if (!isToHost(message)) return;
    switch (message.kind) {
      case 'init':
        opening ??= open(message);
        return;
      case 'request':
        void answer(message.id, message.channel, message.payload);
        return;
      case 'bridge-result': {
        const pending = bridgeCalls.get(message.id);
        bridgeCalls.delete(message.id);
        if (message.ok) pending?.resolve(message.value);
        else pending?.reject(new AppError('INTERNAL', message.message));
        return;
      }
      case 'shutdown':
        void (async () => {
          const opened = (opening ? await opening : null)?.opened;
          await opened?.database.close();
          opened?.outbox.dispose();
          port.postMessage({ kind: 'closed' });
          options.onClosed?.();
        })();
    }
  });
}
