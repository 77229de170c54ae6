/**
 * Actions for the sessions tests, inserted through Kysely: the actions domain's service is
 * written in parallel on another branch (issue 10); the row is what its service writes.
 */
import type { AttestationKind } from '../../../shared/actions/schemas';
import { sessionInput, type SessionInput } from '../../../shared/meetings/sessions';
import { createSession } from '../../../electron/meetings/sessions';
import type { ServiceContext } from '../../../electron/service-context';
import { organisationInput } from '../../../shared/register/schemas';
import { createOrganisation } from '../../../electron/register/organisations';

export async function givenAction(
  ctx: ServiceContext,
  options: {
    title?: string;
    attestationKind?: AttestationKind;
    /** The organisation that carries it; the association itself when left out. */
    organisation?: string;
    place?: string | null;
  } = {},
): Promise<number> {
  const title = options.title ?? 'Groupe de travail parcours diabète';
  let organisationId: number | null = null;
  if (options.organisation) {
    const org = await createOrganisation(
      ctx,
      organisationInput.parse({ name: options.organisation, kind: 'autre', city: 'Rennes' }),
    );
    organisationId = org.id;
  }
  const at = ctx.now().toISOString();
  const row = await ctx.db
    .insertInto('action')
    .values({
      kind: 'action',
      project_id: null,
      title,
      carrier: organisationId === null ? 'association' : 'organisation',
      organisation_id: organisationId,
      instance_id: null,
      theme_id: null,
      phase: null,
      involvement_level: null,
      status: 'en_cours',
      start_date: null,
      end_date: null,
      place: options.place === undefined ? 'Maison de santé de Villejean' : options.place,
      description: null,
      expected_beneficiaries: null,
      actual_beneficiaries: null,
      partners: null,
      attestation_kind: options.attestationKind ?? 'participation',
      search_text: title.toLowerCase(),
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function givenSession(
  ctx: ServiceContext,
  actionId: number,
  values: Partial<SessionInput> = {},
): Promise<number> {
  const s = await createSession(
    ctx,
    sessionInput.parse({
      actionId,
      date: '2026-11-10',
      startTime: '18:00',
      endTime: '20:00',
      mode: 'sur_place',
      ...values,
    }),
  );
  return s.id;
}
