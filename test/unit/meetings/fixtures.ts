/** Fixtures of the meetings tests, built through the services like the app builds its data. */
import { associationInput } from '../../../shared/association/schemas';
import { instanceInput, mandateInput, organisationInput } from '../../../shared/register/schemas';
import { representativeInput } from '../../../shared/register/representative';
import { saveAssociation } from '../../../electron/association/association';
import type { ServiceContext } from '../../../electron/service-context';
import { createInstance } from '../../../electron/register/instances';
import { createMandate } from '../../../electron/register/mandates';
import { createOrganisation } from '../../../electron/register/organisations';
import { createRepresentative } from '../../../electron/register/representatives';

export async function givenAssociation(ctx: ServiceContext): Promise<void> {
  await saveAssociation(
    ctx,
    associationInput.parse({
      name: 'Collectif des usagers d’Ille-et-Vilaine',
      addressLine: '12 rue de Saint-Malo',
      postalCode: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      objet: 'Représenter les usagers du système de santé.',
      organismType: 'Association loi 1901',
      president: 'Hélène Dubois-Martin',
      treasurer: 'Bernard Hamon',
      documentPlace: 'Rennes',
    }),
  );
}

export async function givenPerson(
  ctx: ServiceContext,
  firstName: string,
  lastName: string,
  employer: string | null = null,
  civility: 'Mme' | 'M.' = 'Mme',
): Promise<number> {
  const p = await createRepresentative(
    ctx,
    representativeInput.parse({
      civility,
      firstName,
      lastName,
      addressLine: '3 rue des Lilas',
      postalCode: '35000',
      city: 'Rennes',
      employed: employer !== null,
      employer,
      vehicles: [],
    }),
  );
  return p.id;
}

export async function givenInstance(
  ctx: ServiceContext,
  name = 'CDU du CHU de Rennes',
  place = 'Salle du conseil, bâtiment A',
  organisation = 'CHU de Rennes',
): Promise<number> {
  const org = await createOrganisation(
    ctx,
    organisationInput.parse({
      name: organisation,
      kind: 'etablissement',
      addressLine: '2 rue Henri Le Guilloux',
      postalCode: '35000',
      city: 'Rennes',
    }),
  );
  const type = await ctx.db
    .selectFrom('instance_type')
    .select('id')
    .where('code', '=', 'CDU')
    .executeTakeFirstOrThrow();
  const instance = await createInstance(
    ctx,
    instanceInput.parse({
      organisationId: org.id,
      typeId: type.id,
      name,
      seatsTitulaire: 2,
      seatsSuppleant: 2,
      targetMin: 2,
      mandateMonths: null,
      involvementLevel: null,
      participationForm: null,
      meetingPlace: place,
    }),
  );
  return instance.id;
}

export async function givenMandate(
  ctx: ServiceContext,
  representativeId: number,
  instanceId: number,
  role: 'titulaire' | 'suppleant' | 'membre',
  startDate: string,
  endDate: string | null,
): Promise<number> {
  const m = await createMandate(
    ctx,
    mandateInput.parse({ representativeId, instanceId, role, startDate, endDate }),
  );
  return m.id;
}

/** A CDU with two titulaires, one suppléant and a former titulaire whose mandate ended. */
export async function givenCdu(ctx: ServiceContext) {
  await givenAssociation(ctx);
  const instanceId = await givenInstance(ctx);
  const alice = await givenPerson(ctx, 'Alice', 'Martin', 'Mairie de Rennes');
  const bruno = await givenPerson(ctx, 'Bruno', 'Le Gall', null, 'M.');
  const chloe = await givenPerson(ctx, 'Chloé', 'Dupont', 'Clinique Saint-Yves');
  const denis = await givenPerson(ctx, 'Denis', 'Ancien', null, 'M.');
  const outsider = await givenPerson(ctx, 'Estelle', 'Invitée');
  await givenMandate(ctx, alice, instanceId, 'titulaire', '2024-01-01', '2026-12-31');
  await givenMandate(ctx, bruno, instanceId, 'titulaire', '2025-06-01', '2028-05-31');
  await givenMandate(ctx, chloe, instanceId, 'suppleant', '2024-01-01', '2026-12-31');
  await givenMandate(ctx, denis, instanceId, 'titulaire', '2022-01-01', '2025-05-31');
  return { instanceId, alice, bruno, chloe, denis, outsider };
}
