/**
 * Input types of the PDF generators: plain data gathered by the services.
 * Dates are ISO 'YYYY-MM-DD', times 'HH:MM', money integer cents. Labels the
 * user can configure (instance types, roles, kinds of expense) arrive already
 * in French so the generators never own a vocabulary.
 */

import type { Office } from '../../shared/rules/agreement';

export interface PostalAddress {
  addressLine?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

export interface ImageData {
  data: Buffer;
  mime: 'image/png' | 'image/jpeg';
}

export interface AssociationIdentity {
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  rna?: string | null;
  siren?: string | null;
  /** Statutory purpose, quoted on tax receipts. */
  objet: string;
  /** As printed on the receipt, e.g. "Association loi 1901 reconnue d'intérêt général". */
  organismType: string;
  president: string;
  /** « Mme », « M. » or empty: « Présidente », « Président » or « Présidence » under a signature. */
  presidentCivility?: string | null;
  treasurer: string;
  treasurerCivility?: string | null;
  /** "Fait à …" place. */
  documentPlace: string;
  logo?: ImageData | null;
}

export interface Signatory {
  name: string;
  /** As typed in the settings; empty: the office below, said from the civility. */
  role: string;
  /** « Mme », « M. » or empty: « Je soussignée », « Présidente ». Absent from older attestations. */
  civility?: string | null;
  /** The office a blank role stands for; the president's when absent. */
  office?: Office;
}

export interface PersonName {
  /** "Mme", "M.", or empty when the person chose none. */
  civility: string;
  firstName: string;
  lastName: string;
}

// ---------------------------------------------------------------- attestation

export type MeetingMode = 'sur_place' | 'distance';
/** 'remplacant' only in attestations issued before `replacing` was recorded apart. */
export type PresenceStatus = 'present' | 'distance' | 'remplacant';

export interface AttendanceCertificate {
  /** Unique, e.g. 'ATT-2026-0042'. */
  reference: string;
  issuedOn: string;
  representative: PersonName & PostalAddress & { employer?: string | null };
  /** A meeting of an instance; absent for a session of an action (`action` then). */
  instance?: {
    name: string;
    typeLabel: string;
    organisation: { name: string } & PostalAddress;
  };
  /**
   * A session of an action. `kind` is the action's attestation kind: `representation` prints the
   * attestation de présence citing L3142-60; `participation` an attestation de participation
   * that cites no article of the Code du travail.
   */
  action?: {
    title: string;
    /** Null: the association itself carries it. */
    carrier: string | null;
    kind: 'participation' | 'representation';
    role: 'participant' | 'animateur';
  };
  meeting: {
    date: string;
    startTime: string;
    endTime: string;
    mode: MeetingMode;
    place?: string | null;
    title?: string | null;
  };
  presence: {
    /** How the person sat: on site or remotely. */
    status: PresenceStatus;
    /** A suppléant sitting in place of the titulaire (on site or remotely, per `status`). */
    replacing?: boolean;
    startTime: string;
    endTime: string;
    /** Given by the caller so the document never disagrees with the records. */
    minutes: number;
  };
  signatory: Signatory;
  /** Set when the attestation was cancelled: printed as a banner. */
  voidReason?: string | null;
}

// ------------------------------------------------------- relevé de participation

/** 'remplacant' kept for callers that have no separate `replacing` flag. */
export type AttendanceMode = 'sur_place' | 'distance' | 'remplacant';

export interface ParticipationRecord {
  year: number;
  person: PersonName & PostalAddress;
  /** Reference of the document, optional, e.g. 'REL-2026-0012'. */
  reference?: string | null;
  issuedOn: string;
  mandates: Array<{
    instance: string;
    organisation?: string | null;
    role: string;
    from: string;
    to?: string | null;
  }>;
  meetings: Array<{
    date: string;
    instance: string;
    mode: AttendanceMode;
    /** Sat as suppléant in place of the titulaire; `mode` says on site or remotely. */
    replacing?: boolean;
    startTime?: string | null;
    endTime?: string | null;
    minutes: number;
  }>;
  counts: {
    /** Meetings held in the year (to the day of issue) the person was expected at or recorded at. */
    convened: number;
    attended: number;
    excused: number;
    absent: number;
    /** Convened meetings with no status recorded: convened = attended + excused + absent + this. */
    notRecorded?: number;
  };
  /** Sessions of actions and projects the person took part in (present, on site or remotely). */
  sessions?: Array<{
    date: string;
    action: string;
    /** The porteur, written out (the association's name for its own actions). */
    carrier: string;
    /** « Participante », « Animatrice / intervenante », said by the caller. */
    role: string;
    minutes: number;
  }>;
  /** Minutes of those sessions, overlapping hours of one day counted once. */
  sessionMinutes?: number;
  /** 0–100, rounded by the caller: attended / (convened − not recorded). */
  attendanceRatePercent: number;
  totalMinutes: number;
  /** Congé de représentation used, counted in half-days (9 days = 18). */
  congeHalfDaysUsed: number;
  congeHalfDaysAllowed: number;
  /** False: not an employee, no congé de représentation (its tile is left out). */
  employed?: boolean;
  /** The year's valorisation du bénévolat, when the settings put it on the relevé. */
  valorisation?: RecordValorisation | null;
  signatory: Signatory;
}

export interface RecordValorisation {
  lines: Array<{ category: string; minutes: number; hourlyCents: number; valueCents: number }>;
  totalMinutes: number;
  totalCents: number;
}

// ------------------------------------------------------------------- charter

export interface CharterDocument {
  charter: {
    title: string;
    version: string;
    effectiveDate: string;
    /** Paragraphs separated by blank lines; a line starting with "# " is a heading. */
    text: string;
  };
  person: PersonName;
  /** Date of the "Fait à … le …" line; blank to be filled by hand when null. */
  signedOn?: string | null;
  /** Defaults to the association's president. */
  presidentName?: string | null;
}

// -------------------------------------------------------------- mandate list

export type MandateStatus = 'actif' | 'termine' | 'a_renouveler';

export interface MandateRow {
  person: string;
  instance: string;
  role: string;
  start: string;
  end?: string | null;
  designatingAuthority?: string | null;
  actReference?: string | null;
  status: MandateStatus;
}

export interface MandateList {
  title: string;
  /** e.g. "Instance : CDU — CHU de Dijon" or "Représentant : Mme Hélène D'Argenson". */
  subtitle?: string | null;
  generatedOn: string;
  rows: MandateRow[];
}

// ------------------------------------------------------------- expense claim

export type ExpenseClaimStatus = 'brouillon' | 'soumise' | 'validee' | 'payee' | 'refusee' | 'renoncee';

export interface ExpenseLine {
  date: string;
  kindLabel: string;
  purpose: string;
  from?: string | null;
  to?: string | null;
  /** Kilometres, whole or with tenths (124, 12.5). */
  km?: number | null;
  vehicle?: string | null;
  amountCents: number;
  /** How the amount was computed, e.g. "124 km × 0,636 €/km × 1,20 (électrique)". */
  explanation?: string | null;
  receipts: string[];
}

export interface ExpenseClaimDocument {
  number: string;
  status: ExpenseClaimStatus;
  person: PersonName &
    PostalAddress & {
      /** Full IBAN: masked here, only the last four characters are printed. */
      iban?: string | null;
    };
  period: { from: string; to: string };
  submittedOn?: string | null;
  lines: ExpenseLine[];
  totalCents: number;
  /** Present when the volunteer renounced the reimbursement. */
  renunciation?: { signedOn: string } | null;
  /** Date of the treasurer's approval, when validated (the visa names the association's treasurer). */
  approval?: { on: string } | null;
}

// --------------------------------------------------------------- tax receipt

export type GiftForm = 'declaration_don_manuel' | 'acte_authentique' | 'autre';
export type GiftNature = 'numeraire' | 'titres' | 'frais_benevoles' | 'autre';
export type PaymentMode = 'especes' | 'cheque' | 'virement' | 'abandon_frais' | 'autre';

export interface TaxReceipt {
  /** Chronological order number, e.g. '2026-0003'. */
  number: string;
  donor: { name: string } & PostalAddress;
  amountCents: number;
  /** Given by the caller, e.g. "cent vingt-trois euros et quarante-cinq centimes". */
  amountInWords: string;
  /** One date or a period, e.g. ['2026-03-12'] or several gift dates. */
  giftDates: string[];
  form: GiftForm;
  formOther?: string | null;
  nature: GiftNature;
  natureOther?: string | null;
  paymentMode: PaymentMode;
  paymentModeOther?: string | null;
  issuedOn: string;
  signatory: Signatory;
  /** Set when cancelled: printed as "ANNULÉ ET REMPLACÉ PAR …". */
  replacedBy?: string | null;
  /** Cancelled without a replacement. */
  cancelled?: boolean;
}
