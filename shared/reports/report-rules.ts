/**
 * Rules of the comptes rendus de mandat, pure so that the pages, « À faire », the lists and the
 * documents say the same: where a follow-up stands on a given day, when a report is expected,
 * what a confidential report hides.
 */
import { addDays } from '../rules/dates';
import { pluralWord } from '../rules/plural';
import { formatInteger } from '../rules/format-fr';

export type FollowUpState = 'fait' | 'en_retard' | 'a_echeance' | 'a_faire';

export const followUpStateLabels: Record<FollowUpState, string> = {
  fait: 'Fait',
  en_retard: 'En retard',
  a_echeance: 'À échéance',
  a_faire: 'À faire',
};

/**
 * Done once a day is recorded; otherwise late the day after its due date, « à échéance » from
 * `windowDays` before it (the window of « À faire »), simply to do before that or without a date.
 */
export function followUpState(
  f: { dueOn: string | null; doneOn: string | null },
  today: string,
  windowDays: number,
): FollowUpState {
  if (f.doneOn !== null) return 'fait';
  if (f.dueOn === null) return 'a_faire';
  if (f.dueOn < today) return 'en_retard';
  return f.dueOn <= addDays(today, windowDays) ? 'a_echeance' : 'a_faire';
}

/** Open follow-ups due on or before this day appear in « À faire » (late ones included). */
export const followUpsDueUntil = (today: string, windowDays: number): string => addDays(today, windowDays);

/**
 * Meetings older than this are no longer claimed: « À faire » asks for the reports of the last
 * twelve months, not for every meeting held before the association kept reports.
 */
export const EXPECTED_REPORTS_LOOKBACK_DAYS = 365;

/**
 * The meetings whose reports are expected today: held at least `dueDays` ago (a report is due
 * `dueDays` after the meeting) and within the lookback.
 */
export function expectedReportMeetings(today: string, dueDays: number): { from: string; to: string } {
  return { from: addDays(today, -EXPECTED_REPORTS_LOOKBACK_DAYS), to: addDays(today, -dueDays) };
}

/** A report may only be written once the meeting has taken place (its day included). */
export const canReportOn = (meetingDate: string, today: string): boolean => meetingDate <= today;

/**
 * What a list may show of a report: its content, or nothing when it is confidential (the list
 * then says « Confidentiel »; the report itself still opens for whoever keeps the files).
 */
export function reportExcerpt(
  r: { confidential: boolean; pointsRaised: string | null; positionsTaken: string | null },
  maxLength = 160,
): string | null {
  if (r.confidential) return null;
  const text = [r.pointsRaised, r.positionsTaken].filter((t): t is string => t !== null).join(' — ');
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return null;
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1).trimEnd()}…`;
}

/**
 * Documents made for outside the office (the compte rendu d'activité) leave confidential reports
 * out entirely (db/reports/activity.ts reads only the others) and say how many were:
 * « 2 comptes rendus confidentiels ne figurent pas dans ce document. », or null when none was.
 */
export function confidentialLeftOutNote(count: number): string | null {
  if (count <= 0) return null;
  const many = count >= 2;
  return `${formatInteger(count)} ${pluralWord(count, 'compte rendu confidentiel', 'comptes rendus confidentiels')} ${
    many ? 'ne figurent' : 'ne figure'
  } pas dans ce document.`;
}
