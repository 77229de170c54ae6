/**
 * Which column of an online form tool's export answers which question. The first row of such a
 * file holds the questions as they were typed (« Êtes-vous satisfait de l’accueil ? »), with the
 * tool's own spelling: case, accents, apostrophes, a trailing « ? » or « * » may differ.
 */
import { foldForSearch } from '../rules/text';
import type { SurveyQuestion } from './types';

/** A label with only what names the question: letters and digits, folded, single spaces. */
export function labelKey(label: string): string {
  return foldForSearch(label)
    .replace(/\[.*?\]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface ColumnMatch {
  questionId: number;
  column: number | null;
}

/**
 * Same label first; then a header that begins with the question (a tool adding a hint after it)
 * or a question that begins with the header (a tool cutting long headers). A column answers one
 * question at most.
 */
export function matchColumns(
  headers: readonly string[],
  questions: readonly Pick<SurveyQuestion, 'id' | 'label'>[],
): ColumnMatch[] {
  const keys = headers.map(labelKey);
  const taken = new Set<number>();
  const found = new Map<number, number>();
  const pass = (matches: (header: string, question: string) => boolean) => {
    for (const q of questions) {
      if (found.has(q.id)) continue;
      const qKey = labelKey(q.label);
      if (qKey === '') continue;
      const index = keys.findIndex((h, i) => !taken.has(i) && h !== '' && matches(h, qKey));
      if (index >= 0) {
        found.set(q.id, index);
        taken.add(index);
      }
    }
  };
  pass((h, q) => h === q);
  pass((h, q) => h.startsWith(`${q} `) || (h.length >= 12 && q.startsWith(h)));
  return questions.map((q) => ({ questionId: q.id, column: found.get(q.id) ?? null }));
}

/** The French message of a mapping the user cannot import with, or null. */
export function mappingError(mapping: readonly ColumnMatch[], columnCount: number): string | null {
  const used = new Set<number>();
  for (const m of mapping) {
    if (m.column === null) continue;
    if (m.column >= columnCount) return 'Une question est reliée à une colonne absente du fichier.';
    if (used.has(m.column)) return 'Une même colonne est reliée à deux questions : une colonne par question.';
    used.add(m.column);
  }
  return used.size === 0 ? 'Aucune colonne n’est reliée à une question : rien à importer.' : null;
}
