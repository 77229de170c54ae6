/** Meetings of instances, attendance, and the attestations issued from them. */
import type { Generated } from 'kysely';
import type { AttendanceRole, AttendanceStatus, MeetingMode } from '../../shared/meetings/schemas';
import type { Flag } from './core';

export interface MeetingTable {
  id: Generated<number>;
  /** A meeting of an instance, or (action_id) a session of an action: exactly one of the two. */
  instance_id: number | null;
  action_id: number | null;
  date: string;
  start_time: string;
  end_time: string;
  mode: Generated<MeetingMode>;
  place: string | null;
  title: string | null;
  agenda: string | null;
  minutes_reference: string | null;
  notes: string | null;
  /** Meetings created together as a series share this identifier. */
  series_id: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  /** People who took part without being in the register (residents at a forum): counted, not named. */
  counted_participants: number | null;
  created_at: string;
  updated_at: string;
}

export interface AttendanceTable {
  id: Generated<number>;
  meeting_id: number;
  representative_id: number;
  /** The mandate that made the person expected; null for a non-mandated participant. */
  mandate_id: number | null;
  non_mandated: Generated<Flag>;
  status: AttendanceStatus;
  /** For a titulaire marked "remplacé": the suppléant who sat instead. */
  replaced_by_id: number | null;
  /** Hours of presence, from the meeting's times unless edited for this person. */
  start_time: string | null;
  end_time: string | null;
  notes: string | null;
  /** A participant, or the animateur / intervenant of a session. */
  role: Generated<AttendanceRole>;
  created_at: string;
  updated_at: string;
}

export interface AttestationTable {
  id: Generated<number>;
  /** e.g. ATT-2026-0042: sequential per year, never reused, the same on every reprint. */
  reference: string;
  year: number;
  number: number;
  meeting_id: number;
  representative_id: number;
  issued_on: string;
  issued_at: string;
  void_reason: string | null;
  voided_at: string | null;
  /** JSON of what was printed: a reprint gives the very same document, whatever changed since. */
  content: string;
}

export interface MeetingTables {
  meeting: MeetingTable;
  attendance: AttendanceTable;
  attestation: AttestationTable;
}
