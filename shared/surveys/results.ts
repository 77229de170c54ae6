/**
 * Results of a questionnaire, question by question: how many answered, the mean of a scale, and
 * the distribution over every possible value (those nobody chose included, so charts compare).
 * The database counts; this turns the counts into what the results page and the tests read.
 */
import { valueLabels } from './answers';
import type { DistributionBar, QuestionResult, SurveyQuestion } from './types';

/** Whole per cent of `part` in `whole`; 0 when nobody answered. */
export const percentOf = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part * 100) / whole);

export function questionResult(
  question: SurveyQuestion,
  /** Value → number of answers giving it (values outside the question's range are ignored). */
  counts: ReadonlyMap<number, number>,
  texts: { responseId: number; text: string }[] = [],
  textTotal = 0,
): QuestionResult {
  if (question.kind === 'texte') {
    return { question, answered: textTotal, mean: null, distribution: [], texts, textTotal };
  }
  const labels = valueLabels(question);
  const answered = labels.reduce((sum, l) => sum + (counts.get(l.value) ?? 0), 0);
  const distribution: DistributionBar[] = labels.map((l) => {
    const count = counts.get(l.value) ?? 0;
    return { label: l.label, count, percent: percentOf(count, answered) };
  });
  let mean: number | null = null;
  if (question.kind === 'echelle' && answered > 0) {
    const sum = labels.reduce((s, l) => s + l.value * (counts.get(l.value) ?? 0), 0);
    // One decimal is what a bilan prints; rounding here keeps the page and the tests in step.
    mean = Math.round((sum / answered) * 10) / 10;
  }
  return { question, answered, mean, distribution, texts: [], textTotal: 0 };
}
