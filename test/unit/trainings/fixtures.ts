import { organisationInput, instanceInput, mandateInput } from '../../../shared/register/schemas';
import { representativeInput, type RepresentativeInput } from '../../../shared/register/representative';
import type { ServiceContext } from '../../../electron/service-context';
import { createRepresentative } from '../../../electron/register/representatives';
import { createOrganisation } from '../../../electron/register/organisations';
import { createInstance } from '../../../electron/register/instances';
import { createMandate } from '../../../electron/register/mandates';

export async function person(
  ctx: ServiceContext,
  lastName: string,
  firstName: string,
  extra: Partial<RepresentativeInput> = {},
) {
  return createRepresentative(
    ctx,
    representativeInput.parse({ civility: '', lastName, firstName, employed: false, vehicles: [], ...extra }),
  );
}

export async function instance(ctx: ServiceContext, name: string, seats = 2) {
  const org = await createOrganisation(
    ctx,
    organisationInput.parse({ name: `Organisme de ${name}`, kind: 'etablissement' }),
  );
  const type = await ctx.db
    .selectFrom('instance_type')
    .select('id')
    .where('code', '=', 'CDU')
    .executeTakeFirstOrThrow();
  return createInstance(
    ctx,
    instanceInput.parse({
      organisationId: org.id,
      typeId: type.id,
      name,
      seatsTitulaire: seats,
      seatsSuppleant: seats,
      targetMin: 2,
      mandateMonths: null,
      involvementLevel: null,
      participationForm: null,
    }),
  );
}

export async function mandate(
  ctx: ServiceContext,
  representativeId: number,
  instanceId: number,
  startDate: string,
  endDate: string | null = null,
) {
  return createMandate(
    ctx,
    mandateInput.parse({ representativeId, instanceId, role: 'titulaire', startDate, endDate }),
  );
}
