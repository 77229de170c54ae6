/**
 * The helpers the register demo is written with: a person by index, an instance type by code, and
 * organisations, instances and mandates created through the services with the demo's defaults.
 */
import type { ServiceContext } from '../electron/service-context';
import { todayIso } from '../electron/service-context';
import { createInstance } from '../electron/register/instances';
import { createMandate } from '../electron/register/mandates';
import { createOrganisation } from '../electron/register/organisations';
import type { Mandate } from '../shared/register/types';
import {
  instanceInput,
  mandateInput,
  organisationInput,
  type InstanceInput,
  type MandateInput,
  type OrganisationInput,
} from '../shared/register/schemas';

export const ARS = 'Directeur général de l’ARS Bretagne';
const FAS = 'France Assos Santé Bretagne';

export interface RegisterDemoBuilders {
  ctx: ServiceContext;
  today: string;
  /** The id of the demo's n-th representative (in id order). */
  person: (index: number) => number;
  /** The id of an instance type by its code (CDU, CTS…). */
  type: (code: string) => number;
  organisation: (input: OrganisationInput) => Promise<number>;
  instance: (
    input: Partial<InstanceInput> & Pick<InstanceInput, 'organisationId' | 'typeId' | 'name'>,
  ) => Promise<number>;
  mandate: (
    input: Partial<MandateInput> & Pick<MandateInput, 'representativeId' | 'instanceId' | 'startDate'>,
  ) => Promise<Mandate>;
}

/** Null when the file holds fewer than the demo's 30 people: the register demo then adds nothing. */
export async function registerDemoBuilders(ctx: ServiceContext): Promise<RegisterDemoBuilders | null> {
  const today = todayIso(ctx);
  const people = await ctx.db.selectFrom('representative').select('id').orderBy('id', 'asc').execute();
  if (people.length < 30) return null;
  const person = (index: number): number => (people[index] as { id: number }).id;
  const types = new Map(
    (await ctx.db.selectFrom('instance_type').select(['id', 'code']).execute()).map((t) => [t.code, t.id]),
  );
  const type = (code: string): number => {
    const id = types.get(code);
    if (id === undefined) throw new Error(`type d’instance ${code} absent`);
    return id;
  };

  const organisation: RegisterDemoBuilders['organisation'] = async (input) =>
    (await createOrganisation(ctx, organisationInput.parse(input))).id;
  const instance: RegisterDemoBuilders['instance'] = async (input) =>
    (
      await createInstance(
        ctx,
        instanceInput.parse({
          seatsTitulaire: 0,
          seatsSuppleant: 0,
          targetMin: 2,
          mandateMonths: null,
          involvementLevel: null,
          participationForm: null,
          meetingPlace: null,
          notes: null,
          ...input,
        }),
      )
    ).id;
  const mandate: RegisterDemoBuilders['mandate'] = async (input) =>
    createMandate(
      ctx,
      mandateInput.parse({
        role: 'titulaire',
        roleOther: null,
        endDate: null,
        designatingAuthority: null,
        designationReference: null,
        proposingAssociation: FAS,
        notes: null,
        pairedMandateId: null,
        overCapacityJustification: null,
        ...input,
      }),
    );
  return { ctx, today, person, type, organisation, instance, mandate };
}
