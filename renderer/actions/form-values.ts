/** The form of an action: what the fields hold, and the payload the shared schema checks. */
import type {
  ActionCarrier,
  ActionInput,
  ActionKind,
  ActionPhase,
  ActionStatus,
  AttestationKind,
} from '../../shared/actions/schemas';
import type { Action } from '../../shared/actions/types';
import type { InvolvementLevel } from '../../shared/register/schemas';

export interface ActionValues {
  kind: ActionKind;
  projectId: string | null;
  title: string;
  carrier: ActionCarrier;
  organisationId: string | null;
  instanceId: string | null;
  themeId: string | null;
  phase: ActionPhase | null;
  involvementLevel: InvolvementLevel | null;
  status: ActionStatus;
  startDate: string;
  endDate: string;
  place: string;
  description: string;
  expectedBeneficiaries: number | string;
  actualBeneficiaries: number | string;
  partners: string;
  attestationKind: AttestationKind;
}

export const emptyValues = (kind: ActionKind, projectId: string | null): ActionValues => ({
  kind,
  projectId: kind === 'action' ? projectId : null,
  title: '',
  carrier: 'association',
  organisationId: null,
  instanceId: null,
  themeId: null,
  phase: null,
  involvementLevel: null,
  status: 'prevu',
  startDate: '',
  endDate: '',
  place: '',
  description: '',
  expectedBeneficiaries: '',
  actualBeneficiaries: '',
  partners: '',
  attestationKind: 'participation',
});

export const valuesOf = (a: Action): ActionValues => ({
  kind: a.kind,
  projectId: a.projectId === null ? null : String(a.projectId),
  title: a.title,
  carrier: a.carrier,
  organisationId: a.organisationId === null ? null : String(a.organisationId),
  instanceId: a.instanceId === null ? null : String(a.instanceId),
  themeId: a.themeId === null ? null : String(a.themeId),
  phase: a.phase,
  involvementLevel: a.involvementLevel,
  status: a.status,
  startDate: a.startDate ?? '',
  endDate: a.endDate ?? '',
  place: a.place ?? '',
  description: a.description ?? '',
  expectedBeneficiaries: a.expectedBeneficiaries ?? '',
  actualBeneficiaries: a.actualBeneficiaries ?? '',
  partners: a.partners ?? '',
  attestationKind: a.attestationKind,
});

const idOf = (v: string | null): number | null => (v === null || v === '' ? null : Number(v));
// A number field holds '' when empty, or the text typed when it is not a number (the schema says so).
const countOf = (v: number | string): number | null => (v === '' ? null : Number(v));
const dateOf = (v: string): string | null => (v.trim() === '' ? null : v);

/** Form values → the schema's input: the carrier and the project keep only what applies. */
export function toPayload(v: ActionValues): ActionInput {
  return {
    kind: v.kind,
    projectId: v.kind === 'action' ? idOf(v.projectId) : null,
    title: v.title,
    carrier: v.carrier,
    organisationId: v.carrier === 'organisation' ? idOf(v.organisationId) : null,
    instanceId: v.carrier === 'instance' ? idOf(v.instanceId) : null,
    themeId: idOf(v.themeId),
    phase: v.phase,
    involvementLevel: v.involvementLevel,
    status: v.status,
    startDate: dateOf(v.startDate),
    endDate: dateOf(v.endDate),
    place: v.place,
    description: v.description,
    expectedBeneficiaries: countOf(v.expectedBeneficiaries),
    actualBeneficiaries: countOf(v.actualBeneficiaries),
    partners: v.partners,
    attestationKind: v.attestationKind,
  };
}
