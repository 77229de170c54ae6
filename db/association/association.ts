import type { AssociationData, AssociationOfficers } from '../../shared/association/schemas';
import { associationOfficersSchema } from '../../shared/association/schemas';
import type { AssociationRow } from '../schema';
import type { Executor } from '../audit';

export async function getAssociationRow(db: Executor): Promise<AssociationRow | undefined> {
  return db.selectFrom('association').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function saveAssociation(db: Executor, data: AssociationData, at: string): Promise<void> {
  const values = {
    name: data.name,
    address_line: data.addressLine,
    postal_code: data.postalCode,
    city: data.city,
    rna: data.rna,
    siren: data.siren,
    objet: data.objet,
    organism_type: data.organismType,
    president: data.president,
    treasurer: data.treasurer,
    document_place: data.documentPlace,
    iban: data.iban,
    bic: data.bic,
    updated_at: at,
  };
  await db
    .insertInto('association')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export async function setLogo(
  db: Executor,
  logo: Buffer | null,
  mime: string | null,
  at: string,
): Promise<void> {
  await db
    .insertInto('association')
    .values({ id: 1, logo, logo_mime: mime, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ logo, logo_mime: mime, updated_at: at }))
    .execute();
}

/** Settings-store key of the officers' civilities (no column: the store takes new settings freely). */
export const OFFICERS_SETTING = 'association-officers';

/** The civilities of the president and the treasurer; empty when never said or unreadable. */
export async function getOfficerCivilities(db: Executor): Promise<AssociationOfficers> {
  const row = await db
    .selectFrom('setting')
    .select('value')
    .where('key', '=', OFFICERS_SETTING)
    .executeTakeFirst();
  let stored: unknown;
  try {
    stored = row ? (JSON.parse(row.value) as unknown) : {};
  } catch {
    stored = {};
  }
  const parsed = associationOfficersSchema.safeParse(stored);
  return parsed.success ? parsed.data : associationOfficersSchema.parse({});
}

export async function saveOfficerCivilities(db: Executor, officers: AssociationOfficers): Promise<void> {
  const value = JSON.stringify(associationOfficersSchema.parse(officers));
  await db
    .insertInto('setting')
    .values({ key: OFFICERS_SETTING, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
