import * as attendance from './attendance';
import * as conge from './conge';
import * as meetings from './meetings';
import * as sessionAttendance from './session-attendance';
import * as sessions from './sessions';
import type { DomainHandlers } from '../ipc/handler-types';
import type { meetingsContract } from './contract';

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
  'meetings:conge': (ctx, input) => conge.congeCounter(ctx, input.representativeId, input.year),
  'meetings:congeWarnings': (ctx) => conge.congeWarnings(ctx),
  'meetings:settings': (ctx) => meetings.getMeetingsSettings(ctx),
  'meetings:saveSettings': (ctx, input) => meetings.saveMeetingsSettings(ctx, input),
  'sessions:action': (ctx, input) => sessions.getSessionAction(ctx, input.id),
  'sessions:get': (ctx, input) => sessions.getSession(ctx, input.id),
  'sessions:create': (ctx, input) => sessions.createSession(ctx, input),
  'sessions:update': (ctx, input) => sessions.updateSession(ctx, input.id, input.data),
  'sessions:cancel': (ctx, input) => sessions.cancelSession(ctx, input),
  'sessions:restore': (ctx, input) => sessions.restoreSession(ctx, input.id),
  'sessions:delete': (ctx, input) => sessions.deleteSession(ctx, input.id),
  'sessions:attendance': (ctx, input) => sessionAttendance.getSessionAttendance(ctx, input.id),
  'sessions:saveParticipant': (ctx, input) => sessionAttendance.saveParticipant(ctx, input),
  'sessions:removeParticipant': (ctx, input) => sessionAttendance.removeParticipant(ctx, input),
};
