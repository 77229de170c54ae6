/**
 * Congé de représentation (Code du travail, L3142-60 et suivants): up to 9 jours ouvrables a
 * year, which may be split into half-days.
 *
 * The rule applied here, per person and calendar day:
 * - the hours of presence of every meeting held that day are put together (présent, à distance,
 *   or the suppléant who sat in place of a titulaire), overlapping hours counted once;
 * - up to `halfDayMaxMinutes` (default 4 h) the day costs one half-day, beyond it a full day;
 * - only jours ouvrables count: Monday to Saturday, French public holidays excluded — a meeting
 *   on a Sunday or a holiday takes no leave from work.
 * The count is in half-days so that it stays an integer (9 days = 18 half-days).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday (anonymous Gregorian algorithm), as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const holidayCache = new Map<number, Set<string>>();

/** The eleven French public holidays (metropolitan France). */
export function publicHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const easter = easterSunday(year);
    set = new Set([
      `${year}-01-01`,
      plusDays(easter, 1),
      `${year}-05-01`,
      `${year}-05-08`,
      plusDays(easter, 39),
      plusDays(easter, 50),
      `${year}-07-14`,
      `${year}-08-15`,
      `${year}-11-01`,
      `${year}-11-11`,
      `${year}-12-25`,
    ]);
    holidayCache.set(year, set);
  }
  return set;
}

/** Jour ouvrable: Monday to Saturday, not a public holiday. */
export function isJourOuvrable(iso: string): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (weekday === 0) return false;
  return !publicHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** Half-days of congé one day of presence costs. */
export function halfDaysForDay(date: string, minutes: number, halfDayMaxMinutes: number): number {
  if (minutes <= 0 || !isJourOuvrable(date)) return 0;
  return minutes <= halfDayMaxMinutes ? 1 : 2;
}

export interface PresenceOnDay {
  date: string;
  /** Hours of presence, 'HH:MM'. */
  startTime: string;
  endTime: string;
}

const minutesOfDay = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Minutes covered by the union of the intervals: two meetings of the same morning that overlap
 * (09–12 and 10–12) are three hours of absence from work, not five.
 */
export function mergedMinutes(intervals: ReadonlyArray<{ startTime: string; endTime: string }>): number {
  const sorted = intervals
    .map((i) => [minutesOfDay(i.startTime), minutesOfDay(i.endTime)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let runStart = -1;
  let runEnd = -1;
  for (const [a, b] of sorted) {
    if (a > runEnd) {
      total += runEnd - runStart;
      runStart = a;
      runEnd = b;
    } else if (b > runEnd) {
      runEnd = b;
    }
  }
  return total + (runEnd - runStart);
}

/** Groups presences by day, merges overlapping hours and prices each day; days in date order. */
export function congeDays(
  presences: readonly PresenceOnDay[],
  halfDayMaxMinutes: number,
): Array<{ date: string; minutes: number; halfDays: number }> {
  const byDay = new Map<string, PresenceOnDay[]>();
  for (const p of presences) {
    const list = byDay.get(p.date) ?? [];
    list.push(p);
    byDay.set(p.date, list);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, list]) => {
      const minutes = mergedMinutes(list);
      return { date, minutes, halfDays: halfDaysForDay(date, minutes, halfDayMaxMinutes) };
    });
}

export type CongeLevel = 'ok' | 'proche' | 'depasse';

/** Over once more half-days are used than allowed; close once at most `warnRemaining` remain. */
export function congeLevel(usedHalfDays: number, allowedHalfDays: number, warnRemaining: number): CongeLevel {
  if (usedHalfDays > allowedHalfDays) return 'depasse';
  if (allowedHalfDays - usedHalfDays <= warnRemaining) return 'proche';
  return 'ok';
}

/** Hours × hourly indemnity, rounded half up to the cent once. */
export function indemnityCents(totalMinutes: number, hourlyCents: number): number {
  return Math.floor((totalMinutes * hourlyCents + 30) / 60);
}

/** French plural starts at 2: "1,5 jour", "2 jours". */
export const isPluralDays = (halfDays: number): boolean => halfDays >= 4;

/** 7 half-days → '3,5 jours', 3 → '1,5 jour'. */
export function halfDaysText(halfDays: number): string {
  const days = halfDays / 2;
  const text = Number.isInteger(days) ? String(days) : String(days).replace('.', ',');
  return `${text} jour${isPluralDays(halfDays) ? 's' : ''}`;
}

/**
 * Only a representation takes congé de représentation: every meeting of an instance, and the
 * sessions of an action whose attestation kind is `representation` (see attestationKindOf).
 */
export function countsTowardConge(attestationKind: 'participation' | 'representation'): boolean {
  return attestationKind === 'representation';
}
