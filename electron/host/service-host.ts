/**
 * The service host: owns the opened database and answers the parent's requests through the same
 * dispatch as ever. It runs in Electron's utilityProcess (desktop) or a worker_thread (browser
 * mode), so that a long computation or a batch never blocks the window; batch jobs yield between
 * items, so that the host also answers other requests while they run.
 */
import { loadDemoData } from '../../demo';
import { APP_VERSION, openApp, type OpenedApp } from '../app-context';
import { automaticBackupIfDue } from '../backup/backup-service';
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
import type { ServiceContext } from '../service-context';
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
  /** How often the host checks whether the daily automatic backup is due (default hourly). */
  automaticBackupEveryMs?: number;
}

const AUTOMATIC_BACKUP_EVERY_MS = 60 * 60 * 1000;
/** The progress the host reports while it backs up before quitting. */
export const QUIT_BACKUP_JOB = 'sauvegarde-avant-fermeture';

/**
 * Saving and opening a produced file happen where the window is (a save dialog, a download
 * address): the host's `files:save` / `files:open` ask the parent, which reads the outbox entry
 * from the shared folder.
 */
function fileShellOf(call: (method: BridgeMethod, args: unknown[]) => Promise<unknown>): FileShell {
  const relay = (method: BridgeMethod) => async (entry: OutboxEntry) =>
    (await call(method, [entry])) as FileDelivery;
  return {
    save: relay('save'),
    open: relay('open'),
    pick: async (what) => {
      const chosen = await call('pick', [what]);
      return typeof chosen === 'string' ? chosen : null;
    },
  };
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

  /** What the host adds to an opened app: file calls to the parent, progress, reopening, encryption. */
  function prepare(opened: OpenedApp, init: HostInit): void {
    if (init.fileShell) opened.ctx.fileShell = fileShellOf(callParent);
    if (opened.ctx.jobs) {
      opened.ctx.jobs.onProgress = (progress) => port.postMessage({ kind: 'progress', ...progress });
    }
    if (opened.ctx.data) opened.ctx.data.reopenAfter = (replace) => reopen(init, replace);
    opened.ctx.storage = holderStorage(opened, {
      exclusive: (work) => gate.exclusive(work),
      rememberKey: async (keyHex) =>
        (await callParent('rememberKey', [opened.ctx.databaseFile, keyHex])) === true,
      keychain: init.keyStore === true,
    });
  }

  /**
   * A restore: requests wait while the database is closed, its files replaced and reopened; the
   * running jobs and produced files of the run carry over to the reopened data.
   */
  async function reopen(
    init: HostInit,
    replace: () => Promise<() => Promise<void>>,
  ): Promise<ServiceContext> {
    const state = opening ? await opening : null;
    const current = state?.opened;
    if (!state || !current)
      throw new AppError('HOST_DOWN', 'Les données de Porte-voix ne sont pas ouvertes.');
    let settle: (opened: OpenedApp | null) => void = () => undefined;
    opening = new Promise((resolve) => {
      settle = (opened) => resolve(opened ? { ...state, opened } : null);
    });
    const openAgain = async () => {
      // The same key: a backup of encrypted data is encrypted with it (db/cipher.ts snapshotInto).
      const next = await (options.open ?? openApp)(init.file, init.mode, current.database.key);
      next.outbox.dispose();
      const reopened: OpenedApp = {
        ...next,
        outbox: current.outbox,
        ctx: { ...next.ctx, outbox: current.ctx.outbox, jobs: current.ctx.jobs },
      };
      prepare(reopened, init);
      return reopened;
    };
    await current.database.close();
    let undo: (() => Promise<void>) | null = null;
    let failure: unknown = null;
    try {
      undo = await replace();
    } catch (error) {
      failure = error;
    }
    try {
      let reopened: OpenedApp;
      try {
        reopened = await openAgain();
      } catch (error) {
        if (!undo) throw error;
        await undo();
        failure = new AppError(
          'FILE_ERROR',
          `Les données restaurées n’ont pas pu être ouvertes (${error instanceof Error ? error.message : String(error)}). Les données d’avant ont été remises en place.`,
        );
        reopened = await openAgain();
      }
      settle(reopened);
      if (failure) throw failure;
      return reopened.ctx;
    } catch (error) {
      if (error === failure) throw error;
      // Neither the restored nor the old data opens: nothing more can be served.
      settle(null);
      port.postMessage({ kind: 'fatal', message: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /** Demo data on a freshly opened app, then what the host adds to it. */
  async function ready(opened: OpenedApp, init: HostInit): Promise<string | null> {
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
    prepare(opened, init);
    return notice;
  }

  async function open(init: HostInit): Promise<Opening | null> {
    try {
      const state = await openWithKeys(init, options.open ?? openApp);
      const notice = state.opened ? await ready(state.opened, init) : null;
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
    await ready(opened, state.init);
    state.opened = opened;
    state.locked = null;
    await opened.ctx.storage?.rememberKey(keyToHex(key));
    return cipherStatus(opened.ctx);
  }

  async function answer(id: number, channel: string, payload: unknown): Promise<void> {
    const state = opening ? await opening : null;
    if (state?.locked) {
      const result = await answerLocked(state.locked, channel, payload, (key) => unlock(state, key), log);
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

  // While the application runs, the daily backup is also made without waiting for a quit.
  const automaticTimer = setInterval(() => {
    void (async () => {
      const opened = (opening ? await opening : null)?.opened;
      if (opened && !opened.ctx.jobs?.running) await automaticBackupIfDue(opened.ctx);
    })();
  }, options.automaticBackupEveryMs ?? AUTOMATIC_BACKUP_EVERY_MS);
  automaticTimer.unref();

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
        clearInterval(automaticTimer);
        void (async () => {
          const opened = (opening ? await opening : null)?.opened;
          // The backup on quit (at most one a day): its progress tells the parent it is alive.
          if (opened) {
            await automaticBackupIfDue(opened.ctx, {
              report: (done, total) =>
                port.postMessage({ kind: 'progress', jobId: QUIT_BACKUP_JOB, done, total, state: 'running' }),
            });
          }
          await opened?.database.close();
          opened?.outbox.dispose();
          port.postMessage({ kind: 'closed' });
          options.onClosed?.();
        })();
    }
  });
}
