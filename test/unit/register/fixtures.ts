/** Register fixtures built through the services, as the app builds them. */
import { representativeInput } from '../../../shared/register/representative';
import {
  instanceInput,
  mandateInput,
  organisationInput,
  type InstanceInput,
  type MandateInput,
} from '../../../shared/register/schemas';
import type { ServiceContext } from '../../../electron/service-context';
import { createRepresentative } from '../../../electron/register/representatives';
import { createOrganisation } from '../../../electron/register/organisations';
import { createInstance } from '../../../electron/register/instances';
import { createMandate } from '../../../electron/register/mandates';

export async function person(ctx: ServiceContext, lastName: string, firstName = 'Claire') {
  return createRepresentative(
    ctx,
    representativeInput.parse({
      civility: 'Mme',
      lastName,
      firstName,
      email: null,
      phone: null,
      addressLine: null,
      postalCode: null,
      city: 'Rennes',
      originAssociation: null,
      employed: false,
      employer: null,
      iban: null,
      bic: null,
      notes: null,
      vehicles: [],
    }),
  );
}

export async function typeId(ctx: ServiceContext, code: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('instance_type')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function cdu(ctx: ServiceContext, overrides: Partial<InstanceInput> = {}) {
  const organisation = await createOrganisation(
    ctx,
    organisationInput.parse({
      name: `CHU ${Math.random().toString(36).slice(2, 8)}`,
      kind: 'etablissement',
      city: 'Rennes',
    }),
  );
  return createInstance(
    ctx,
    instanceInput.parse({
      organisationId: organisation.id,
      typeId: await typeId(ctx, 'CDU'),
      name: 'Commission des usagers',
      seatsTitulaire: 2,
      seatsSuppleant: 2,
      targetMin: 2,
      mandateMonths: null,
      involvementLevel: 'consulter',
      participationForm: 'participation',
      meetingPlace: 'Salle du conseil',
      notes: null,
      ...overrides,
    }),
  );
}

export function mandate(
  ctx: ServiceContext,
  input: Partial<MandateInput> & Pick<MandateInput, 'representativeId' | 'instanceId'>,
) {
  return createMandate(
    ctx,
    mandateInput.parse({
      role: 'titulaire',
      roleOther: null,
      startDate: '2025-12-01',
      endDate: '2028-11-30',
      designatingAuthority: 'Directeur général de l’ARS Bretagne',
      designationReference: 'Arrêté n° 2025-1234',
      proposingAssociation: 'France Assos Santé Bretagne',
      notes: null,
      pairedMandateId: null,
      overCapacityJustification: null,
      ...input,
    }),
  );
}
