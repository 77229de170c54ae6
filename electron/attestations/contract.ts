/** Channels of attestations de présence and relevés annuels de participation. */
import {
  attestationIssueInput,
  attestationVoidInput,
  periodInput,
  personYearInput,
  yearInput,
} from '../../shared/meetings/schemas';
import type { GeneratedFile } from '../../shared/files';
import type { AttestationSummary } from '../../shared/meetings/types';
import { byId, channel } from '../ipc/define';

export const attestationsContract = {
  'attestations:issue': channel<GeneratedFile & { reference: string; reprint: boolean }>()(
    attestationIssueInput,
  ),
  'attestations:reprint': channel<GeneratedFile & { reference: string }>()(byId),
  'attestations:void': channel<AttestationSummary>()(attestationVoidInput),
  'attestations:ofMeeting': channel<AttestationSummary[]>()(byId),
  'attestations:ofMeetingPdf': channel<GeneratedFile & { count: number }>()(byId),
  'attestations:ofPersonPdf': channel<GeneratedFile & { count: number }>()(periodInput),
  'attestations:ofPerson': channel<AttestationSummary[]>()(personYearInput),
  'attestations:participationPdf': channel<GeneratedFile>()(personYearInput),
  'attestations:allParticipationPdf': channel<GeneratedFile & { count: number }>()(yearInput.strict()),
} as const;
