/** Reading the audit log: one record's entries a page at a time, and the whole log in id order. */
import type { Executor } from '../audit';

export async function countRecordEntries(db: Executor, entity: string, entityId: number): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Newest first, by the (entity, entity_id, id) index. */
export function recordEntries(db: Executor, entity: string, entityId: number, offset: number, limit: number) {
  return db
    .selectFrom('audit_log')
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .select(['id', 'at', 'actor', 'action', 'details', 'redacted_at'])
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countEntries(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The next entries after `afterId`, in id order (keyset paging: each page costs the same). */
export function entriesAfter(db: Executor, afterId: number, limit: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
