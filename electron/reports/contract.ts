/** Channels of the comptes rendus de mandat: reports, follow-ups, documents, « À faire », PDFs. */
import { z } from 'zod';
import {
  activityYearInput,
  attachReportDocumentInput,
  followUpDoneInput,
  followUpListQuery,
  instanceActivityInput,
  personActivityInput,
  reportDocumentRef,
  reportInput,
  reportListQuery,
  reportOfPersonInput,
} from '../../shared/reports/schemas';
import { reportsSettingsSchema, type ReportsSettings } from '../../shared/reports/settings';
import type {
  FollowUp,
  FollowUpList,
  MeetingReports,
  PersonOption,
  Report,
  ReportDraft,
  ReportList,
  ReportsTodo,
} from '../../shared/reports/types';
import type { FileRef } from '../../shared/files';
import { byId, channel, none } from '../ipc/define';

export const reportsContract = {
  'reports:ofMeeting': channel<MeetingReports>()(byId),
  'reports:draft': channel<ReportDraft>()(reportOfPersonInput),
  'reports:get': channel<Report>()(byId),
  'reports:save': channel<Report>()(reportInput),
  'reports:delete': channel<{ deleted: true }>()(byId),
  'reports:list': channel<ReportList>()(reportListQuery),
  'reports:followUps': channel<FollowUpList>()(followUpListQuery),
  'reports:markDone': channel<FollowUp>()(followUpDoneInput),
  'reports:reopen': channel<FollowUp>()(byId),
  'reports:attachDocument': channel<Report>()(attachReportDocumentInput),
  'reports:detachDocument': channel<Report>()(reportDocumentRef),
  'reports:openDocument': channel<FileRef>()(reportDocumentRef),
  'reports:people': channel<PersonOption[]>()(z.object({ search: z.string().max(100) }).strict()),
  'reports:todo': channel<ReportsTodo>()(none),
  'reports:personActivityPdf': channel<FileRef>()(personActivityInput),
  'reports:instanceActivityPdf': channel<FileRef>()(instanceActivityInput),
  'reports:allActivityPdf': channel<FileRef & { count: number }>()(activityYearInput),
  'reports:settings': channel<ReportsSettings>()(none),
  'reports:saveSettings': channel<ReportsSettings>()(reportsSettingsSchema),
} as const;
