/** Shapes returned by the meetings domain. */
import type { AttestationKind } from '../actions/schemas';
import type { AttendanceRole, AttendanceStatus, MeetingMode } from './schemas';

export interface InstanceOption {
  id: number;
  name: string;
  organisationName: string;
  typeLabel: string;
  meetingPlace: string | null;
  archived: boolean;
}

export interface MeetingSummary {
  id: number;
  instanceId: number;
  instanceName: string;
  organisationName: string;
  date: string;
  startTime: string;
  endTime: string;
  mode: MeetingMode;
  place: string | null;
  title: string | null;
  seriesId: string | null;
  cancelled: boolean;
  /** Rows recorded with présent, à distance, or the suppléant who sat. */
  presentCount: number;
  recordedCount: number;
}

export interface MeetingList {
  rows: MeetingSummary[];
  total: number;
}

export interface Meeting extends MeetingSummary {
  agenda: string | null;
  minutesReference: string | null;
  notes: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  validAttestationCount: number;
}

/** One line of the attendance grid: an expected person, or someone recorded without a mandate. */
export interface AttendanceLine {
  representativeId: number;
  civility: string;
  firstName: string;
  lastName: string;
  employed: boolean;
  /** The mandate held on the instance that day; null for a non-mandated participant. */
  mandateId: number | null;
  role: string | null;
  roleLabel: string | null;
  /** For a titulaire: the mandate id of the paired suppléant, if any. */
  pairedRepresentativeId: number | null;
  expected: boolean;
  nonMandated: boolean;
  /** Null: nothing recorded yet. */
  status: AttendanceStatus | null;
  replacedById: number | null;
  /** Set on the suppléant who sat instead of a titulaire. */
  replacing: { representativeId: number; name: string } | null;
  startTime: string | null;
  endTime: string | null;
  minutes: number;
  notes: string | null;
  attestation: { id: number; reference: string; issuedOn: string } | null;
}

export interface AttendanceGrid {
  meeting: Meeting;
  lines: AttendanceLine[];
  /** Whether presence may be recorded (not before the day of the meeting). */
  held: boolean;
}

export interface AttestationSummary {
  id: number;
  reference: string;
  meetingId: number;
  meetingDate: string;
  /** The instance's name, or the action's title for a session. */
  instanceName: string;
  representativeId: number;
  personName: string;
  issuedOn: string;
  voided: boolean;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface CongeDay {
  date: string;
  minutes: number;
  /** 1 = half-day, 2 = full day, 0 = not a working day (Sunday or public holiday). */
  halfDays: number;
  meetings: Array<{
    meetingId: number;
    /** A meeting of an instance, or a session of an action that is a representation. */
    kind: 'instance' | 'action';
    /** The instance's name, or the action's label (engagementLabel). */
    instanceName: string;
    startTime: string;
    endTime: string;
    minutes: number;
  }>;
}

export interface CongeCounter {
  representativeId: number;
  year: number;
  employed: boolean;
  employer: string | null;
  usedHalfDays: number;
  allowedHalfDays: number;
  /** Half-days of meetings planned later in the year where the person is expected. */
  plannedHalfDays: number;
  totalMinutes: number;
  hourlyIndemnityCents: number;
  /** Presence up to this many minutes on a day counts as a half-day (setting). */
  halfDayMaxMinutes: number;
  /** Hours × indemnity, what the State may pay when the employer does not maintain pay. */
  indemnityCents: number;
  level: 'ok' | 'proche' | 'depasse';
  days: CongeDay[];
  /** Sessions of actions attended in the year, whether they count toward the congé or not. */
  sessions: { count: number; minutes: number };
}

export interface CongeWarning {
  representativeId: number;
  name: string;
  year: number;
  usedHalfDays: number;
  plannedHalfDays: number;
  allowedHalfDays: number;
  level: 'proche' | 'depasse';
  message: string;
  /** Route in the renderer where it is looked at. */
  link: string;
}

export interface PersonParticipation {
  representativeId: number;
  year: number;
  convened: number;
  attended: number;
  excused: number;
  absent: number;
  totalMinutes: number;
  attestations: AttestationSummary[];
  meetings: Array<{
    meetingId: number;
    date: string;
    instanceName: string;
    status: AttendanceStatus | null;
    minutes: number;
    cancelled: boolean;
  }>;
}

/** What the session form shows of the action it belongs to. */
export interface SessionAction {
  id: number;
  title: string;
  place: string | null;
  carrier: string | null;
  attestationKind: AttestationKind;
}

/** A session of an action (a meeting row with `action_id`). */
export interface Session {
  id: number;
  actionId: number;
  actionTitle: string;
  /** Who carries the action; null for the association itself. */
  carrier: string | null;
  attestationKind: AttestationKind;
  date: string;
  startTime: string;
  endTime: string;
  mode: MeetingMode;
  place: string | null;
  title: string | null;
  notes: string | null;
  countedParticipants: number | null;
  cancelled: boolean;
  cancelReason: string | null;
  presentCount: number;
  recordedCount: number;
  validAttestationCount: number;
  /** Nothing refers to it yet (attendance, attestation, claim line): it may be deleted. */
  deletable: boolean;
}

export interface SessionParticipant {
  representativeId: number;
  civility: string;
  firstName: string;
  lastName: string;
  status: AttendanceStatus;
  role: AttendanceRole;
  startTime: string | null;
  endTime: string | null;
  minutes: number;
  notes: string | null;
  attestation: { id: number; reference: string; issuedOn: string } | null;
}

export interface SessionAttendance {
  session: Session;
  participants: SessionParticipant[];
  /** Whether presence may be recorded (not before the day of the session). */
  held: boolean;
}
