/** Channels of the meetings domain: meetings, attendance, attestations, congé and relevés. */
import {
  attendanceSaveInput,
  attestationIssueInput,
  attestationVoidInput,
  meetingCancelInput,
  meetingInput,
  meetingListQuery,
  meetingSeriesInput,
  meetingUpdateInput,
  periodInput,
  personYearInput,
  yearInput,
} from '../../../shared/schemas/meetings';
import { meetingsSettingsSchema, type MeetingsSettings } from '../../../shared/schemas/meetings-settings';
import type { GeneratedFile } from '../../../shared/types/files';
import type {
  AttendanceGrid,
  AttestationSummary,
  CongeCounter,
  CongeWarning,
  InstanceOption,
  Meeting,
  MeetingList,
} from '../../../shared/types/meetings';
import { byId, channel, none } from './define';

export const meetingsContract = {
  'meetings:instances': channel<InstanceOption[]>()(none),
  'meetings:list': channel<MeetingList>()(meetingListQuery),
  'meetings:get': channel<Meeting>()(byId),
  'meetings:create': channel<Meeting>()(meetingInput),
  'meetings:createSeries': channel<Meeting[]>()(meetingSeriesInput),
  'meetings:update': channel<Meeting>()(meetingUpdateInput),
  'meetings:cancel': channel<Meeting>()(meetingCancelInput),
  'meetings:restore': channel<Meeting>()(byId),

  'meetings:attendance': channel<AttendanceGrid>()(byId),
  'meetings:saveAttendance': channel<AttendanceGrid>()(attendanceSaveInput),

  'meetings:attestation': channel<GeneratedFile & { reference: string; reprint: boolean }>()(
    attestationIssueInput,
  ),
  'meetings:reprintAttestation': channel<GeneratedFile & { reference: string }>()(byId),
  'meetings:voidAttestation': channel<AttestationSummary>()(attestationVoidInput),
  'meetings:meetingAttestations': channel<AttestationSummary[]>()(byId),
  'meetings:meetingAttestationsPdf': channel<GeneratedFile & { count: number }>()(byId),
  'meetings:personAttestationsPdf': channel<GeneratedFile & { count: number }>()(periodInput),
  'meetings:personAttestations': channel<AttestationSummary[]>()(personYearInput),

  'meetings:conge': channel<CongeCounter>()(personYearInput),
  'meetings:congeWarnings': channel<CongeWarning[]>()(none),
  'meetings:participationPdf': channel<GeneratedFile>()(personYearInput),
  'meetings:allParticipationPdf': channel<GeneratedFile & { count: number }>()(yearInput.strict()),

  'meetings:settings': channel<MeetingsSettings>()(none),
  'meetings:saveSettings': channel<MeetingsSettings>()(meetingsSettingsSchema),
} as const;
