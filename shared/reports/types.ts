/** Shapes returned by the comptes rendus de mandat. */
import type { FollowUpState } from './report-rules';
import type { ReportDocumentKind } from './schemas';

/** The meeting or session a report is about, named the same way everywhere. */
export interface ReportMeeting {
  id: number;
  date: string;
  /** The instance's name, or the action's title for a session. */
  label: string;
  /** The organisation of the instance or of the action, when there is one. */
  organisationName: string | null;
  kind: 'reunion' | 'seance';
  title: string | null;
  cancelled: boolean;
}

export interface FollowUp {
  id: number;
  reportId: number;
  description: string;
  dueOn: string | null;
  ownerId: number | null;
  ownerText: string | null;
  /** The person's name, or the free text. */
  ownerName: string | null;
  doneOn: string | null;
  state: FollowUpState;
}

export interface ReportDocument {
  hash: string;
  kind: ReportDocumentKind;
  mime: string;
  size: number;
  originalName: string;
}

export interface Report {
  id: number;
  meeting: ReportMeeting;
  representativeId: number;
  personName: string;
  pointsRaised: string | null;
  positionsTaken: string | null;
  confidential: boolean;
  writtenOn: string;
  author: string;
  updatedAt: string;
  followUps: FollowUp[];
  documents: ReportDocument[];
}

/** One person present at a meeting, with their report if written. */
export interface MeetingReportLine {
  representativeId: number;
  personName: string;
  report: {
    id: number;
    writtenOn: string;
    confidential: boolean;
    openFollowUps: number;
    documentCount: number;
  } | null;
}

export interface MeetingReports {
  meeting: ReportMeeting;
  /** A report may be written (the meeting took place and was not cancelled). */
  open: boolean;
  lines: MeetingReportLine[];
}

/** What the report's page needs: the report if written, the meeting and the person. */
export interface ReportDraft {
  meeting: ReportMeeting;
  representativeId: number;
  personName: string;
  report: Report | null;
  today: string;
  /** The window of « À faire », for the state of each follow-up as it is typed. */
  windowDays: number;
}

export interface ReportSummary {
  id: number;
  meeting: ReportMeeting;
  representativeId: number;
  personName: string;
  confidential: boolean;
  writtenOn: string;
  /** Null for a confidential report (see reportExcerpt). */
  excerpt: string | null;
  openFollowUps: number;
  documentCount: number;
}

export interface ReportList {
  rows: ReportSummary[];
  total: number;
}

export interface FollowUpLine extends FollowUp {
  meeting: ReportMeeting;
  representativeId: number;
  personName: string;
}

export interface FollowUpList {
  rows: FollowUpLine[];
  total: number;
}

export interface ExpectedReportLine {
  meetingId: number;
  meetingDate: string;
  meetingLabel: string;
  representativeId: number;
  personName: string;
  /** The day the report became expected. */
  expectedSince: string;
}

export interface ReportsTodo {
  today: string;
  reportDueDays: number;
  windowDays: number;
  expected: { total: number; lines: ExpectedReportLine[] };
  followUps: { total: number; lines: FollowUpLine[] };
}

export interface PersonOption {
  id: number;
  name: string;
}
