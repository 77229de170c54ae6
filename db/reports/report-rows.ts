/** Rows of the reports' queries turned into the shapes the pages receive. */
import { followUpState, reportExcerpt } from '../../shared/reports/report-rules';
import type { FollowUpLine, ReportSummary } from '../../shared/reports/types';
import { personName } from '../../shared/rules/person-name';
import { toReportMeeting, type MeetingColumns } from './report-meetings';
import { ownerName } from './reports';

export interface FollowUpLineRow extends MeetingColumns {
  id: number;
  report_id: number;
  description: string;
  due_on: string | null;
  owner_representative_id: number | null;
  owner_text: string | null;
  done_on: string | null;
  representative_id: number;
  first_name: string;
  last_name: string;
  owner_first_name: string | null;
  owner_last_name: string | null;
}

export const toFollowUpLine = (r: FollowUpLineRow, today: string, windowDays: number): FollowUpLine => ({
  id: r.id,
  reportId: r.report_id,
  description: r.description,
  dueOn: r.due_on,
  ownerId: r.owner_representative_id,
  ownerText: r.owner_text,
  ownerName: ownerName(r),
  doneOn: r.done_on,
  state: followUpState({ dueOn: r.due_on, doneOn: r.done_on }, today, windowDays),
  meeting: toReportMeeting(r),
  representativeId: r.representative_id,
  personName: personName(r.first_name, r.last_name),
});

export interface ReportSummaryRow extends MeetingColumns {
  id: number;
  representative_id: number;
  points_raised: string | null;
  positions_taken: string | null;
  confidential: number;
  written_on: string;
  first_name: string;
  last_name: string;
  open_follow_ups: number | null;
  document_count: number | null;
}

export const toReportSummary = (r: ReportSummaryRow): ReportSummary => {
  const confidential = r.confidential === 1;
  return {
    id: r.id,
    meeting: toReportMeeting(r),
    representativeId: r.representative_id,
    personName: personName(r.first_name, r.last_name),
    confidential,
    writtenOn: r.written_on,
    excerpt: reportExcerpt({
      confidential,
      pointsRaised: r.points_raised,
      positionsTaken: r.positions_taken,
    }),
    openFollowUps: Number(r.open_follow_ups ?? 0),
    documentCount: Number(r.document_count ?? 0),
  };
};
