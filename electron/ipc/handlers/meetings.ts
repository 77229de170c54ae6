import * as attendance from '../../services/attendance';
import * as attestations from '../../services/attestations';
import * as conge from '../../services/conge';
import * as meetings from '../../services/meetings';
import type { meetingsContract } from '../contracts/meetings';
import type { DomainHandlers } from './types';

export const meetingsHandlers: DomainHandlers<typeof meetingsContract> = {
  'meetings:instances': (ctx) => meetings.listInstances(ctx),
  'meetings:list': (ctx, input) => meetings.listMeetings(ctx, input),
  'meetings:get': (ctx, input) => meetings.getMeeting(ctx, input.id),
  'meetings:create': (ctx, input) => meetings.createMeeting(ctx, input),
  'meetings:createSeries': (ctx, input) => meetings.createSeries(ctx, input),
  'meetings:update': (ctx, input) => meetings.updateMeeting(ctx, input.id, input.data),
  'meetings:cancel': (ctx, input) => meetings.cancelMeeting(ctx, input),
  'meetings:restore': (ctx, input) => meetings.restoreMeeting(ctx, input.id),

  'meetings:attendance': (ctx, input) => attendance.getAttendanceGrid(ctx, input.id),
  'meetings:saveAttendance': (ctx, input) => attendance.saveAttendance(ctx, input),

  'meetings:attestation': (ctx, input) => attestations.issueAttestation(ctx, input),
  'meetings:reprintAttestation': (ctx, input) => attestations.reprintAttestation(ctx, input.id),
  'meetings:voidAttestation': (ctx, input) => attestations.voidAttestation(ctx, input),
  'meetings:meetingAttestations': (ctx, input) => attestations.listMeetingAttestations(ctx, input.id),
  'meetings:meetingAttestationsPdf': (ctx, input) => attestations.meetingAttestations(ctx, input.id),
  'meetings:personAttestationsPdf': (ctx, input) => attestations.personAttestations(ctx, input),
  'meetings:personAttestations': (ctx, input) =>
    attestations.listPersonAttestations(ctx, input.representativeId, input.year),

  'meetings:conge': (ctx, input) => conge.congeCounter(ctx, input.representativeId, input.year),
  'meetings:congeWarnings': (ctx) => conge.congeWarnings(ctx),
  'meetings:participationPdf': (ctx, input) => attestations.participationRecordFile(ctx, input),
  'meetings:allParticipationPdf': (ctx, input) => attestations.allParticipationRecordsFile(ctx, input.year),

  'meetings:settings': (ctx) => meetings.getMeetingsSettings(ctx),
  'meetings:saveSettings': (ctx, input) => meetings.saveMeetingsSettings(ctx, input),
};
