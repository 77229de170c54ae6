/** Questionnaires of « Retours et satisfaction »: questions, anonymous responses and their answers. */
import type { Generated } from 'kysely';
import type {
  QuestionKind,
  ResponseSource,
  SurveyAttachment,
  SurveyAudience,
  SurveyStatus,
} from '../../shared/surveys/schemas';
import type { Flag } from './core';

export interface SurveyTable {
  id: Generated<number>;
  title: string;
  audience: SurveyAudience;
  attached_to: SurveyAttachment;
  action_id: number | null;
  instance_id: number | null;
  /** Always set: the year of the list's filter and of the printed form. */
  year: number;
  /** Printed above the questions. */
  introduction: string | null;
  status: Generated<SurveyStatus>;
  analysed_on: string | null;
  /** Lower-case, accent-free copy of the title. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface SurveyQuestionTable {
  id: Generated<number>;
  survey_id: number;
  position: number;
  kind: QuestionKind;
  label: string;
  required: Generated<Flag>;
  /** JSON list of the choices of a « choix », null for the other kinds. */
  options: string | null;
}

export interface SurveyResponseTable {
  id: Generated<number>;
  survey_id: number;
  received_on: string;
  source: ResponseSource;
  import_file: string | null;
  created_at: string;
}

export interface SurveyAnswerTable {
  id: Generated<number>;
  response_id: number;
  question_id: number;
  value_int: number | null;
  value_text: string | null;
}

export interface SurveyTables {
  survey: SurveyTable;
  survey_question: SurveyQuestionTable;
  survey_response: SurveyResponseTable;
  survey_answer: SurveyAnswerTable;
}
