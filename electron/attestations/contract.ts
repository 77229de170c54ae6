/** Channels of attestations de présence and relevés annuels de participation. */
import {
  attestationIssueInput,
  attestationVoidInput,
  periodInput,
  personYearInput,
  yearInput,
} from '../../shared/meetings/schemas';
import type { FileRef } from '../../shared/files';
import type { AttestationSummary } from '../../shared/meetings/types';
import { byId, channel } from '../ipc/define';

export const attestationsContract = {
  'attestations:issue': channel<FileRef & { reference: string; reprint: boolean }>()(attestationIssueInput),
  'attestations:reprint': channel<FileRef & { reference: string }>()(byId),
  'attestations:void': channel<AttestationSummary>()(attestationVoidInput),
  'attestations:ofMeeting': channel<AttestationSummary[]>()(byId),
  'attestations:ofMeetingPdf': channel<FileRef & { count: number }>()(byId),
  'attestations:ofPersonPdf': channel<FileRef & { count: number }>()(periodInput),
  'attestations:ofPerson': channel<AttestationSummary[]>()(personYearInput),
  'attestations:participationPdf': channel<FileRef>()(personYearInput),
  'attestations:allParticipationPdf': channel<FileRef & { count: number }>()(yearInput.strict()),
} as const;
