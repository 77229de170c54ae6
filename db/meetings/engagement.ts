/**
 * The columns saying what a meeting belongs to (an instance, or an action for its sessions), for
 * any query that reads `meeting` under the alias `m`. Read by primary key, so whatever the
 * query's size each row costs three index look-ups. Mapped by engagementOf (one rule for every
 * domain that lists meetings and sessions together: claims, attestations, congé, relevés).
 */
import { sql } from 'kysely';
import type { AttestationKind } from '../../shared/actions/schemas';
import { attestationKindOf, type Engagement } from '../../shared/meetings/engagement';

export const engagementName = () =>
  sql<string>`coalesce((select i.name from instance i where i.id = m.instance_id),
    (select a.title from action a where a.id = m.action_id), '')`.as('engagement_name');

export const engagementCarrier = () =>
  sql<string | null>`case when m.instance_id is not null
    then (select o.name from instance i join organisation o on o.id = i.organisation_id where i.id = m.instance_id)
    else (select case a.carrier
      when 'organisation' then (select o.name from organisation o where o.id = a.organisation_id)
      when 'instance' then (select i.name from instance i where i.id = a.instance_id) end
      from action a where a.id = m.action_id) end`.as('engagement_carrier');

export const actionAttestationKind = () =>
  sql<AttestationKind | null>`(select a.attestation_kind from action a where a.id = m.action_id)`.as(
    'action_attestation_kind',
  );

/** Where it usually takes place: the instance's meeting place, or the action's place. */
export const usualPlace = () =>
  sql<string | null>`coalesce((select i.meeting_place from instance i where i.id = m.instance_id),
    (select a.place from action a where a.id = m.action_id))`.as('usual_place');

/** The three columns, to spread in a select. */
export const engagementColumns = () => [engagementName(), engagementCarrier(), actionAttestationKind()];

export interface EngagementRow {
  action_id: number | null;
  engagement_name: string;
  engagement_carrier: string | null;
  action_attestation_kind: AttestationKind | null;
}

export const engagementOf = (r: EngagementRow): Engagement => ({
  kind: r.action_id === null ? 'instance' : 'action',
  name: r.engagement_name,
  carrier: r.engagement_carrier,
  attestationKind: attestationKindOf(r.action_attestation_kind),
});
