import type { Executor } from '../audit';

/** When the first migration ran: how long this data file has existed. */
export async function firstMigrationAt(db: Executor): Promise<string | null> {
  const row = await db
    .selectFrom('schema_version')
    .select((eb) => eb.fn.min('applied_at').as('at'))
    .executeTakeFirst();
  return row?.at ?? null;
}
