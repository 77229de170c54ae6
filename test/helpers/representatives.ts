import { representativeInput, type RepresentativeInput } from '../../shared/register/representative';
import type { ServiceContext } from '../../electron/service-context';
import { createRepresentative } from '../../electron/register/representatives';

/** A valid representative; tests override what they are about. */
export function personInput(overrides: Partial<RepresentativeInput> = {}): RepresentativeInput {
  return {
    civility: 'Mme',
    lastName: 'D’Argenson',
    firstName: 'Hélène',
    email: 'helene@exemple.fr',
    phone: '06 12 34 56 78',
    addressLine: '3 rue des Lilas',
    postalCode: '35000',
    city: 'Rennes',
    originAssociation: 'France Rein Bretagne',
    employed: false,
    employer: null,
    iban: null,
    bic: null,
    notes: null,
    vehicles: [],
    ...overrides,
  };
}

export async function createPerson(ctx: ServiceContext, overrides: Partial<RepresentativeInput> = {}) {
  return createRepresentative(ctx, representativeInput.parse(personInput(overrides)));
}
