/** What the valorisation's channels answer. */

export interface VolunteerCategory {
  id: number;
  label: string;
  sortOrder: number;
  archived: boolean;
  /** « Temps bénévole » entries in this category. */
  entryCount: number;
}

export interface VolunteerRate {
  year: number;
  categoryId: number;
  hourlyCents: number;
  source: string | null;
}

export interface VolunteerTime {
  id: number;
  representativeId: number;
  personName: string;
  date: string;
  minutes: number;
  categoryId: number;
  categoryLabel: string;
  actionId: number | null;
  actionTitle: string | null;
  instanceId: number | null;
  instanceName: string | null;
  description: string | null;
}

export interface VolunteerTimeList {
  rows: VolunteerTime[];
  total: number;
  offset: number;
  /** Minutes of every entry the filters keep, not only of this page. */
  totalMinutes: number;
  /** Years that hold entries, most recent first, for the year filter. */
  years: number[];
}

/** Hours of one category in one calendar year, and their value when the year has a rate. */
export interface ValorisationLine {
  year: number;
  categoryId: number;
  categoryLabel: string;
  minutes: number;
  hourlyCents: number | null;
  /** Null when no hourly value is set for this category and year: never counted as zero. */
  valueCents: number | null;
}

export interface Valorisation {
  lines: ValorisationLine[];
  totalMinutes: number;
  /** The sum of the lines that have a value. */
  totalCents: number;
  /** Lines with hours and no hourly value: the message says which, and where to set them. */
  missing: ValorisationLine[];
}
