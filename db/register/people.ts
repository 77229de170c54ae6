/**
 * A person of the register as the other domains need them (attestations, meetings, charters,
 * trainings, mandates): name, civility, postal address, employment. The register's own pages
 * read the full record through representatives.ts.
 */
import type { Executor } from '../audit';
import { idList } from '../id-list';
import type { RepresentativeRow } from '../schema';

export interface PersonRecord {
  id: number;
  civility: RepresentativeRow['civility'];
  firstName: string;
  lastName: string;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  employed: boolean;
  /** As recorded, even when `employed` is off (the form keeps it). */
  employer: string | null;
  archived: boolean;
}

const columns = [
  'id',
  'civility',
  'first_name',
  'last_name',
  'address_line',
  'postal_code',
  'city',
  'employed',
  'employer',
  'archived_at',
] as const;

type Row = Pick<RepresentativeRow, (typeof columns)[number]>;

const toPerson = (r: Row): PersonRecord => ({
  id: r.id,
  civility: r.civility,
  firstName: r.first_name,
  lastName: r.last_name,
  addressLine: r.address_line,
  postalCode: r.postal_code,
  city: r.city,
  employed: r.employed === 1,
  employer: r.employer,
  archived: r.archived_at !== null,
});

export async function getPerson(db: Executor, id: number): Promise<PersonRecord | null> {
  const row = await db.selectFrom('representative').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toPerson(row) : null;
}

/** The people of `ids` that exist, in alphabetical order. */
export async function peopleByIds(db: Executor, ids: readonly number[]): Promise<PersonRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('representative')
    .select(columns)
    .where('id', 'in', idList(ids))
    .orderBy('search_text')
    .orderBy('id')
    .execute();
  return rows.map(toPerson);
}

/** Everyone not archived (only the employed ones when asked), in alphabetical order. */
export async function activePeople(
  db: Executor,
  filter: { employedOnly?: boolean } = {},
): Promise<PersonRecord[]> {
  let query = db.selectFrom('representative').select(columns).where('archived_at', 'is', null);
  if (filter.employedOnly) query = query.where('employed', '=', 1);
  const rows = await query.orderBy('search_text').orderBy('id').execute();
  return rows.map(toPerson);
}
