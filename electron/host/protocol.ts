/**
 * Messages between the service host (the process or thread that owns the database and the
 * dispatch) and its parent (Electron's main process, or the browser-mode server).
 *
 * parent → host: `init` once, then `request`s, answers to the host's `bridge` calls, `shutdown`.
 * host → parent: `ready` (or `fatal`), one `response` per request, `progress` of batch jobs,
 * `bridge` calls for what only the window's side can do (save or open a produced file),
 * `closed` after a shutdown.
 */
import type { JobProgress, JobState } from '../../shared/jobs/types';
import type { ApiResult } from '../ipc/contract';
import type { ServiceContext } from '../service-context';

export interface HostInit {
  kind: 'init';
  file: string;
  mode: ServiceContext['mode'];
  /** Fill an empty database with the demo data (browser mode's --demo). */
  demo: boolean;
  /** The parent answers `bridge` calls: it saves and opens produced files (desktop shell, browser-mode server). */
  fileShell: boolean;
  /** Key of encrypted data (hex, db/cipher.ts `keyToHex`) from the parent's keychain, if it has one. */
  key?: string | null;
  /** Passphrase given at start (browser mode's PORTE_VOIX_PASSPHRASE), used when no key opens the data. */
  passphrase?: string | null;
  /** The parent keeps keys in the system's keychain (desktop): the `rememberKey` bridge call stores one. */
  keyStore?: boolean;
}

export type ToHost =
  | HostInit
  | { kind: 'request'; id: number; channel: string; payload: unknown }
  | { kind: 'bridge-result'; id: number; ok: true; value: unknown }
  | { kind: 'bridge-result'; id: number; ok: false; message: string }
  | { kind: 'shutdown' };

/**
 * `FileShell` methods (the argument of `save` and `open` is the outbox entry, whose path is
 * readable by the parent; that of `pick` what to choose), and `rememberKey` [file, keyHex]: keep
 * the key of encrypted data (and reopen with it after a restart).
 */
export type BridgeMethod = 'save' | 'open' | 'pick' | 'rememberKey';

export type FromHost =
  | { kind: 'ready'; databaseFile: string; appVersion: string; notice: string | null; locked?: boolean }
  | { kind: 'fatal'; message: string }
  | { kind: 'response'; id: number; result: ApiResult<unknown> }
  | ({ kind: 'progress'; state: JobState } & JobProgress)
  | { kind: 'bridge'; id: number; method: BridgeMethod; args: unknown[] }
  | { kind: 'closed' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Messages cross a process boundary: read their kind before trusting their shape. */
export function messageKind(value: unknown): string | null {
  return isRecord(value) && typeof value.kind === 'string' ? value.kind : null;
}

export function isFromHost(value: unknown): value is FromHost {
  const kind = messageKind(value);
  return (
    kind === 'ready' ||
    kind === 'fatal' ||
    kind === 'response' ||
    kind === 'progress' ||
    kind === 'bridge' ||
    kind === 'closed'
  );
}

export function isToHost(value: unknown): value is ToHost {
  const kind = messageKind(value);
  return kind === 'init' || kind === 'request' || kind === 'bridge-result' || kind === 'shutdown';
}
