import * as activity from './activity';
import * as documents from './report-documents';
import * as reports from './reports';
import * as todo from './reports-todo';
import type { DomainHandlers } from '../ipc/handler-types';
import type { reportsContract } from './contract';

export const reportsHandlers: DomainHandlers<typeof reportsContract> = {
  'reports:ofMeeting': (ctx, input) => reports.meetingReports(ctx, input.id),
  'reports:draft': (ctx, input) => reports.reportDraft(ctx, input),
  'reports:get': (ctx, input) => reports.getReport(ctx, input.id),
  'reports:save': (ctx, input) => reports.saveReport(ctx, input),
  'reports:delete': (ctx, input) => reports.deleteReport(ctx, input.id),
  'reports:list': (ctx, input) => reports.listReports(ctx, input),
  'reports:followUps': (ctx, input) => reports.listFollowUps(ctx, input),
  'reports:markDone': (ctx, input) => reports.setFollowUpDone(ctx, input),
  'reports:reopen': (ctx, input) => reports.setFollowUpDone(ctx, { id: input.id, doneOn: null }, true),
  'reports:attachDocument': (ctx, input) => documents.attachDocument(ctx, input),
  'reports:detachDocument': (ctx, input) => documents.detachDocument(ctx, input),
  'reports:openDocument': (ctx, input) => documents.openDocument(ctx, input),
  'reports:people': (ctx, input) => reports.findPeople(ctx, input.search),
  'reports:todo': (ctx) => todo.reportsTodo(ctx),
  'reports:personActivityPdf': (ctx, input) => activity.personActivityFile(ctx, input),
  'reports:instanceActivityPdf': (ctx, input) => activity.instanceActivityFile(ctx, input),
  'reports:allActivityPdf': (ctx, input) => activity.allActivityFile(ctx, input.year),
  'reports:settings': (ctx) => todo.getReportsSettings(ctx),
  'reports:saveSettings': (ctx, input) => todo.saveReportsSettings(ctx, input),
};
