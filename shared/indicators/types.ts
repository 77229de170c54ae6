/** What the indicators' channels answer. */
import type { FigureId } from './catalogue';

export interface BreakdownItem {
  label: string;
  value: number;
  /** For a `taux` figure: the whole the value is a part of. */
  of?: number;
}

export type BreakdownKey =
  | 'typeInstance'
  | 'departement'
  | 'mois'
  | 'personne'
  | 'nature'
  | 'instance'
  | 'typeFormation'
  | 'categorie'
  | 'niveau'
  | 'phase'
  | 'genre'
  | 'public';

export interface Breakdown {
  key: BreakdownKey;
  label: string;
  items: BreakdownItem[];
}

/** One figure over one period. */
export interface FigureValue {
  /** The count, the minutes, the cents or the half-days; the part for a `taux`. */
  value: number;
  /** The whole of a `taux`; the number of documents behind a `montant`. */
  of: number | null;
}

export interface DashboardFigure {
  id: FigureId;
  current: FigureValue;
  previous: FigureValue;
  breakdowns: Breakdown[];
  /** What the figure leaves out and the user can fix (hours without an hourly value). */
  warning?: string;
}

export interface ResolvedPeriod {
  from: string;
  to: string;
  /** The last day counted: `to`, or today when the period is not over. */
  until: string;
  /** « 2026 », « du 01/03/2026 au 30/06/2026 ». */
  label: string;
}

export interface Dashboard {
  period: ResolvedPeriod;
  previousPeriod: ResolvedPeriod;
  scopeLabel: string;
  figures: DashboardFigure[];
}

export interface ScopeOptions {
  organisations: Array<{ id: number; name: string }>;
  instanceTypes: Array<{ id: number; label: string }>;
  departments: Array<{ code: string; label: string }>;
  /** Projects not cancelled, most recent first (bounded: the picker searches them by title). */
  projects: Array<{ id: number; label: string }>;
  /** Years that hold mandates or meetings, most recent first, for the year picker. */
  years: number[];
}

export interface FigureDetailLine {
  id: number;
  /** The main text: a name, a meeting, a claim number. */
  label: string;
  /** Second line: an instance, an organisation, a kind. */
  detail: string | null;
  date: string | null;
  /** The line's own figure, said as the figure says it (« 3 h 30 », « 12,50 € », « 2 sur 3 »). */
  value: string | null;
  /** Where the line opens in the app. */
  link: string;
}

export interface FigureDetails {
  figure: FigureId;
  total: number;
  lines: FigureDetailLine[];
}
