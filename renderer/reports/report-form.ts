/** The report's form: its values, how they become the saved input, and how a saved report fills them. */
import { reportInput } from '../../shared/reports/schemas';
import type { PersonOption, Report } from '../../shared/reports/types';
import { schemaValidator } from '../forms';

export interface FollowUpValues {
  key: string;
  id: number | null;
  description: string;
  dueOn: string;
  owner: PersonOption | null;
  ownerText: string;
  doneOn: string;
}

export interface ReportFormValues {
  pointsRaised: string;
  positionsTaken: string;
  confidential: boolean;
  writtenOn: string;
  followUps: FollowUpValues[];
}

let counter = 0;
export const newFollowUp = (): FollowUpValues => ({
  key: `nouveau-${++counter}`,
  id: null,
  description: '',
  dueOn: '',
  owner: null,
  ownerText: '',
  doneOn: '',
});

export const toReportPayload = (meetingId: number, representativeId: number) => (v: ReportFormValues) => ({
  meetingId,
  representativeId,
  pointsRaised: v.pointsRaised,
  positionsTaken: v.positionsTaken,
  confidential: v.confidential,
  writtenOn: v.writtenOn,
  followUps: v.followUps.map((f) => ({
    id: f.id,
    description: f.description,
    dueOn: f.dueOn,
    ownerId: f.owner?.id ?? null,
    ownerText: f.ownerText,
    doneOn: f.doneOn,
  })),
});

export const validateReport = (meetingId: number, representativeId: number) =>
  schemaValidator<ReportFormValues>(reportInput, toReportPayload(meetingId, representativeId));

export function reportValues(report: Report | null, today: string): ReportFormValues {
  if (!report)
    return { pointsRaised: '', positionsTaken: '', confidential: false, writtenOn: today, followUps: [] };
  return {
    pointsRaised: report.pointsRaised ?? '',
    positionsTaken: report.positionsTaken ?? '',
    confidential: report.confidential,
    writtenOn: report.writtenOn,
    followUps: report.followUps.map((f) => ({
      key: `suivi-${f.id}`,
      id: f.id,
      description: f.description,
      dueOn: f.dueOn ?? '',
      owner: f.ownerId !== null && f.ownerName !== null ? { id: f.ownerId, name: f.ownerName } : null,
      ownerText: f.ownerId === null ? (f.ownerText ?? '') : '',
      doneOn: f.doneOn ?? '',
    })),
  };
}
