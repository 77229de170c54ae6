/** Which service runs each batch channel as a job. */
import { meetingAttestations, personAttestations } from '../attestations/attestations';
import { allParticipationRecordsFile } from '../attestations/participation-records';
import { allActivityFile } from '../reports/activity';
import { verifyLog } from '../history/verify-log';
import type { ServiceContext } from '../service-context';
import type { JobStartInput, ProducedBatchResult } from './contract';
import type { JobControl } from './job-control';

export function runBatch(
  ctx: ServiceContext,
  job: JobStartInput,
  control: JobControl,
): Promise<ProducedBatchResult> {
  switch (job.channel) {
    case 'attestations:allParticipationPdf':
      return allParticipationRecordsFile(ctx, job.input.year, control);
    case 'attestations:ofPersonPdf':
      return personAttestations(ctx, job.input, control);
    case 'attestations:ofMeetingPdf':
      return meetingAttestations(ctx, job.input.id, control);
    case 'reports:allActivityPdf':
      return allActivityFile(ctx, job.input.year, control);
    case 'history:verifyLog':
      return verifyLog(ctx, control);
  }
}
