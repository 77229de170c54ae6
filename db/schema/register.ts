/** The register: organisations, instances, mandates, trainings and engagement charters. */
import type { Generated } from 'kysely';
import type { SignatureMethod } from '../../shared/charters/schemas';
import type {
  EndReason,
  InvolvementLevel,
  MandateRole,
  OrganisationKind,
  ParticipationForm,
} from '../../shared/register/schemas';
import type { Flag } from './core';

export interface OrganisationTable {
  id: Generated<number>;
  name: string;
  kind: Generated<OrganisationKind>;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  notes: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The editable list of instance types (CDU, CTS, CRSA…). */
export interface InstanceTypeTable {
  id: Generated<number>;
  code: string;
  label: string;
  /** Default length of a mandate on this type of body, in months (CDU 36, CTS/CRSA 60). */
  default_mandate_months: number | null;
  sort_order: Generated<number>;
  archived_at: string | null;
}

export interface InstanceTable {
  id: Generated<number>;
  organisation_id: number;
  type_id: number;
  name: string;
  seats_titulaire: Generated<number>;
  seats_suppleant: Generated<number>;
  /** Minimum number of representatives wished (default 2, seed 001). */
  target_min: Generated<number>;
  /** Overrides the type's default mandate length when set. */
  mandate_months: number | null;
  involvement_level: InvolvementLevel | null;
  participation_form: ParticipationForm | null;
  meeting_place: string | null;
  notes: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface MandateTable {
  id: Generated<number>;
  representative_id: number;
  instance_id: number;
  role: MandateRole;
  role_other: string | null;
  start_date: string;
  /** Planned end of the term (may be null for open-ended memberships). */
  end_date: string | null;
  /** Actual end when the mandate was ended (early or at term), with its reason. */
  ended_on: string | null;
  end_reason: EndReason | null;
  end_note: string | null;
  designating_authority: string | null;
  designation_reference: string | null;
  proposing_association: string | null;
  notes: string | null;
  /** The titulaire ↔ suppléant pairing. */
  paired_mandate_id: number | null;
  renewed_from_id: number | null;
  /** Set when the user accepted more active mandates of this kind than seats. */
  over_capacity_justification: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingKindTable {
  id: Generated<number>;
  label: string;
  /** The "formation de base des RU", due within a delay after a first mandate. */
  is_base: Generated<Flag>;
  sort_order: Generated<number>;
  archived_at: string | null;
}

export interface TrainingTable {
  id: Generated<number>;
  representative_id: number;
  kind_id: number;
  date: string;
  duration_minutes: number | null;
  organiser: string | null;
  notes: string | null;
  created_at: string;
}

export interface CharterVersionTable {
  id: Generated<number>;
  title: string;
  version: string;
  effective_date: string;
  body: string;
  created_at: string;
}

export interface CharterSignatureTable {
  id: Generated<number>;
  representative_id: number;
  charter_version_id: number;
  signed_on: string;
  method: SignatureMethod;
  file_hash: string | null;
  created_at: string;
}

export interface RegisterTables {
  organisation: OrganisationTable;
  instance_type: InstanceTypeTable;
  instance: InstanceTable;
  mandate: MandateTable;
  training_kind: TrainingKindTable;
  training: TrainingTable;
  charter_version: CharterVersionTable;
  charter_signature: CharterSignatureTable;
}
