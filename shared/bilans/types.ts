/** What the bilans' channels answer: objectives and indicators, financements, bilans. */
import type { FigureId } from '../indicators/catalogue';
import type { ResolvedPeriod } from '../indicators/types';
import type { ObjectiveOwner, ResultSource } from './objectives';

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
