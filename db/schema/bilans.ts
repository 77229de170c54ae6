/** Objectives and indicators of projects and years; financements, their bilans and the bilans' texts. */
import type { Generated } from 'kysely';
import type { ResultSource } from '../../shared/bilans/objectives';

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

export interface BilanTables {
  objective: ObjectiveTable;
  objective_indicator: ObjectiveIndicatorTable;
}
