/** Display helpers of the meetings pages. */
import type { MeetingSummary } from '../../shared/meetings/types';
import { localTodayIso } from '../../shared/rules/dates';
import { formatClockTime, formatDuration } from '../../shared/rules/format-fr';

/** '14:30' → '14 h 30'. */
export const formatTime = (hhmm: string | null | undefined): string => (hhmm ? formatClockTime(hhmm) : '—');

/** 150 → '2 h 30', 45 → '45 min'. */
export const formatMinutes = formatDuration;

const weekdays = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const months = [
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

/** '2026-11-12' → 'jeudi 12 novembre 2026'. */
export const formatLongDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${weekday} ${d === 1 ? '1er' : d} ${months[m - 1] ?? ''} ${y}`;
};

export const weekdayOf = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/** 7 half-days → '3,5 jours'; French plural from 2. */
export const formatHalfDays = (halfDays: number): string => {
  const days = halfDays / 2;
  return `${String(days).replace('.', ',')}\u00a0jour${halfDays >= 4 ? 's' : ''}`;
};

export const meetingLabel = (m: Pick<MeetingSummary, 'instanceName' | 'date' | 'title'>): string =>
  `${m.instanceName}${m.title ? ` — ${m.title}` : ''}`;

export const todayIso = (): string => localTodayIso();
