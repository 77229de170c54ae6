import type { OrganisationData } from '../../shared/register/schemas';
import { foldForSearch, searchTerms } from '../../shared/rules/text';
import type { OrganisationSummary } from '../../shared/register/types';
import type { Executor } from '../audit';

export interface OrganisationFilter {
  search: string;
  status: 'actifs' | 'archives' | 'tous';
  sort: 'nom' | 'type' | 'ville' | 'instances';
  direction: 'asc' | 'desc';
}

export interface OrganisationRecord extends OrganisationSummary {
  addressLine: string | null;
  notes: string | null;
  archivedAt: string | null;
}

export async function listOrganisations(
  db: Executor,
  filter: OrganisationFilter,
): Promise<OrganisationRecord[]> {
  let query = db
    .selectFrom('organisation as o')
    .leftJoin('instance as i', (join) =>
      join.onRef('i.organisation_id', '=', 'o.id').on('i.archived_at', 'is', null),
    )
    .select((eb) => [
      'o.id',
      'o.name',
      'o.kind',
      'o.address_line',
      'o.postal_code',
      'o.city',
      'o.notes',
      'o.archived_at',
      eb.fn.count<number>('i.id').as('instance_count'),
    ])
    .groupBy('o.id');
  if (filter.status === 'actifs') query = query.where('o.archived_at', 'is', null);
  if (filter.status === 'archives') query = query.where('o.archived_at', 'is not', null);
  const rows = await query.execute();
  const terms = searchTerms(filter.search);
  const records = rows
    .map((r): OrganisationRecord => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      addressLine: r.address_line,
      postalCode: r.postal_code,
      city: r.city,
      notes: r.notes,
      archived: r.archived_at !== null,
      archivedAt: r.archived_at,
      instanceCount: Number(r.instance_count),
    }))
    // Organisations are a few hundred at most: folding in memory keeps accents out of SQL.
    .filter((o) => {
      if (terms.length === 0) return true;
      const text = foldForSearch([o.name, o.city, o.postalCode].filter(Boolean).join(' '));
      return terms.every((t) => text.includes(t));
    });
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const sign = filter.direction === 'asc' ? 1 : -1;
  const byName = (a: OrganisationRecord, b: OrganisationRecord) => collator.compare(a.name, b.name);
  records.sort((a, b) => {
    let c = 0;
    if (filter.sort === 'type') c = collator.compare(a.kind, b.kind);
    if (filter.sort === 'ville') c = collator.compare(a.city ?? '', b.city ?? '');
    if (filter.sort === 'instances') c = a.instanceCount - b.instanceCount;
    return sign * (c !== 0 ? c : byName(a, b)) || a.id - b.id;
  });
  return records;
}

export async function getOrganisation(db: Executor, id: number): Promise<OrganisationRecord | null> {
  const r = await db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  const count = await db
    .selectFrom('instance')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    addressLine: r.address_line,
    postalCode: r.postal_code,
    city: r.city,
    notes: r.notes,
    archived: r.archived_at !== null,
    archivedAt: r.archived_at,
    instanceCount: Number(count.n),
  };
}

/** Any instance, archived or not, keeps the organisation from being deleted. */
export async function organisationHasInstances(db: Executor, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('instance')
    .select('id')
    .where('organisation_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

const columnsOf = (data: OrganisationData) => ({
  name: data.name,
  kind: data.kind,
  address_line: data.addressLine,
  postal_code: data.postalCode,
  city: data.city,
  notes: data.notes,
});

export async function insertOrganisation(db: Executor, data: OrganisationData, at: string): Promise<number> {
  const row = await db
    .insertInto('organisation')
    .values({ ...columnsOf(data), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrganisation(
  db: Executor,
  id: number,
  data: OrganisationData,
  at: string,
): Promise<void> {
  await db
    .updateTable('organisation')
    .set({ ...columnsOf(data), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setOrganisationArchived(
  db: Executor,
  id: number,
  archivedAt: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('organisation')
    .set({ archived_at: archivedAt, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteOrganisation(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('organisation').where('id', '=', id).execute();
}

export async function findOrganisationByName(db: Executor, name: string): Promise<number | null> {
  const row = await db.selectFrom('organisation').select('id').where('name', '=', name).executeTakeFirst();
  return row?.id ?? null;
}
