/** Where the pages of the comptes rendus live, said once. */
import type { ReportMeeting } from '../../shared/reports/types';

export const reportPath = (meetingId: number, representativeId: number): string =>
  `/comptes-rendus/reunion/${meetingId}/${representativeId}`;

/** The page of the meeting, or of the session of an action. */
export const meetingPath = (meeting: Pick<ReportMeeting, 'id' | 'kind'>): string =>
  meeting.kind === 'seance' ? `/seances/${meeting.id}` : `/reunions/${meeting.id}`;

export const meetingWord = (meeting: Pick<ReportMeeting, 'kind'>): string =>
  meeting.kind === 'seance' ? 'Séance' : 'Réunion';
