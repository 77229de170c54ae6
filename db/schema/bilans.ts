/** Objectives and indicators of projects and years; financements, their bilans and the bilans' texts. */
import type { Generated } from 'kysely';
import type { FundingStatus, StaffStatus } from '../../shared/bilans/fundings';
import type { ResultSource } from '../../shared/bilans/objectives';
import type { BilanSectionKey } from '../../shared/bilans/sections';

export interface ObjectiveTable {
  id: Generated<number>;
  /** The project; null for an objective of the association's year. */
  action_id: number | null;
  year: number | null;
  position: number;
  label: string;
  created_at: string;
  updated_at: string;
}

export interface ObjectiveIndicatorTable {
  id: Generated<number>;
  objective_id: number;
  position: number;
  label: string;
  expected_number: number | null;
  expected_text: string | null;
  result_source: ResultSource;
  /** A figure id of shared/indicators/catalogue.ts, for a computed result. */
  figure_id: string | null;
  result_number: number | null;
  result_text: string | null;
  comment: string | null;
}

export interface FundingTable {
  id: Generated<number>;
  funder: string;
  title: string;
  agreement_ref: string | null;
  amount_cents: number;
  period_from: string;
  period_to: string;
  status: FundingStatus;
  notes: string | null;
  /** Lower-case, accent-free copy of funder, title, reference. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface FundingProjectTable {
  funding_id: number;
  action_id: number;
}

export interface BilanTable {
  id: Generated<number>;
  funding_id: number;
  period_from: string;
  period_to: string;
  /** JSON of a dashboard scope (shared/indicators/schemas.ts scopeInput). */
  scope: string;
  created_at: string;
  updated_at: string;
}

export interface BilanStaffTable {
  id: Generated<number>;
  bilan_id: number;
  position: number;
  role: string;
  people: number;
  minutes: number;
  status: StaffStatus;
  steps: string | null;
}

export interface BilanSectionTable {
  bilan_id: number;
  section: BilanSectionKey;
  version: number;
  body: string;
  saved_at: string;
  /** Who saved it (the actor's name, '' when nobody gave one). */
  saved_by: string;
}

export interface BilanTables {
  objective: ObjectiveTable;
  objective_indicator: ObjectiveIndicatorTable;
  funding: FundingTable;
  funding_project: FundingProjectTable;
  bilan: BilanTable;
  bilan_staff: BilanStaffTable;
  bilan_section: BilanSectionTable;
}
