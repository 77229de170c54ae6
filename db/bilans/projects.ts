/** What the bilans read of projects: one project's facts, and the actions of the projects a financement funds. */
import { sql } from 'kysely';
import type { Executor } from '../audit';

/** A project with the organisation that carries it (directly or through one of its instances). */
export async function projectFacts(db: Executor, id: number) {
  return db
    .selectFrom('action as a')
    .leftJoin('instance as i', 'i.id', 'a.instance_id')
    .select([
      'a.id',
      'a.kind',
      'a.title',
      'a.status',
      'a.start_date',
      'a.end_date',
      'a.carrier',
      sql<number | null>`coalesce(a.organisation_id, i.organisation_id)`.as('organisation_id'),
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}
export type ProjectFacts = NonNullable<Awaited<ReturnType<typeof projectFacts>>>;
