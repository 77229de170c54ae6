/** What the bilans' channels answer: objectives and indicators, financements, bilans. */
import type { ActionStatus } from '../actions/schemas';
import type { FigureId } from '../indicators/catalogue';
import type { ScopeData } from '../indicators/schemas';
import type { ResolvedPeriod } from '../indicators/types';
import type { FundingStatus, StaffStatus } from './fundings';
import type { ObjectiveOwner, ResultSource } from './objectives';
import type { BilanSectionKey } from './sections';

export interface ObjectiveIndicator {
  id: number;
  label: string;
  expectedNumber: number | null;
  expectedText: string | null;
  /** « 3 », « 3 réunions par an », « Non déterminé ». */
  expected: string;
  source: ResultSource;
  figureId: FigureId | null;
  /** The figure's label (« Réunions tenues »), for a computed result. */
  figureLabel: string | null;
  resultNumber: number | null;
  resultText: string | null;
  /** The « obtenu » as said: the figure's value for a computed result, else what was typed. */
  result: string;
  /** Under a computed result: « 12 sièges sur 20 », or why it could not be computed. */
  resultDetail: string | null;
  comment: string | null;
}

export interface Objective {
  id: number;
  label: string;
  indicators: ObjectiveIndicator[];
}

export interface ObjectiveSet {
  owner: ObjectiveOwner;
  /** « Projet « … » », « Année 2026 ». */
  title: string;
  /** The period computed results are counted over; null when the project has no dates. */
  period: ResolvedPeriod | null;
  /** Why nothing can be computed (a project without a start date), or null. */
  periodNote: string | null;
  /** The dashboard's scope the computed results are counted in, said in French. */
  scopeLabel: string;
  objectives: Objective[];
}

export interface FundingSummary {
  id: number;
  funder: string;
  title: string;
  agreementRef: string | null;
  amountCents: number;
  from: string;
  to: string;
  status: FundingStatus;
  projectCount: number;
  bilanCount: number;
}

export interface FundingList {
  rows: FundingSummary[];
  total: number;
  offset: number;
}

export interface FundedProject {
  id: number;
  title: string;
  status: ActionStatus;
  startDate: string | null;
  endDate: string | null;
}

export interface BilanSummary {
  id: number;
  from: string;
  to: string;
  scopeLabel: string;
}

export interface Funding extends FundingSummary {
  notes: string | null;
  projects: FundedProject[];
  bilans: BilanSummary[];
  /** No bilan yet: the financement can be deleted. */
  deletable: boolean;
}

export interface StaffLine {
  id: number;
  role: string;
  people: number;
  minutes: number;
  status: StaffStatus;
  steps: string | null;
}

export interface SectionState {
  key: BilanSectionKey;
  label: string;
  hint: string;
  /** The current text ('' before the first save). */
  body: string;
  /** 0 before the first save. */
  version: number;
  savedAt: string | null;
  savedBy: string | null;
}

export interface SectionVersion {
  version: number;
  body: string;
  savedAt: string;
  savedBy: string;
}

export interface Bilan {
  id: number;
  funding: FundingSummary;
  from: string;
  to: string;
  scope: ScopeData;
  scopeLabel: string;
  staff: StaffLine[];
  sections: SectionState[];
}
