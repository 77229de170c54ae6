/**
 * Pure rules of attendance: who is expected at a meeting, how long each person was present,
 * and (re-exported from shared) the dates of a series.
 */
import { minutesOf, type AttendanceStatus } from './schemas';
import { effectiveEnd } from '../register/register-rules';

export { seriesDates } from './schemas';

export interface MandateSpan {
  startDate: string;
  endDate: string | null;
  /** Actual end when the mandate was ended. */
  endedOn: string | null;
}

/**
 * Active on D when start ≤ D and the effective end (the earlier of ended_on and end_date, the
 * register's rule) is null or ≥ D: a planned end shortened after the mandate was ended still wins.
 */
export function isMandateActiveOn(mandate: MandateSpan, date: string): boolean {
  if (mandate.startDate > date) return false;
  const end = effectiveEnd(mandate);
  return end === null || end >= date;
}

/**
 * A person archived on or before the meeting's day is no longer expected there (archived_at is
 * a timestamp: its day is compared). People already recorded at the meeting stay on its grid.
 */
export function isArchivedBy(archivedAt: string | null, date: string): boolean {
  return archivedAt !== null && archivedAt.slice(0, 10) <= date;
}

/**
 * A person's own hours lie within the meeting's: an attestation certifies presence at that
 * meeting, not a day around it. 'HH:MM' compares as text.
 */
export function withinMeeting(
  meeting: { startTime: string; endTime: string },
  row: { startTime: string | null; endTime: string | null },
): boolean {
  if (row.startTime === null || row.endTime === null) return true;
  return row.startTime >= meeting.startTime && row.endTime <= meeting.endTime;
}

/** Minutes of presence: the person's own times when recorded, else the meeting's. */
export function presenceMinutes(
  meeting: { startTime: string; endTime: string },
  row: { startTime: string | null; endTime: string | null },
): number {
  const start = row.startTime ?? meeting.startTime;
  const end = row.endTime ?? meeting.endTime;
  return Math.max(0, minutesOf(end) - minutesOf(start));
}

export const countsAsPresent = (status: AttendanceStatus | string | null): boolean =>
  status === 'present' || status === 'distance';

type Presence = { status: AttendanceStatus; startTime: string | null; endTime: string | null };

/**
 * A valid attestation certifies a presence and its hours: removing the line, or changing its
 * status or hours, would contradict it.
 */
export function changesCertifiedPresence(before: Presence | undefined, after: Presence | undefined): boolean {
  return (
    !after ||
    !before ||
    after.status !== before.status ||
    after.startTime !== before.startTime ||
    after.endTime !== before.endTime
  );
}
