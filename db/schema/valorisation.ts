/** Valorisation du bénévolat: categories of volunteer time, hourly values by year, « temps bénévole ». */
import type { Generated } from 'kysely';

export interface VolunteerCategoryTable {
  id: Generated<number>;
  label: string;
  sort_order: Generated<number>;
  archived_at: string | null;
}

/** The hourly value of one category for one calendar year. */
export interface VolunteerRateTable {
  year: number;
  category_id: number;
  hourly_cents: number;
  /** Where the figure comes from: « SMIC horaire brut 2026 », « vote du CA du 12/03/2026 ». */
  source: string | null;
}

/** Time given outside meetings, entered by hand. */
export interface VolunteerTimeTable {
  id: Generated<number>;
  representative_id: number;
  date: string;
  minutes: number;
  category_id: number;
  action_id: number | null;
  instance_id: number | null;
  description: string | null;
  created_at: string;
  updated_at: string;
}

export interface ValorisationTables {
  volunteer_category: VolunteerCategoryTable;
  volunteer_rate: VolunteerRateTable;
  volunteer_time: VolunteerTimeTable;
}
