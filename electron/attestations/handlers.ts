import * as attestations from './attestations';
import * as records from './participation-records';
import type { DomainHandlers } from '../ipc/handler-types';
import type { attestationsContract } from './contract';

export const attestationsHandlers: DomainHandlers<typeof attestationsContract> = {
  'attestations:issue': (ctx, input) => attestations.issueAttestation(ctx, input),
  'attestations:reprint': (ctx, input) => attestations.reprintAttestation(ctx, input.id),
  'attestations:void': (ctx, input) => attestations.voidAttestation(ctx, input),
  'attestations:ofMeeting': (ctx, input) => attestations.listMeetingAttestations(ctx, input.id),
  'attestations:ofMeetingPdf': (ctx, input) => attestations.meetingAttestations(ctx, input.id),
  'attestations:ofPersonPdf': (ctx, input) => attestations.personAttestations(ctx, input),
  'attestations:ofPerson': (ctx, input) =>
    attestations.listPersonAttestations(ctx, input.representativeId, input.year),
  'attestations:participationPdf': (ctx, input) => records.participationRecordFile(ctx, input),
  'attestations:allParticipationPdf': (ctx, input) => records.allParticipationRecordsFile(ctx, input.year),
};
