/**
 * What an answer may be, for each kind of question: one rule for the form, the service and the
 * import. Stored values: a scale 1 to 5, oui = 1 / non = 0, the index of the chosen option, or
 * a text.
 */
import { foldForSearch } from '../rules/text';
import { MAX_TEXT_ANSWER, type AnswerValue } from './schemas';
import type { SurveyQuestion } from './types';

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const scaleValues = [1, 2, 3, 4, 5] as const;

type QuestionRule = Pick<SurveyQuestion, 'kind' | 'options' | 'required'>;

/** The labels of the values a question can take, in order (empty for free text). */
export function valueLabels(
  question: Pick<SurveyQuestion, 'kind' | 'options'>,
): { value: number; label: string }[] {
  switch (question.kind) {
    case 'echelle':
      return scaleValues.map((v) => ({ value: v, label: String(v) }));
    case 'oui_non':
      return [
        { value: 1, label: 'Oui' },
        { value: 0, label: 'Non' },
      ];
    case 'choix':
      return question.options.map((label, value) => ({ value, label }));
    case 'texte':
      return [];
  }
}

const isBlank = (value: AnswerValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Why this value cannot answer the question, in French; null when it can (a blank is checked by `required`). */
export function answerError(question: QuestionRule, value: AnswerValue | undefined): string | null {
  if (isBlank(value)) return question.required ? 'Réponse obligatoire' : null;
  switch (question.kind) {
    case 'echelle':
      return typeof value === 'number' && value >= SCALE_MIN && value <= SCALE_MAX
        ? null
        : 'Choisissez une note de 1 à 5';
    case 'oui_non':
      return value === 0 || value === 1 ? null : 'Répondez par oui ou par non';
    case 'choix':
      return typeof value === 'number' && value >= 0 && value < question.options.length
        ? null
        : 'Choisissez l’une des réponses proposées';
    case 'texte':
      if (typeof value !== 'string') return 'Écrivez la réponse';
      return value.length > MAX_TEXT_ANSWER ? `${MAX_TEXT_ANSWER} caractères au maximum` : null;
  }
}

/** The value to store: a trimmed text, or null for a blank answer (no row is written). */
export function storedAnswer(value: AnswerValue | undefined): AnswerValue {
  if (isBlank(value) || value === undefined) return null;
  return typeof value === 'string' ? value.trim() : value;
}

const yes = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x']);
const no = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

/** A choice as online tools write it: the label, whatever its case, accents and surrounding spaces. */
const choiceKey = (text: string) =>
  foldForSearch(text)
    .replace(/[.!?…\s]+$/u, '')
    .trim();

/**
 * A cell of an imported file read as an answer: « 4 », « 4 - Satisfait », « 4/5 » for a scale;
 * « Oui », « non », « 1 » for yes/no; the option's label for a choice. Blank cells are no answer.
 */
export function readAnswerText(
  question: QuestionRule,
  raw: string,
): { value: AnswerValue } | { error: string } {
  const text = raw.trim();
  if (text === '') {
    return question.required ? { error: 'réponse obligatoire absente' } : { value: null };
  }
  switch (question.kind) {
    case 'echelle': {
      const match = /^([1-5])(?:[.,]0+)?(?:\s*(?:\/\s*5|[-–—:]\s*.*|\s.*))?$/u.exec(text);
      return match?.[1] ? { value: Number(match[1]) } : { error: `« ${text} » n’est pas une note de 1 à 5` };
    }
    case 'oui_non': {
      const key = choiceKey(text);
      if (yes.has(key)) return { value: 1 };
      if (no.has(key)) return { value: 0 };
      return { error: `« ${text} » n’est ni oui ni non` };
    }
    case 'choix': {
      const key = choiceKey(text);
      const index = question.options.findIndex((o) => choiceKey(o) === key);
      return index >= 0 ? { value: index } : { error: `« ${text} » n’est pas l’une des réponses proposées` };
    }
    case 'texte':
      return text.length > MAX_TEXT_ANSWER
        ? { error: `réponse de plus de ${MAX_TEXT_ANSWER} caractères` }
        : { value: text };
  }
}

export interface CheckedAnswers {
  /** Question id → value to store (blank answers left out). */
  values: Map<number, number | string>;
  /** Question id → French message, for the field under each question. */
  errors: Record<string, string>;
}

/**
 * Checks a whole filled form against its questions: every required question answered, every
 * value possible for its question, no answer to a question of another questionnaire.
 */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  answers: readonly { questionId: number; value: AnswerValue }[],
): CheckedAnswers {
  const given = new Map<number, AnswerValue>();
  const errors: Record<string, string> = {};
  const known = new Set(questions.map((q) => q.id));
  for (const a of answers) {
    if (!known.has(a.questionId))
      errors[String(a.questionId)] = 'Cette question n’est pas dans ce questionnaire';
    else if (given.has(a.questionId)) errors[String(a.questionId)] = 'Deux réponses à la même question';
    else given.set(a.questionId, a.value);
  }
  const values = new Map<number, number | string>();
  for (const q of questions) {
    const value = given.get(q.id);
    const error = answerError(q, value);
    if (error !== null) errors[String(q.id)] = error;
    else {
      const stored = storedAnswer(value);
      if (stored !== null) values.set(q.id, stored);
    }
  }
  return { values, errors };
}
