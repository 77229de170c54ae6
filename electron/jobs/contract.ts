/**
 * Batch work as jobs: `jobs:start` runs one of the batch channels with its own input and answers
 * at once with a job id; `jobs:progress` tells how far it is (and gives the result at the end);
 * `jobs:cancel` stops it between two items, leaving nothing half-written.
 */
import { z } from 'zod';
import type { Produced } from '../files/produced-file';
import type { JobStatus } from '../../shared/jobs/types';
import { attestationsContract } from '../attestations/contract';
import { reportsContract } from '../reports/contract';
import { mailContract } from '../mail/contract';
import { archiveInput, backupContract } from '../backup/contract';
import { historyContract } from '../history/contract';
import { channel } from '../ipc/define';

type Batches = typeof attestationsContract &
  typeof reportsContract &
  typeof mailContract &
  typeof backupContract &
  typeof historyContract;

/** The batch channels, each with the same input schema as when it is called directly. */
export type BatchChannel =
  | 'attestations:allParticipationPdf'
  | 'attestations:ofPersonPdf'
  | 'attestations:ofMeetingPdf'
  | 'reports:allActivityPdf'
  | 'mail:sendReleves'
  | 'backup:now'
  | 'backup:restore'
  | 'history:verifyLog';
export type BatchResult = NonNullable<Batches[BatchChannel]['output']>;
/** What a batch service returns: the file itself, stored in the outbox when the result is polled. */
export type ProducedBatchResult = Produced<BatchResult>;

const a = attestationsContract;
export const jobStartInput = z.discriminatedUnion('channel', [
  z
    .object({
      channel: z.literal('attestations:allParticipationPdf'),
      input: a['attestations:allParticipationPdf'].input,
    })
    .strict(),
  z
    .object({ channel: z.literal('attestations:ofPersonPdf'), input: a['attestations:ofPersonPdf'].input })
    .strict(),
  z
    .object({ channel: z.literal('attestations:ofMeetingPdf'), input: a['attestations:ofMeetingPdf'].input })
    .strict(),
  z
    .object({
      channel: z.literal('reports:allActivityPdf'),
      input: reportsContract['reports:allActivityPdf'].input,
    })
    .strict(),
  z
    .object({ channel: z.literal('mail:sendReleves'), input: mailContract['mail:sendReleves'].input })
    .strict(),
  z.object({ channel: z.literal('backup:now'), input: backupContract['backup:now'].input }).strict(),
  z.object({ channel: z.literal('backup:restore'), input: archiveInput }).strict(),
  z
    .object({ channel: z.literal('history:verifyLog'), input: historyContract['history:verifyLog'].input })
    .strict(),
]);
export type JobStartInput = z.output<typeof jobStartInput>;

const jobRef = z.object({ jobId: z.uuid({ error: 'Identifiant de traitement invalide.' }) }).strict();

export const jobsContract = {
  'jobs:start': channel<{ jobId: string }>()(jobStartInput),
  'jobs:progress': channel<JobStatus<BatchResult>>()(jobRef),
  'jobs:cancel': channel<{ cancelled: boolean }>()(jobRef),
} as const;
