import type { TodoTreasury } from '../todo/types';
/** Shapes of the register (organisations, instances, mandates, « À faire ») returned by the main process. */
import type {
  EndReason,
  InvolvementLevel,
  MandateRole,
  OrganisationKind,
  ParticipationForm,
} from './schemas';

export interface OrganisationSummary {
  id: number;
  name: string;
  kind: OrganisationKind;
  city: string | null;
  postalCode: string | null;
  instanceCount: number;
  archived: boolean;
}

export interface Organisation extends OrganisationSummary {
  addressLine: string | null;
  notes: string | null;
  archivedAt: string | null;
  instances: InstanceSummary[];
  /** True when no instance points at it: it may be deleted outright, otherwise archived. */
  deletable: boolean;
}

export interface OrganisationList {
  rows: OrganisationSummary[];
  total: number;
}

export interface InstanceType {
  id: number;
  code: string;
  label: string;
  defaultMandateMonths: number | null;
  sortOrder: number;
  archived: boolean;
  instanceCount: number;
}

export interface InstanceSummary {
  id: number;
  name: string;
  organisationId: number;
  organisationName: string;
  typeId: number;
  typeCode: string;
  typeLabel: string;
  seatsTitulaire: number;
  seatsSuppleant: number;
  targetMin: number;
  /** Held today. */
  activeTitulaires: number;
  activeSuppleants: number;
  /** Distinct people holding any mandate today. */
  activePeople: number;
  vacantSeats: number;
  archived: boolean;
}

export interface InstanceList {
  rows: InstanceSummary[];
  total: number;
}

export interface Mandate {
  id: number;
  representativeId: number;
  representativeName: string;
  instanceId: number;
  instanceName: string;
  organisationName: string;
  typeLabel: string;
  role: MandateRole;
  roleOther: string | null;
  /** The role as shown: « Autre (précision) » resolved. */
  roleLabel: string;
  startDate: string;
  endDate: string | null;
  endedOn: string | null;
  endReason: EndReason | null;
  endNote: string | null;
  /** When it really stops (ended on, else planned end). */
  effectiveEnd: string | null;
  designatingAuthority: string | null;
  designationReference: string | null;
  proposingAssociation: string | null;
  notes: string | null;
  pairedMandateId: number | null;
  /** Name of the paired titulaire or suppléant, whichever side recorded the pairing. */
  pairedWith: string | null;
  renewedFromId: number | null;
  renewedById: number | null;
  overCapacityJustification: string | null;
  status: 'a_venir' | 'actif' | 'termine';
}

/** One seat of an instance today: its holder, or vacant. */
export interface Seat {
  role: 'titulaire' | 'suppleant';
  /** 1-based position among the seats of that kind. */
  position: number;
  mandate: Mandate | null;
  /** A seat held beyond the number of seats (recorded with a justification). */
  extra: boolean;
}

export interface InstanceDetail extends InstanceSummary {
  mandateMonths: number | null;
  typeDefaultMonths: number | null;
  /** What applies to new mandates: the instance's own length, else the type's. */
  effectiveMandateMonths: number | null;
  involvementLevel: InvolvementLevel | null;
  participationForm: ParticipationForm | null;
  meetingPlace: string | null;
  notes: string | null;
  archivedAt: string | null;
  seats: Seat[];
  /** Held today with another role (président, membre…). */
  otherMembers: Mandate[];
  /** Every mandate, most recent first. */
  mandates: Mandate[];
  deletable: boolean;
  today: string;
}

/** A new mandate's form, filled in from an old one (renewal). */
export interface MandateDraft {
  representativeId: number;
  instanceId: number;
  role: MandateRole;
  roleOther: string | null;
  startDate: string;
  endDate: string | null;
  designatingAuthority: string | null;
  designationReference: string | null;
  proposingAssociation: string | null;
  notes: string | null;
  pairedMandateId: number | null;
  overCapacityJustification: string | null;
}

// ------------------------------------------------------------------ « À faire »

export interface TodoExpiring {
  mandateId: number;
  representativeId: number;
  representativeName: string;
  instanceId: number;
  instanceName: string;
  organisationName: string;
  roleLabel: string;
  endDate: string;
  daysLeft: number;
  /** Ended ahead of term (resignation…): a successor is needed rather than a renewal. */
  endedInAdvance: boolean;
}

export interface TodoVacancy {
  instanceId: number;
  instanceName: string;
  organisationName: string;
  role: 'titulaire' | 'suppleant';
  vacant: number;
  seats: number;
}

export interface TodoBelowTarget {
  instanceId: number;
  instanceName: string;
  organisationName: string;
  activePeople: number;
  targetMin: number;
}

export interface TodoTraining {
  representativeId: number;
  representativeName: string;
  firstMandateStart: string;
  dueDate: string;
  overdue: boolean;
  /** A formation de base registered for a later date: planned, not yet done. */
  plannedOn: string | null;
}

export interface TodoCharter {
  representativeId: number;
  representativeName: string;
  status: 'a_resigner' | 'jamais_signee';
  lastSignedOn: string | null;
}

/**
 * One section of « À faire »: how many lines it has in all, and one page of them from `offset`
 * (never the whole list: at 100,000 people a section runs to tens of thousands of lines).
 */
export interface TodoPage<T> {
  count: number;
  offset: number;
  lines: T[];
}

export interface TodoList {
  today: string;
  expiryWarningDays: number;
  expiring: TodoPage<TodoExpiring>;
  vacancies: TodoPage<TodoVacancy>;
  belowTarget: TodoPage<TodoBelowTarget>;
  trainings: TodoPage<TodoTraining>;
  charters: TodoPage<TodoCharter>;
  /** False when no charter version is in force: nothing to sign yet. */
  charterPublished: boolean;
  /** Active instances: none means the register is still to be filled in. */
  instanceCount: number;
  /** The treasurer's lines (claims, payments, reçus fiscaux). */
  treasury: TodoTreasury;
}
