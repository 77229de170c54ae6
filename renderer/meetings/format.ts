/** Display helpers of the meetings pages. */
import type { MeetingSummary } from '../../shared/meetings/types';
import { localTodayIso } from '../../shared/rules/dates';
import { formatClockTime, formatDuration, formatLongDate, weekdayOf } from '../../shared/rules/format-fr';
import { halfDaysText } from '../../shared/meetings/conge-rules';

/** '14:30' → '14 h 30'. */
export const formatTime = (hhmm: string | null | undefined): string => (hhmm ? formatClockTime(hhmm) : '—');

/** 150 → '2 h 30', 45 → '45 min'. */
export const formatMinutes = formatDuration;

export { formatLongDate, weekdayOf };

/** 7 half-days → '3,5 jours'; French plural from 2. */
export const formatHalfDays = halfDaysText;

export const meetingLabel = (m: Pick<MeetingSummary, 'instanceName' | 'date' | 'title'>): string =>
  `${m.instanceName}${m.title ? ` — ${m.title}` : ''}`;

export const todayIso = (): string => localTodayIso();
