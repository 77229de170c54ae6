/**
 * What the yearly compte rendu d'activité reads: the reports of a year, for a few people at a time
 * or for one instance, with their follow-ups. Confidential reports are only counted.
 */
import type { Executor } from '../audit';
import { idList } from '../id-list';
import { meetingColumns, meetingNamed } from './report-meetings';
import { ownerName } from './reports';

export type ActivityScope = { representativeIds: readonly number[] } | { instanceId: number };

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

function scoped(db: Executor, scope: ActivityScope, year: number) {
  const [from, to] = yearBounds(year);
  let q = meetingNamed(db)
    .innerJoin('mandate_report as mr', 'mr.meeting_id', 'm.id')
    .innerJoin('representative as r', 'r.id', 'mr.representative_id')
    .where('m.date', '>=', from)
    .where('m.date', '<=', to);
  q =
    'instanceId' in scope
      ? q.where('m.instance_id', '=', scope.instanceId)
      : q.where('mr.representative_id', 'in', idList(scope.representativeIds));
  return q;
}

/** The reports of the scope and year that may be shown, by person then date. */
export async function activityReports(db: Executor, scope: ActivityScope, year: number) {
  return scoped(db, scope, year)
    .where('mr.confidential', '=', 0)
    .select((eb) => [
      ...meetingColumns(eb),
      'mr.id',
      'mr.representative_id',
      'mr.points_raised',
      'mr.positions_taken',
      'r.civility',
      'r.first_name',
      'r.last_name',
    ])
    .orderBy('r.search_text')
    .orderBy('r.id')
    .orderBy('m.date')
    .orderBy('m.start_time')
    .orderBy('m.id')
    .execute();
}

/** The follow-ups of those reports (not of the confidential ones), by due date. */
export async function activityFollowUps(db: Executor, scope: ActivityScope, year: number) {
  const rows = await scoped(db, scope, year)
    .where('mr.confidential', '=', 0)
    .innerJoin('report_follow_up as f', 'f.report_id', 'mr.id')
    .leftJoin('representative as p', 'p.id', 'f.owner_representative_id')
    .select([
      'f.report_id',
      'f.description',
      'f.due_on',
      'f.done_on',
      'f.owner_text',
      'p.first_name as owner_first_name',
      'p.last_name as owner_last_name',
    ])
    .orderBy('f.report_id')
    .orderBy((eb) => eb.case().when('f.due_on', 'is', null).then(1).else(0).end())
    .orderBy('f.due_on')
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({ ...r, owner_name: ownerName(r) }));
}

/** Confidential reports left out, per person of the scope. */
export async function confidentialCounts(
  db: Executor,
  scope: ActivityScope,
  year: number,
): Promise<Map<number, number>> {
  const rows = await scoped(db, scope, year)
    .where('mr.confidential', '=', 1)
    .select((eb) => ['mr.representative_id', eb.fn.countAll<number>().as('n')])
    .groupBy('mr.representative_id')
    .execute();
  return new Map(rows.map((r) => [r.representative_id, Number(r.n)]));
}

/**
 * The next `limit` people (alphabetical, after the cursor) who reported back on a meeting of the
 * year: the batch walks through them a page at a time.
 */
export async function peopleWithReports(
  db: Executor,
  year: number,
  after: { searchText: string; id: number } | null,
  limit: number,
) {
  const [from, to] = yearBounds(year);
  let q = db
    .selectFrom('representative as r')
    .select(['r.id', 'r.search_text'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('mandate_report as mr')
          .innerJoin('meeting as m', 'm.id', 'mr.meeting_id')
          .select('mr.id')
          .whereRef('mr.representative_id', '=', 'r.id')
          .where('m.date', '>=', from)
          .where('m.date', '<=', to),
      ),
    );
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('r.search_text', '>', after.searchText),
        eb.and([eb('r.search_text', '=', after.searchText), eb('r.id', '>', after.id)]),
      ]),
    );
  return q.orderBy('r.search_text').orderBy('r.id').limit(limit).execute();
}

/** How many people the batch will go through (for its progress). */
export async function countPeopleWithReports(db: Executor, year: number): Promise<number> {
  const [from, to] = yearBounds(year);
  const row = await db
    .selectFrom('mandate_report as mr')
    .innerJoin('meeting as m', 'm.id', 'mr.meeting_id')
    .select((eb) => eb.fn.count<number>('mr.representative_id').distinct().as('n'))
    .where('m.date', '>=', from)
    .where('m.date', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
