/** The association as every document prints it: letterhead, identifiers, officers, logo, « Fait à ». */
import { getAssociationRow, getOfficerCivilities } from '../../db/association/association';
import type { Executor } from '../../db/audit';
import type { AssociationIdentity } from '../documents/types';
import { AppError } from '../errors';

/**
 * What is recorded (empty text where nothing is yet: the tax receipt lists what is missing;
 * the letterhead shows a neutral name).
 */
export async function associationIdentity(db: Executor): Promise<AssociationIdentity> {
  const row = await getAssociationRow(db);
  const officers = await getOfficerCivilities(db);
  const mime = row?.logo_mime === 'image/png' || row?.logo_mime === 'image/jpeg' ? row.logo_mime : null;
  return {
    name: row?.name ?? '',
    addressLine: row?.address_line ?? '',
    postalCode: row?.postal_code ?? '',
    city: row?.city ?? '',
    rna: row?.rna ?? null,
    siren: row?.siren ?? null,
    objet: row?.objet ?? '',
    organismType: row?.organism_type ?? '',
    president: row?.president ?? '',
    presidentCivility: officers.presidentCivility,
    treasurer: row?.treasurer ?? '',
    treasurerCivility: officers.treasurerCivility,
    documentPlace: row?.document_place ?? '',
    logo: row?.logo && mime ? { data: Buffer.from(row.logo), mime } : null,
  };
}

/** For documents that certify something to a third party (attestations, relevés): refused until the association is described. */
export async function requiredAssociationIdentity(db: Executor): Promise<AssociationIdentity> {
  const identity = await associationIdentity(db);
  if (identity.name.trim() === '') {
    throw new AppError(
      'FORBIDDEN_STATE',
      'Renseignez d’abord l’identité de l’association (Paramètres › Association) : elle figure sur chaque document.',
    );
  }
  return identity;
}
