/** Who receives a document by e-mail: the person's name, civility and address, nothing else. */
import type { Executor } from '../audit';
import { idList } from '../id-list';

export interface Recipient {
  id: number;
  civility: string;
  firstName: string;
  lastName: string;
  email: string | null;
}

export async function recipientOf(db: Executor, representativeId: number): Promise<Recipient | null> {
  const row = await db
    .selectFrom('representative')
    .select(['id', 'civility', 'first_name', 'last_name', 'email'])
    .where('id', '=', representativeId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        civility: row.civility,
        firstName: row.first_name,
        lastName: row.last_name,
        email: row.email,
      }
    : null;
}

/** Several recipients at once: the people of one meeting (tens, a page of ids at most). */
export async function recipientsOf(db: Executor, ids: readonly number[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('representative')
    .select(['id', 'civility', 'first_name', 'last_name', 'email'])
    .where('id', 'in', idList(ids))
    .where('archived_at', 'is', null)
    .orderBy('search_text')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    civility: r.civility,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
  }));
}
