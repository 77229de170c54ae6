/**
 * French display of the integer quantities the rules work with (cents, tenths
 * of km, thousandths of a euro). Formatting goes through the integer parts
 * separately so that no value is ever divided into a floating-point euro.
 *
 * Typography follows Intl 'fr-FR': U+202F (narrow no-break space) between
 * thousands groups, decimal comma, U+00A0 (no-break space) before a unit.
 */

import { assertSafeInteger } from './integer-rounding';

/** No-break space placed between a number and its unit (€, km, CV). */
export const NBSP = '\u00A0';
/** Narrow no-break space, the thousands separator Intl uses for fr-FR. */
export const NNBSP = '\u202F';

const groupedInteger = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0, useGrouping: true });

/** Groups the digits of a non-negative integer: 1234567 → "1 234 567". */
export function formatInteger(value: number): string {
  assertSafeInteger(value, 'le nombre');
  const sign = value < 0 ? '-' : '';
  return sign + groupedInteger.format(Math.abs(value));
}

/** Splits an integer into whole units and the remainder, both as strings, without floats. */
function fixedPoint(
  value: number,
  scale: number,
  digits: number,
): { sign: string; whole: string; fraction: string } {
  const magnitude = Math.abs(value);
  const remainder = magnitude % scale;
  return {
    sign: value < 0 ? '-' : '',
    whole: groupedInteger.format((magnitude - remainder) / scale),
    fraction: String(remainder).padStart(digits, '0'),
  };
}

export interface FormatEurosOptions {
  /** Writes "1 395 €" rather than "1 395,00 €" when there are no cents (used in formulas). */
  dropZeroCents?: boolean;
  /** Leaves out the trailing " €" (for tables whose header carries the unit). */
  withoutSymbol?: boolean;
}

/** 123456 → "1 234,56 €". */
export function formatEuros(cents: number, options: FormatEurosOptions = {}): string {
  assertSafeInteger(cents, 'le montant en centimes');
  const { sign, whole, fraction } = fixedPoint(cents, 100, 2);
  const number =
    options.dropZeroCents && fraction === '00' ? `${sign}${whole}` : `${sign}${whole},${fraction}`;
  return options.withoutSymbol ? number : `${number}${NBSP}€`;
}

/** Distance in tenths of km without unit: 12345 → "1 234,5". */
export function formatTenths(tenths: number): string {
  assertSafeInteger(tenths, 'la distance en dixièmes de km');
  const { sign, whole, fraction } = fixedPoint(tenths, 10, 1);
  return `${sign}${whole},${fraction}`;
}

/** Distance in tenths of km: 12345 → "1 234,5 km". */
export function formatKm(tenths: number): string {
  return `${formatTenths(tenths)}${NBSP}km`;
}

/**
 * A rate in thousandths of a euro, without unit: 357 → "0,357", 300 → "0,30".
 * Trailing zeros beyond the cent are dropped because "0,30 €/km" is how boards vote rates.
 */
export function formatRateMilli(rateMilli: number): string {
  assertSafeInteger(rateMilli, 'le taux en millièmes d’euro');
  const { sign, whole, fraction } = fixedPoint(rateMilli, 1000, 3);
  const trimmed = fraction.endsWith('0') ? fraction.slice(0, 2) : fraction;
  return `${sign}${whole},${trimmed}`;
}

/** '14:30' → « 14 h 30 », '09:05' → « 9 h 05 » (no-break spaces: never split across lines). */
export function formatClockTime(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)}${NBSP}h${NBSP}${m ?? '00'}`;
}

/** 840 → « 14 h », 210 → « 3 h 30 », 45 → « 45 min » (rounded to the minute, never negative). */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m}${NBSP}min`;
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
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

/** Day of the week of an ISO date, 0 = Sunday (calendar arithmetic, no time zone involved). */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

/** '2026-11-22' → « dimanche 22 novembre 2026 », « 1er » for the first; other text as given. */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayText = day === 1 ? '1er' : String(day);
  return `${WEEKDAYS[weekdayOf(iso)] ?? ''} ${dayText} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** 900 → « 900 octets », 48 000 → « 47 Ko », 1 300 000 → « 1,2 Mo » (units of 1 024, as file managers show). */
export function formatFileSize(bytes: number): string {
  assertSafeInteger(bytes, 'la taille du fichier');
  if (bytes < 1024) return `${formatInteger(bytes)}${NBSP}${bytes < 2 ? 'octet' : 'octets'}`;
  if (bytes < 1024 * 1024) return `${formatInteger(Math.ceil(bytes / 1024))}${NBSP}Ko`;
  const { sign, whole, fraction } = fixedPoint(Math.round((bytes * 10) / (1024 * 1024)), 10, 1);
  return `${sign}${whole},${fraction}${NBSP}Mo`;
}
