/** Which service runs each batch channel as a job. */
import { meetingAttestations, personAttestations } from '../attestations/attestations';
import { allParticipationRecordsFile } from '../attestations/participation-records';
import { allActivityFile } from '../reports/activity';
import { sendReleves } from '../mail/send';
import { backupNow } from '../backup/backup-service';
import { restoreArchive } from '../backup/restore';
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
    case 'mail:sendReleves':
      return sendReleves(ctx, job.input.year, control);
    case 'backup:now':
      return backupNow(ctx, 'manuelle', control);
    case 'backup:restore':
      return restoreArchive(ctx, job.input.path, control);
    case 'history:verifyLog':
      return verifyLog(ctx, control);
  }
}
