/**
 * Pure rules of the register: periods of mandates, seats and what falls due. No I/O: the
 * services and the "À faire" screen feed them rows and a date; dates are ISO 'YYYY-MM-DD' and
 * periods are inclusive of both ends (a mandate ending 30/11 is still held on 30/11).
 */
import { addDays, addMonths, dayAfter } from '../rules/dates';

export interface Period {
  start: string;
  /** Null: open-ended (an association's working group, a membership without term). */
  end: string | null;
}

/** The far end of time, for open periods: ISO dates compare as text. */
export const OPEN_END = '9999-12-31';

// The date arithmetic lives in shared/rules so that the forms prefill with the very rule the
// main process applies (a term's end, above all); re-exported for the register's callers.
export { addDays, addMonths, dayAfter, dayBefore, daysBetween, defaultEndDate } from '../rules/dates';

/** The length that applies to an instance: its own, else its type's default. */
export function mandateMonthsFor(
  instanceMonths: number | null,
  typeDefaultMonths: number | null,
): number | null {
  return instanceMonths ?? typeDefaultMonths ?? null;
}

export interface MandateDates {
  startDate: string;
  endDate: string | null;
  /** Set when the mandate was ended (early or at term). */
  endedOn: string | null;
}

/** When the mandate really stops: the day it was ended, else its planned end. */
export function effectiveEnd(m: MandateDates): string | null {
  if (m.endedOn !== null && (m.endDate === null || m.endedOn < m.endDate)) return m.endedOn;
  return m.endDate;
}

export const periodOf = (m: MandateDates): Period => ({ start: m.startDate, end: effectiveEnd(m) });

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= (b.end ?? OPEN_END) && b.start <= (a.end ?? OPEN_END);
}

export function isActiveOn(m: MandateDates, date: string): boolean {
  const end = effectiveEnd(m);
  return m.startDate <= date && (end === null || end >= date);
}

/**
 * The largest number of `periods` held at the same time on some day of `within` (the day a
 * new mandate would add to). A sweep over start and end events: O(n log n), no day-by-day loop.
 */
export function maxConcurrent(periods: readonly Period[], within: Period): number {
  const events: Array<[string, number]> = [];
  for (const p of periods) {
    if (!periodsOverlap(p, within)) continue;
    const start = p.start > within.start ? p.start : within.start;
    events.push([start, 1]);
    const end = p.end ?? OPEN_END;
    const clippedEnd = within.end !== null && within.end < end ? within.end : end;
    // Inclusive end: the period stops counting the day after.
    if (clippedEnd !== OPEN_END) events.push([dayAfter(clippedEnd), -1]);
  }
  // Ends before starts on the same day: a mandate ending on the 30th frees its seat for one
  // starting on the 1st, and the "day after" convention already separates the two.
  events.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  let current = 0;
  let max = 0;
  for (const [, delta] of events) {
    current += delta;
    if (current > max) max = current;
  }
  return max;
}

/**
 * Is a mandate ending on `end` replaced? The same-role mandates of its instance (`sameRole`,
 * the ending one included) held `heldOnEnd` places on its last day; it is replaced once, on
 * some later day, as many places are held again. A successor of someone else does not count:
 * with Y leaving on 15/12 and Z following on 16/12, X leaving on 30/11 leaves a place empty.
 */
export function isReplacedAfter(end: string, sameRole: readonly Period[]): boolean {
  let heldOnEnd = 0;
  for (const p of sameRole) if (p.start <= end && (p.end === null || p.end >= end)) heldOnEnd += 1;
  return maxConcurrent(sameRole, { start: dayAfter(end), end: null }) >= Math.max(1, heldOnEnd);
}

export type SeatRole = 'titulaire' | 'suppleant';

export const isSeatRole = (role: string): role is SeatRole => role === 'titulaire' || role === 'suppleant';

/**
 * Would one more mandate of that kind on `candidate` exceed the seats? `others` are the other
 * mandates of the same kind on the same instance (the one being edited left out).
 */
export function exceedsSeats(
  seats: number,
  others: readonly Period[],
  candidate: Period,
): { exceeds: boolean; busiest: number } {
  const busiest = maxConcurrent(others, candidate);
  return { exceeds: busiest + 1 > seats, busiest };
}

export function vacantSeats(seats: number, activeCount: number): number {
  return Math.max(0, seats - activeCount);
}

/** The first overlapping mandate of the same person on the same instance, if any. */
export function findOverlap<T extends { period: Period }>(
  existing: readonly T[],
  candidate: Period,
): T | undefined {
  return existing.find((e) => periodsOverlap(e.period, candidate));
}

/** Planned end within the next `days` days (today included), and not already past. */
export function endsWithin(end: string | null, today: string, days: number): boolean {
  return end !== null && end >= today && end <= addDays(today, days);
}

// ------------------------------------------------------------------ formation de base

export type TrainingDueStatus = 'a_jour' | 'bientot' | 'en_retard' | 'non_concerne';

export interface BaseTrainingDue {
  status: TrainingDueStatus;
  /** The date by which the formation de base must be followed. */
  dueDate: string | null;
}

/**
 * The formation de base is due `delayMonths` after the first mandate started. Done on any
 * date up to today (even before the first mandate) counts; one planned later does not. "Bientôt" when due within `soonDays`.
 */
export function baseTrainingDue(input: {
  firstMandateStart: string | null;
  hasBaseTraining: boolean;
  today: string;
  delayMonths: number;
  soonDays: number;
  /** `today + soonDays`, when the caller computed it once for many people. */
  soonUntil?: string;
}): BaseTrainingDue {
  if (input.firstMandateStart === null) return { status: 'non_concerne', dueDate: null };
  const dueDate = addMonths(input.firstMandateStart, input.delayMonths);
  if (input.hasBaseTraining) return { status: 'a_jour', dueDate };
  if (dueDate < input.today) return { status: 'en_retard', dueDate };
  if (dueDate <= (input.soonUntil ?? addDays(input.today, input.soonDays)))
    return { status: 'bientot', dueDate };
  return { status: 'a_jour', dueDate };
}

// ------------------------------------------------------------------ charte d'engagement

export type CharterStatus = 'a_jour' | 'a_resigner' | 'jamais_signee' | 'sans_charte';

export const charterStatusLabels: Record<CharterStatus, string> = {
  a_jour: 'À jour',
  a_resigner: 'À re-signer',
  jamais_signee: 'Jamais signée',
  sans_charte: 'Aucune charte publiée',
};

export interface CharterVersionRef {
  id: number;
  effectiveDate: string;
}

export interface CharterStatusInput {
  /** The version in force: the latest by effective date among those in force today. */
  currentVersion: CharterVersionRef | null;
  /** The person's most recent signature and the version it was for. */
  lastSignature: { version: CharterVersionRef; signedOn: string } | null;
  /** Start of the person's most recent mandate: a new mandate asks for a new signature. */
  latestMandateStart: string | null;
}

/** Orders versions: the later effective date wins, then the later one created. */
export function isNewerVersion(a: CharterVersionRef, b: CharterVersionRef): boolean {
  return a.effectiveDate > b.effectiveDate || (a.effectiveDate === b.effectiveDate && a.id > b.id);
}

/**
 * À jour, à re-signer (a newer version than the one signed is in force, or a mandate started
 * after the signature), jamais signée — or nothing to sign when no charter is published.
 */
export function charterStatus(input: CharterStatusInput): CharterStatus {
  if (input.currentVersion === null) return 'sans_charte';
  if (input.lastSignature === null) return 'jamais_signee';
  if (isNewerVersion(input.currentVersion, input.lastSignature.version)) return 'a_resigner';
  if (input.latestMandateStart !== null && input.latestMandateStart > input.lastSignature.signedOn)
    return 'a_resigner';
  return 'a_jour';
}

/** The version in force on `today` among `versions` (future ones are not yet to be signed). */
export function currentCharterVersion<T extends CharterVersionRef>(
  versions: readonly T[],
  today: string,
): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (v.effectiveDate > today) continue;
    if (best === null || isNewerVersion(v, best)) best = v;
  }
  return best;
}
