/** A batch job (relevés for all, attestations of a period or a meeting) as the renderer follows it. */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  jobId: string;
  /** Items handled so far, out of `total` (0 / 0 while the batch is still counting them). */
  done: number;
  total: number;
}

export interface JobStatus<R> extends JobProgress {
  state: JobState;
  /** Present once `state` is 'done'. */
  result?: R;
  /** Present once `state` is 'failed' or 'cancelled': what to tell the user. */
  error?: { code: string; message: string };
}

export const CANCELLED_MESSAGE = 'Génération annulée.';
