/**
 * Batch work (relevés for all, attestations of a period or of a meeting) runs as a job in the
 * service host: this store starts it, follows its progress, cancels it on request, and keeps
 * doing so when the user moves to another page meanwhile. The panel shows what it holds.
 */
import { notifications } from '@mantine/notifications';
import { useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { call, notifyError } from '../api';

export type BatchJob = ChannelInput<'jobs:start'>;
export type BatchResult = NonNullable<ChannelOutput<'jobs:progress'>['result']>;

export interface RunningBatch {
  jobId: string;
  label: string;
  done: number;
  total: number;
  cancelling: boolean;
}

/** How often the panel asks how far a job is. */
const POLL_MS = 250;

let running: readonly RunningBatch[] = [];
const listeners = new Set<() => void>();

function update(next: readonly RunningBatch[]): void {
  running = next;
  for (const listener of listeners) listener();
}

const patch = (jobId: string, changes: Partial<RunningBatch>): void =>
  update(running.map((b) => (b.jobId === jobId ? { ...b, ...changes } : b)));

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export function useRunningBatches(): readonly RunningBatch[] {
  return useSyncExternalStore(subscribe, () => running);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a batch as a job and resolves with its result once it is over, or null when it was
 * cancelled or failed (the user has then been told). It goes on if the page is left.
 */
export async function runBatch<J extends BatchJob>(
  label: string,
  job: J,
): Promise<ChannelOutput<J['channel']> | null> {
  let jobId: string;
  try {
    ({ jobId } = await call('jobs:start', job));
  } catch (error) {
    notifyError(error);
    return null;
  }
  update([...running, { jobId, label, done: 0, total: 0, cancelling: false }]);
  try {
    for (;;) {
      const status = await call('jobs:progress', { jobId });
      if (status.state === 'running') {
        patch(jobId, { done: status.done, total: status.total });
        await pause(POLL_MS);
        continue;
      }
      // The host ran the very channel named in the job: its result has that channel's output type.
      if (status.state === 'done' && status.result) return status.result as ChannelOutput<J['channel']>;
      if (status.state === 'cancelled') {
        notifications.show({
          color: 'gray',
          title: label,
          message: status.error?.message ?? 'Génération annulée.',
        });
      } else {
        notifications.show({
          color: 'red',
          title: 'L’opération n’a pas abouti',
          message: status.error?.message ?? 'Une erreur inattendue s’est produite. Rien n’a été enregistré.',
          autoClose: 8000,
        });
      }
      return null;
    }
  } catch (error) {
    notifyError(error);
    return null;
  } finally {
    update(running.filter((b) => b.jobId !== jobId));
  }
}

export async function cancelBatch(jobId: string): Promise<void> {
  patch(jobId, { cancelling: true });
  try {
    await call('jobs:cancel', { jobId });
  } catch (error) {
    patch(jobId, { cancelling: false });
    notifyError(error, 'L’arrêt n’a pas abouti');
  }
}
