/**
 * What a batch service receives to run as a job: a cancellation signal it checks between items,
 * and where it reports how far it is. Services called without it run to the end as before.
 */
import { CANCELLED_MESSAGE } from '../../shared/jobs/types';
import { AppError } from '../errors';

export interface JobControl {
  signal?: AbortSignal;
  report?: (done: number, total: number) => void;
}

/**
 * Longest stretch of work between two turns of the event loop: the host answers other requests
 * (a list, a search, the job's own progress) in those turns, so they wait at most about this long.
 */
export const YIELD_EVERY_MS = 12;

export const cancelledError = (): AppError => new AppError('CANCELLED', CANCELLED_MESSAGE);

export function throwIfCancelled(control: JobControl | undefined): void {
  if (control?.signal?.aborted) throw cancelledError();
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The step a batch takes between two items: report progress, stop if cancelled, and let the
 * event loop turn when the batch has held it for long enough.
 */
export function batchSteps(control: JobControl | undefined): (done: number, total: number) => Promise<void> {
  let since = performance.now();
  return async (done, total) => {
    control?.report?.(done, total);
    throwIfCancelled(control);
    if (performance.now() - since < YIELD_EVERY_MS) return;
    await nextTurn();
    since = performance.now();
    throwIfCancelled(control);
  };
}
