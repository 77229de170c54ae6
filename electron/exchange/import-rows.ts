/** Turns one row of text cells into the inputs of the representative and mandate schemas. */
import { mandateRoleLabels, mandateRoles, type MandateRole } from '../../shared/register/schemas';
import { importFields } from '../../shared/exchange/schemas';
import { foldForSearch } from '../../shared/rules/text';
import { isoFromParts, parseFrenchDate as parseTypedDate } from '../../shared/rules/dates';
import type { ImportField, ImportMapping } from '../../shared/exchange/types';

export const fieldLabel = (field: string): string =>
  importFields.find((f) => f.field === field)?.label ?? field;

export function cellOf(cells: readonly string[], mapping: ImportMapping, field: ImportField): string {
  const index = mapping[field];
  if (index === undefined || index === null) return '';
  return (cells[index] ?? '').trim();
}

/**
 * An Excel day count, else the one reading of typed dates of the forms (shared/rules/dates):
 * 'DD/MM/YYYY', 'D/M/YY' (two-digit years at most 20 years ahead), ISO with or without a time.
 */
export function parseFrenchDate(text: string, currentYear = new Date().getFullYear()): string | null {
  const t = text.trim();
  // A date cell without date format reaches us as Excel's day count (45992 = 01/12/2025).
  if (/^\d{5}$/.test(t)) {
    const serial = Number(t);
    if (serial < 20_000 || serial > 80_000) return null;
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return parseTypedDate(t, currentYear);
}

const roleWords: Record<string, MandateRole> = {};
for (const role of mandateRoles) roleWords[foldForSearch(mandateRoleLabels[role])] = role;
Object.assign(roleWords, {
  suppleante: 'suppleant',
  presidente: 'president',
  'vice-presidente': 'vice_president',
  'vice presidente': 'vice_president',
  'vice president': 'vice_president',
  tresoriere: 'tresorier',
  'membre titulaire': 'titulaire',
  'membre suppleant': 'suppleant',
  'membre suppleante': 'suppleant',
} satisfies Record<string, MandateRole>);

export function parseRole(text: string): MandateRole | null {
  return roleWords[foldForSearch(text).replace(/\s*\(e\)$/, '')] ?? null;
}

export const roleChoices = mandateRoles
  .filter((r) => r !== 'autre')
  .map((r) => mandateRoleLabels[r])
  .join(', ');

/** 'oui', 'x', '1', 'vrai' → true; 'non', '', '0', 'faux' → false; anything else → null. */
export function parseYesNo(text: string): boolean | null {
  const t = foldForSearch(text);
  if (['oui', 'o', 'x', '1', 'vrai', 'yes', 'y'].includes(t)) return true;
  if (['non', 'n', '', '0', 'faux', 'no'].includes(t)) return false;
  return null;
}

export function parseCivility(text: string): '' | 'Mme' | 'M.' | null {
  const t = foldForSearch(text).replace(/\.$/, '');
  if (t === '') return '';
  if (['mme', 'madame', 'mlle', 'mademoiselle', 'f'].includes(t)) return 'Mme';
  if (['m', 'mr', 'monsieur', 'h'].includes(t)) return 'M.';
  return null;
}

/** Spreadsheets drop the leading zero of "01000": a 4-digit postal code gets it back. */
export function normalisePostalCode(text: string): string {
  const t = text.replace(/\s+/g, '');
  return /^\d{4}$/.test(t) ? `0${t}` : t;
}

export const personKey = (lastName: string, firstName: string): string =>
  `${foldForSearch(lastName).replace(/[\s'-]+/g, ' ')}|${foldForSearch(firstName).replace(/[\s'-]+/g, ' ')}`;

export const sameText = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a !== '' && foldForSearch(a) === foldForSearch(b);
