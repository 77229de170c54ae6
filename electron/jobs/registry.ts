/**
 * The batch jobs running in this process: each has an id, its progress, an AbortController and,
 * once over, its result or error. The renderer starts one, polls its progress and may cancel it;
 * the host also pushes each progress to its parent (the desktop's taskbar bar).
 */
import { randomUUID } from 'node:crypto';
import type { JobProgress, JobState, JobStatus } from '../../shared/jobs/types';
import { notFound } from '../errors';
import type { ApiError } from '../ipc/contract';
import type { JobControl } from './job-control';

interface Entry<R> {
  status: JobStatus<R>;
  controller: AbortController;
}

/** Finished jobs kept for their result, so that a late poll still finds it. */
const KEPT_FINISHED = 20;

export class JobRegistry<R> {
  private readonly jobs = new Map<string, Entry<R>>();
  /** Called on every progress and at the end of each job. */
  onProgress: ((progress: JobProgress & { state: JobState }) => void) | null = null;

  constructor(private readonly describeError: (error: unknown) => ApiError) {}

  /** Starts `run` on the next turn and returns at once with the job's id. */
  start(run: (control: JobControl) => Promise<R>): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    const entry: Entry<R> = { status: { jobId, state: 'running', done: 0, total: 0 }, controller };
    this.jobs.set(jobId, entry);
    const control: JobControl = {
      signal: controller.signal,
      report: (done, total) => {
        entry.status = { ...entry.status, done, total };
        this.onProgress?.({ jobId, done, total, state: 'running' });
      },
    };
    void Promise.resolve()
      .then(() => run(control))
      .then(
        (result) => this.finish(entry, 'done', { result, done: entry.status.total }),
        (error: unknown) => {
          const described = this.describeError(error);
          const state = described.code === 'CANCELLED' ? 'cancelled' : 'failed';
          this.finish(entry, state, { error: { code: described.code, message: described.message } });
        },
      );
    return jobId;
  }

  status(jobId: string): JobStatus<R> {
    const entry = this.jobs.get(jobId);
    if (!entry) throw notFound('Traitement');
    return entry.status;
  }

  /** Asks a running job to stop at its next item; false when it was already over. */
  cancel(jobId: string): boolean {
    const entry = this.jobs.get(jobId);
    if (!entry) throw notFound('Traitement');
    if (entry.status.state !== 'running') return false;
    entry.controller.abort();
    return true;
  }

  get running(): number {
    let n = 0;
    for (const e of this.jobs.values()) if (e.status.state === 'running') n++;
    return n;
  }

  private finish(entry: Entry<R>, state: JobState, extra: Partial<JobStatus<R>>): void {
    entry.status = { ...entry.status, ...extra, state };
    const { jobId, done, total } = entry.status;
    this.onProgress?.({ jobId, done, total, state });
    const finished = [...this.jobs.values()].filter((e) => e.status.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) {
      this.jobs.delete(old.status.jobId);
    }
  }
}
