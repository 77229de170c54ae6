/** Comptes rendus de mandat, their follow-ups and the documents received. */
import type { Generated } from 'kysely';
import type { ReportDocumentKind } from '../../shared/reports/schemas';
import type { Flag } from './core';

export interface MandateReportTable {
  id: Generated<number>;
  /** A meeting of an instance or a session of an action. */
  meeting_id: number;
  representative_id: number;
  points_raised: string | null;
  positions_taken: string | null;
  /** Left out of every document made for outside the office (the compte rendu d'activité). */
  confidential: Generated<Flag>;
  written_on: string;
  /** Who recorded it (the user's name at the time). */
  author: string;
  /** Folded words of the report and of its meeting, for the list's search. */
  search_text: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface ReportFollowUpTable {
  id: Generated<number>;
  report_id: number;
  description: string;
  due_on: string | null;
  /** A person of the register, or (owner_text) someone outside it; never both. */
  owner_representative_id: number | null;
  owner_text: string | null;
  done_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportDocumentTable {
  report_id: number;
  file_hash: string;
  kind: ReportDocumentKind;
  created_at: string;
}

export interface ReportTables {
  mandate_report: MandateReportTable;
  report_follow_up: ReportFollowUpTable;
  report_document: ReportDocumentTable;
}
