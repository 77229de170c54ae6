/**
 * Calendar dates as both sides handle them: ISO 'YYYY-MM-DD' text (which compares and sorts as
 * text), the arithmetic of terms, and the one reading of a date typed the French way. Pure code:
 * the forms prefill and check with the very functions the main process applies.
 */
import { NBSP } from './format-fr';

const DAY_MS = 86_400_000;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The ISO text of a calendar day, or null when that day does not exist (29/02/2025, 31/04). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** 'YYYY-MM-DD' naming a day that exists. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

export const dayAfter = (iso: string): string => addDays(iso, 1);
export const dayBefore = (iso: string): string => addDays(iso, -1);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/**
 * Adds calendar months; a day that does not exist in the target month falls on its last day
 * (31/01 + 1 month = 28/02), the way terms are counted in designation acts. Plain arithmetic
 * on the text: « À faire » calls it once per person.
 */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(Math.min(d, daysInMonth(year, month)))}`;
}

/**
 * Planned end of a term of `months` starting on `start`: the day before the same date
 * `months` later (01/12/2025 for 36 months → 30/11/2028). When that date does not exist
 * (29/02 in a common year, 31 in a 30-day month) the term runs to the first day of the next
 * month, so the end is the last day of the target month: 29/02/2024 + 36 months ends on
 * 28/02/2027, 31/01 + 1 month ends on 28/02 (29/02 in a leap year) — never a day short.
 * Null length: open-ended. The mandate form prefills with it and the main process computes
 * renewals and imports with it.
 */
export function defaultEndDate(start: string, months: number | null): string | null {
  if (months === null || months <= 0) return null;
  const same = addMonths(start, months);
  // addMonths clamped the day: the anniversary falls after the target month's last day.
  if (same.slice(8, 10) !== start.slice(8, 10)) return same;
  return dayBefore(same);
}

/** Today on the user's computer, as ISO text (the renderer's clock; the main process has its own). */
export function localTodayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

// ------------------------------------------------------------------ reading a typed date

/**
 * A two-digit year is read in this century up to this many years after the current one (terms
 * last at most 5 years); beyond, « 01/12/99 » could be 1999 or 2099 and is refused rather than
 * guessed.
 */
export const TWO_DIGIT_YEAR_AHEAD = 20;

/**
 * The one reading of a typed date, for every date field and the import: « 22/11/2026 »,
 * « 2/3/26 », « 22-11-2026 », « 22.11.2026 », « 22 11 2026 », « 22112026 », and ISO
 * « 2026-11-22 » (a time after it, as spreadsheets write, is ignored) → '2026-11-22'.
 * Anything else, or a day that does not exist (« 32/13/2026 », « 29/02/2025 »), → null.
 */
export function parseFrenchDate(text: string, currentYear = new Date().getFullYear()): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\S.*)?$/.exec(t);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m =
    /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})$/.exec(t) ??
    /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (!m) return null;
  let year = Number(m[3]);
  if (m[3]?.length === 2) {
    year += 2000;
    if (year > currentYear + TWO_DIGIT_YEAR_AHEAD) return null;
  }
  return isoFromParts(year, Number(m[2]), Number(m[1]));
}

export const DATE_REQUIRED = 'La date est obligatoire';
export const DATE_INVALID = `Ce n’est pas une date valide${NBSP}: écrivez JJ/MM/AAAA, par exemple 22/11/2026`;

/**
 * The message of a date field holding `value` (ISO, empty, or the text typed when it could
 * not be read), or null when it is fine. `required` is the message when empty, or false.
 */
export function dateFieldError(
  value: string | null | undefined,
  required: string | false = DATE_REQUIRED,
): string | null {
  const v = (value ?? '').trim();
  if (v === '') return required === false ? null : required;
  return isIsoDate(v) ? null : DATE_INVALID;
}

/** Said of a date that records something already done (a signature) when it is after `today`. */
export const futureDateMessage = (what: string, today: string): string =>
  `${what} ne peut pas être dans le futur (au plus tard le ${frenchDate(today)})`;

/** The message when `date` is after `today` for a date that records something already done. */
export function futureDateError(date: string, today: string, what: string): string | null {
  return date > today ? futureDateMessage(what, today) : null;
}

/** '2026-11-22' → '22/11/2026'. */
export function frenchDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
