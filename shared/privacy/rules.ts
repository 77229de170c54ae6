/**
 * The rules of personal-data rights (RGPD) that both the screens and the main process apply.
 *
 * Retention (DOMAIN.md, « Personal data »): accounting documents are kept 6 years (tax) to 10
 * years (accounts); the other personal data follow the association's retention setting.
 */
import { foldForSearch } from '../rules/text';

/** Years a reçu fiscal is kept as issued (name and address): the tax period of DOMAIN.md. */
export const RECEIPT_TAX_RETENTION_YEARS = 6;
/** Years accounting records (paid or renounced claims, payments) are kept: the accounts' period. */
export const ACCOUNTING_RETENTION_YEARS = 10;
/** Default of the retention setting: people without activity for this many years are proposed for review. */
export const DEFAULT_RETENTION_YEARS = 3;

export const ERASED_NAME = '[personne anonymisée]';
export const ERASED = '[effacé]';

/** The same calendar day `years` earlier (29 February gives 28 February). */
export function yearsBefore(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) - years;
  const monthDay = iso.slice(5, 10) === '02-29' ? '02-28' : iso.slice(5, 10);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/**
 * A receipt issued on `issuedOn` may lose the donor's address on `today`: once its 6 years as a
 * tax document are over, it only supports the accounting entry of the gift, for which the name
 * and the amount suffice.
 */
export function receiptAddressRemovable(issuedOn: string, today: string): boolean {
  return issuedOn <= yearsBefore(today, RECEIPT_TAX_RETENTION_YEARS);
}

/** The label an anonymised person keeps: distinct per record, saying nothing about who it was. */
export const anonymousLabel = (id: number): string => `Personne anonymisée n° ${id}`;

/** « FR76 …… 0189 »: enough to match a bank statement line, not an account number any more. */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s+/g, '');
  return compact.length <= 8 ? ERASED : `${compact.slice(0, 4)}…${compact.slice(-4)}`;
}

export interface Needle {
  text: string;
  replacement: string;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of each needle (case ignored) replaced; longest needles first, so that « Anne Martin » goes whole. */
export function redactText(text: string, needles: readonly Needle[]): string {
  let out = text;
  for (const n of [...needles].sort((a, b) => b.text.length - a.text.length)) {
    if (n.text.trim() === '') continue;
    out = out.replace(new RegExp(escapeRegExp(n.text), 'giu'), n.replacement);
  }
  return out;
}

/** The needles again, as they appear in a folded search column (lower case, no accents). */
export const foldedNeedles = (needles: readonly Needle[]): Needle[] =>
  needles.map((n) => ({ text: foldForSearch(n.text), replacement: foldForSearch(n.replacement) }));

/** Every string leaf of a JSON value replaced: the structure (which fields, numbers, dates of change) stays. */
export function redactLeaves(value: unknown): unknown {
  if (typeof value === 'string') return ERASED;
  if (Array.isArray(value)) return value.map(redactLeaves);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactLeaves(v)]));
  }
  return value;
}
