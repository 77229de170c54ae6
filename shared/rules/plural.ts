/**
 * Counts in French: 0 and 1 take the singular (« 0 trajet », « 1 trajet », « 2 trajets »), so
 * that nothing is ever written « trajet(s) ».
 */
import { formatInteger } from './format-fr';

/** The word alone, agreeing with the count. */
export function pluralWord(count: number, singular: string, plural: string): string {
  return Math.abs(count) < 2 ? singular : plural;
}

/** The count and its word: plural(3, 'trajet', 'trajets') → « 3 trajets ». Thousands grouped. */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatInteger(count)} ${pluralWord(count, singular, pluralForm)}`;
}
