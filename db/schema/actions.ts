/** Projects and actions, their themes, and the profiles of the people the association engages. */
import type { Generated } from 'kysely';
import type {
  ActionCarrier,
  ActionKind,
  ActionPhase,
  ActionStatus,
  AttestationKind,
} from '../../shared/actions/schemas';
import type { InvolvementLevel } from '../../shared/register/schemas';

export interface PersonProfileTable {
  id: Generated<number>;
  code: string;
  label: string;
  /** The label said of a woman, where it differs (« Patiente partenaire »). */
  label_feminine: string | null;
  sort_order: Generated<number>;
  archived_at: string | null;
}

export interface ActionThemeTable {
  id: Generated<number>;
  label: string;
  sort_order: Generated<number>;
  archived_at: string | null;
}

export interface ActionTable {
  id: Generated<number>;
  kind: ActionKind;
  /** An action that is part of a project. */
  project_id: number | null;
  title: string;
  carrier: ActionCarrier;
  organisation_id: number | null;
  instance_id: number | null;
  theme_id: number | null;
  phase: ActionPhase | null;
  involvement_level: InvolvementLevel | null;
  status: Generated<ActionStatus>;
  start_date: string | null;
  end_date: string | null;
  place: string | null;
  description: string | null;
  expected_beneficiaries: number | null;
  actual_beneficiaries: number | null;
  partners: string | null;
  attestation_kind: Generated<AttestationKind>;
  /** Lower-case, accent-free copy of the searchable fields. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface ActionTables {
  person_profile: PersonProfileTable;
  action_theme: ActionThemeTable;
  action: ActionTable;
}
