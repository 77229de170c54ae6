/**
 * French typography for documents: amounts, dates, times, durations.
 * One place so every document prints "1 234,56 €", "22/11/2026" and "14 h 30" alike.
 */

import { legacyOffice, officeInSentence, officeTitle, undersigned } from '../../shared/rules/agreement';
import { pluralWord } from '../../shared/rules/plural';
import type { Signatory } from './types';

const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * Intl uses U+202F (narrow no-break space) as group separator and U+00A0 before "€".
 * Both exist in Liberation Sans, but pdftotext and copy-paste handle U+00A0 better,
 * so groups use U+00A0 too: the line still never breaks inside an amount.
 */
function normaliseSpaces(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

export function formatEuros(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error(`montant non entier en centimes : ${cents}`);
  return normaliseSpaces(euro.format(cents / 100));
}

export function formatNumber(value: number): string {
  return normaliseSpaces(integer.format(value));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** '2026-11-22' → '22/11/2026'; anything else is printed as given rather than hidden. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** '2026-11-22' → 'dimanche 22 novembre 2026' (the attestation's body reads as a sentence). */
export function formatLongDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  const dayText = day === 1 ? '1er' : String(day);
  return `${weekday} ${dayText} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** '14:30' → '14 h 30', '09:00' → '9 h 00'. */
export function formatTime(hhmm: string | null | undefined): string {
  if (!hhmm) return '';
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!m) return hhmm;
  return `${Number(m[1])}\u00a0h\u00a0${m[2]}`;
}

export function formatTimeRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return '';
  return `${formatTime(start)} – ${formatTime(end)}`;
}

/** 150 → '2 h 30', 45 → '45 min', 120 → '2 h'. */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m}\u00a0min`;
  if (m === 0) return `${h}\u00a0h`;
  return `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
}

/** Half-days → '3,5 jours', '1 demi-journée'. */
export function formatHalfDays(halfDays: number): string {
  if (halfDays === 1) return '1 demi-journée';
  const days = halfDays / 2;
  return `${formatNumber(days)} ${pluralWord(days, 'jour', 'jours')}`;
}

export function fullName(person: { civility?: string | null; firstName: string; lastName: string }): string {
  return [person.civility, person.firstName, person.lastName].filter((s) => s && s.trim()).join(' ');
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
