/**
 * What a meeting belongs to: a meeting of an instance, or a session of an action (a row of
 * `meeting` with `action_id`). One place says how it is named and which attestation it gives.
 */
import type { AttestationKind } from '../actions/schemas';

export interface Engagement {
  kind: 'instance' | 'action';
  /** The instance's name, or the action's title. */
  name: string;
  /**
   * Who holds it: the instance's organisation, or the organisation or instance carrying the
   * action; null for an action carried by the association itself.
   */
  carrier: string | null;
  /** What a presence there is attested as (see attestationKindOf). */
  attestationKind: AttestationKind;
}

/**
 * A meeting of an instance is a representation (L3142-60); a session of an action is what its
 * action says (`action.attestation_kind`): a working group of a CPTS is not a body under the law.
 */
export function attestationKindOf(actionAttestationKind: AttestationKind | null): AttestationKind {
  return actionAttestationKind ?? 'representation';
}

/**
 * How a meeting is named in a list: the instance's name; for a session, the action's title and
 * its porteur, « Groupe de travail parcours (CPTS du Pays de Rennes) », or the title alone when
 * the association carries it.
 */
export function engagementLabel(engagement: Pick<Engagement, 'kind' | 'name' | 'carrier'>): string {
  if (engagement.kind === 'instance' || !engagement.carrier) return engagement.name;
  return `${engagement.name} (${engagement.carrier})`;
}

/** The purpose of a claim line or the heading of a list line: « Réunion … », « Séance … ». */
export function engagementPurpose(
  engagement: Pick<Engagement, 'kind' | 'name' | 'carrier'>,
  title: string | null,
): string {
  const what = engagement.kind === 'instance' ? 'Réunion' : 'Séance';
  return `${what} ${engagementLabel(engagement)}${title ? ` — ${title}` : ''}`;
}

/** The porteur written out: the association's name stands for a null carrier. */
export function carrierText(carrier: string | null, associationName: string): string {
  return carrier ?? associationName;
}
