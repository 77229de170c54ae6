/**
 * French typography for documents: amounts, dates, times, durations.
 * One place so every document prints "1 234,56 €", "22/11/2026" and "14 h 30" alike.
 */

import { legacyOffice, officeInSentence, officeTitle, undersigned } from '../../shared/rules/agreement';
import { halfDaysText } from '../../shared/meetings/conge-rules';
import { frenchDate } from '../../shared/rules/dates';
import { formalName } from '../../shared/rules/person-name';
import {
  formatClockTime,
  formatDuration,
  formatEuros as formatFrEuros,
  formatLongDate,
} from '../../shared/rules/format-fr';
import type { Signatory } from './types';

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * Documents group thousands with U+00A0 rather than U+202F: both exist in Liberation Sans, but
 * pdftotext and copy-paste handle U+00A0 better; the line still never breaks inside an amount.
 */
function normaliseSpaces(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

export function formatEuros(cents: number): string {
  return normaliseSpaces(formatFrEuros(cents));
}

export function formatNumber(value: number): string {
  return normaliseSpaces(integer.format(value));
}

/** '2026-11-22' → '22/11/2026'; empty for none; anything else is printed as given rather than hidden. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? frenchDate(iso.slice(0, 10)) : iso;
}

export { formatLongDate, formatDuration };

/** '14:30' → '14 h 30', '09:00' → '9 h 00'; empty for none. */
export function formatTime(hhmm: string | null | undefined): string {
  if (!hhmm) return '';
  return /^\d{1,2}:\d{2}/.test(hhmm) ? formatClockTime(hhmm.slice(0, hhmm.indexOf(':') + 3)) : hhmm;
}

export function formatTimeRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return '';
  return `${formatTime(start)} – ${formatTime(end)}`;
}

/** Half-days → '3,5 jours', '1 demi-journée'. */
export function formatHalfDays(halfDays: number): string {
  return halfDays === 1 ? '1 demi-journée' : halfDaysText(halfDays);
}

export function fullName(person: { civility?: string | null; firstName: string; lastName: string }): string {
  return formalName(person.civility, person.firstName, person.lastName);
}

export function postalLines(a: {
  addressLine?: string | null;
  postalCode?: string | null;
  city?: string | null;
}): string[] {
  const lines: string[] = [];
  if (a.addressLine) lines.push(a.addressLine);
  const cityLine = [a.postalCode, a.city].filter(Boolean).join(' ');
  if (cityLine) lines.push(cityLine);
  return lines;
}

/** Prints only the last four characters: the document travels by mail and email. */
export function maskIban(iban: string | null | undefined): string {
  if (!iban) return '';
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (compact.length <= 4) return compact;
  const hiddenGroups = Math.ceil((compact.length - 4) / 4);
  return `${Array.from({ length: hiddenGroups }, () => '••••').join(' ')} ${compact.slice(-4)}`;
}

/** The office a signatory signs for, as printed under the signature (« Présidente »…). */
export function signatoryTitle(signatory: Signatory): string {
  const legacy = legacyOffice(signatory.role);
  if (signatory.role.trim() && !legacy) return signatory.role;
  return officeTitle(legacy ?? signatory.office ?? 'president', signatory.civility);
}

/**
 * The opening of a statement signed for the association: « Je soussignée Marie Roux, Présidente
 * de l’association X, », or « Je, Camille Roux, pour la présidence de l’association X, ».
 */
export function signatoryOpening(signatory: Signatory, associationName: string): string {
  const legacy = legacyOffice(signatory.role);
  const typed = signatory.role.trim() && !legacy ? `${signatory.role} de` : null;
  const office = typed ?? officeInSentence(legacy ?? signatory.office ?? 'president', signatory.civility);
  const opening = undersigned(signatory.civility, signatory.name);
  const separator = opening.endsWith(',') ? ' ' : ', ';
  return `${opening}${separator}${office} l’association ${associationName},`;
}
