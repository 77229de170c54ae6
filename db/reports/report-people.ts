/** What the comptes rendus read of the register: a person's name, owners of follow-ups, an instance. */
import { personName } from '../../shared/rules/person-name';
import { searchTerms } from '../../shared/rules/text';
import type { Executor } from '../audit';

export async function personNameById(db: Executor, id: number): Promise<string | null> {
  const row = await db
    .selectFrom('representative')
    .select(['first_name', 'last_name'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? personName(row.first_name, row.last_name) : null;
}

/** People not archived whose name holds every term, alphabetical, the first `limit`. */
export async function findPeople(db: Executor, search: string, limit: number) {
  let q = db
    .selectFrom('representative')
    .select(['id', 'first_name', 'last_name'])
    .where('archived_at', 'is', null);
  for (const term of searchTerms(search))
    q = q.where('search_text', 'like', `%${term.replace(/[%_\\]/g, '')}%`);
  const rows = await q.orderBy('search_text').orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, name: personName(r.first_name, r.last_name) }));
}

export async function instanceNamed(db: Executor, id: number) {
  return db
    .selectFrom('instance as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select(['i.name', 'o.name as organisation'])
    .where('i.id', '=', id)
    .executeTakeFirst();
}
