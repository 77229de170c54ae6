/** What the actions domain returns to the renderer. */
import type { InvolvementLevel } from '../register/schemas';
import type { ActionCarrier, ActionKind, ActionPhase, ActionStatus, AttestationKind } from './schemas';

export interface ActionSummary {
  id: number;
  kind: ActionKind;
  title: string;
  /** The project an action belongs to. */
  projectId: number | null;
  projectTitle: string | null;
  carrier: ActionCarrier;
  /** « L’association », the organisation's name, or « instance — organisation ». */
  carrierName: string;
  themeLabel: string | null;
  involvementLevel: InvolvementLevel | null;
  status: ActionStatus;
  startDate: string | null;
  endDate: string | null;
  place: string | null;
  sessionCount: number;
}

export interface ActionList {
  rows: ActionSummary[];
  total: number;
  offset: number;
}

export interface ActionChild {
  id: number;
  title: string;
  status: ActionStatus;
  startDate: string | null;
  endDate: string | null;
}

export interface Action extends ActionSummary {
  organisationId: number | null;
  organisationName: string | null;
  instanceId: number | null;
  instanceName: string | null;
  themeId: number | null;
  phase: ActionPhase | null;
  description: string | null;
  expectedBeneficiaries: number | null;
  actualBeneficiaries: number | null;
  partners: string | null;
  attestationKind: AttestationKind;
  /** A project's actions, the first ones by date (a project holds a few dozen at most). */
  children: ActionChild[];
  childCount: number;
  /** Nothing points at it (no session, no action inside): it may be deleted. */
  deletable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ActionSession {
  id: number;
  date: string;
  startTime: string;
  endTime: string;
  place: string | null;
  title: string | null;
  /** People of the register recorded present (on site or remotely). */
  presentCount: number;
  /** People counted without being named (residents at a forum). */
  countedParticipants: number | null;
  cancelled: boolean;
}

export interface ActionSessionList {
  rows: ActionSession[];
  total: number;
  offset: number;
}

export interface ProjectOption {
  id: number;
  title: string;
  status: ActionStatus;
}

export interface ActionTheme {
  id: number;
  label: string;
  sortOrder: number;
  archived: boolean;
  /** How many actions carry it: an archived theme stays on them. */
  actionCount: number;
}
