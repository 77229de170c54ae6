/** Channels of the meetings domain: meetings, sessions of actions, attendance, congé de représentation, settings. */
import {
  attendanceSaveInput,
  meetingCancelInput,
  meetingInput,
  meetingListQuery,
  meetingSeriesInput,
  meetingUpdateInput,
  personYearInput,
} from '../../shared/meetings/schemas';
import {
  sessionCancelInput,
  sessionInput,
  sessionParticipantInput,
  sessionParticipantRemoveInput,
  sessionUpdateInput,
} from '../../shared/meetings/sessions';
import { meetingsSettingsSchema, type MeetingsSettings } from '../../shared/meetings/settings';
import type {
  AttendanceGrid,
  CongeCounter,
  CongeWarning,
  InstanceOption,
  Meeting,
  MeetingList,
  Session,
  SessionAction,
  SessionAttendance,
} from '../../shared/meetings/types';
import { byId, channel, none } from '../ipc/define';

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
  'meetings:conge': channel<CongeCounter>()(personYearInput),
  'meetings:congeWarnings': channel<CongeWarning[]>()(none),
  'meetings:settings': channel<MeetingsSettings>()(none),
  'meetings:saveSettings': channel<MeetingsSettings>()(meetingsSettingsSchema),
  /** The action a new session is added to (its title, porteur, usual place). */
  'sessions:action': channel<SessionAction>()(byId),
  'sessions:get': channel<Session>()(byId),
  'sessions:create': channel<Session>()(sessionInput),
  'sessions:update': channel<Session>()(sessionUpdateInput),
  'sessions:cancel': channel<Session>()(sessionCancelInput),
  'sessions:restore': channel<Session>()(byId),
  'sessions:delete': channel<{ deleted: true; actionId: number }>()(byId),
  'sessions:attendance': channel<SessionAttendance>()(byId),
  'sessions:saveParticipant': channel<SessionAttendance>()(sessionParticipantInput),
  'sessions:removeParticipant': channel<SessionAttendance>()(sessionParticipantRemoveInput),
} as const;
