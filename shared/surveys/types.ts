/** What the questionnaires' channels answer. */
import type { QuestionKind, ResponseSource, SurveyAttachment, SurveyAudience, SurveyStatus } from './schemas';

export interface SurveyQuestion {
  id: number;
  position: number;
  kind: QuestionKind;
  label: string;
  required: boolean;
  /** The choices of a « choix », in order; empty for the other kinds. */
  options: string[];
}

export interface Survey {
  id: number;
  title: string;
  audience: SurveyAudience;
  attachedTo: SurveyAttachment;
  actionId: number | null;
  actionTitle: string | null;
  instanceId: number | null;
  instanceName: string | null;
  year: number;
  introduction: string | null;
  status: SurveyStatus;
  analysedOn: string | null;
  questions: SurveyQuestion[];
  responseCount: number;
}

export interface SurveyListRow {
  id: number;
  title: string;
  audience: SurveyAudience;
  /** « Forum santé de Vitré », « CDU du CHU de Rennes » or « Année 2026 ». */
  attachmentLabel: string;
  year: number;
  status: SurveyStatus;
  questionCount: number;
  responseCount: number;
}

export interface SurveyList {
  rows: SurveyListRow[];
  total: number;
  offset: number;
  years: number[];
}

export interface SurveyResponseRow {
  id: number;
  receivedOn: string;
  source: ResponseSource;
  importFile: string | null;
  answerCount: number;
}

export interface SurveyResponseList {
  rows: SurveyResponseRow[];
  total: number;
  offset: number;
}

/** How many answers gave each whole value to a question (scale, oui/non, index of a choice). */
export interface ValueCount {
  questionId: number;
  value: number;
  count: number;
}

export interface DistributionBar {
  /** « 1 », « Oui », or the choice's label. */
  label: string;
  count: number;
  /** Share of the answers to the question, in whole per cent. */
  percent: number;
}

export interface QuestionResult {
  question: SurveyQuestion;
  answered: number;
  /** Scale only: mean of the answers, null when nobody answered. */
  mean: number | null;
  /** Every possible value in order, even those nobody chose; empty for free text. */
  distribution: DistributionBar[];
  /** Free text only: the latest answers (bounded), and how many there are in all. */
  texts: { responseId: number; text: string }[];
  textTotal: number;
}

export interface SurveyResults {
  survey: Survey;
  responseCount: number;
  questions: QuestionResult[];
}

export interface SurveyImportColumn {
  index: number;
  header: string;
}

export interface SurveyImportIssue {
  /** Line of the file (1 = header row). */
  line: number;
  message: string;
}

export interface SurveyImportAnalysis {
  fileName: string;
  columns: SurveyImportColumn[];
  mapping: { questionId: number; column: number | null }[];
  rowCount: number;
  /** Lines that cannot be imported as they are: nothing is imported until none is left. */
  issues: SurveyImportIssue[];
  /** Columns that answer no question (name, e-mail, time stamp…): left out, not stored. */
  ignoredColumns: string[];
}

export interface SurveyImportResult {
  imported: number;
}

export interface SurveyTodoLine {
  surveyId: number;
  title: string;
  attachmentLabel: string;
  responseCount: number;
  /** The latest answer received. */
  lastReceivedOn: string;
}

export interface SurveysTodo {
  total: number;
  lines: SurveyTodoLine[];
}
