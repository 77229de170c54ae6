/** Shapes returned by the main process for trainings. */
export interface TrainingKind {
  id: number;
  label: string;
  isBase: boolean;
  sortOrder: number;
  archived: boolean;
  /** Number of trainings recorded with this kind (an archived kind keeps them). */
  usage: number;
}

export interface Training {
  id: number;
  representativeId: number;
  personName: string;
  kindId: number;
  kindLabel: string;
  isBase: boolean;
  date: string;
  durationMinutes: number | null;
  organiser: string | null;
  notes: string | null;
}

export interface TrainingList {
  rows: Training[];
  total: number;
  totalMinutes: number;
  /** Years present in the data, newest first, for the year filter. */
  years: number[];
}
