/** The lists of reports and of follow-ups: filtered, searched and paged in SQL. */
import type { FollowUpFilter } from '../../shared/reports/schemas';
import { searchTerms } from '../../shared/rules/text';
import type { Executor } from '../audit';
import { meetingColumns, meetingNamed } from './report-meetings';

export interface ReportFilter {
  search: string;
  year: number | null;
  instanceId: number | null;
  representativeId: number | null;
  offset: number;
  limit: number;
}

const likeOf = (term: string) => `%${term.replace(/[%_\\]/g, '')}%`;

function reportsQuery(
  db: Executor,
  f: Pick<ReportFilter, 'search' | 'year' | 'instanceId' | 'representativeId'>,
) {
  let q = meetingNamed(db)
    .innerJoin('mandate_report as mr', 'mr.meeting_id', 'm.id')
    .innerJoin('representative as r', 'r.id', 'mr.representative_id');
  if (f.year !== null)
    q = q.where('m.date', '>=', `${f.year}-01-01`).where('m.date', '<=', `${f.year}-12-31`);
  if (f.instanceId !== null) q = q.where('m.instance_id', '=', f.instanceId);
  if (f.representativeId !== null) q = q.where('mr.representative_id', '=', f.representativeId);
  for (const term of searchTerms(f.search)) {
    const like = likeOf(term);
    q = q.where((eb) => eb.or([eb('mr.search_text', 'like', like), eb('r.search_text', 'like', like)]));
  }
  return q;
}

export async function listReports(db: Executor, f: ReportFilter) {
  const total = await reportsQuery(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await reportsQuery(db, f)
    .select((eb) => [
      ...meetingColumns(eb),
      'mr.id',
      'mr.representative_id',
      'mr.points_raised',
      'mr.positions_taken',
      'mr.confidential',
      'mr.written_on',
      'r.first_name',
      'r.last_name',
      eb
        .selectFrom('report_follow_up as f')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('f.report_id', '=', 'mr.id')
        .where('f.done_on', 'is', null)
        .as('open_follow_ups'),
      eb
        .selectFrom('report_document as d')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('d.report_id', '=', 'mr.id')
        .as('document_count'),
    ])
    .orderBy('m.date', 'desc')
    .orderBy('r.last_name')
    .orderBy('r.first_name')
    .orderBy('mr.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total.n), rows };
}

export interface FollowUpFilterValues {
  state: FollowUpFilter;
  search: string;
  today: string;
  offset: number;
  limit: number;
}

function followUpsQuery(db: Executor, f: Pick<FollowUpFilterValues, 'state' | 'search' | 'today'>) {
  let q = meetingNamed(db)
    .innerJoin('mandate_report as mr', 'mr.meeting_id', 'm.id')
    .innerJoin('representative as r', 'r.id', 'mr.representative_id')
    .innerJoin('report_follow_up as f', 'f.report_id', 'mr.id')
    .leftJoin('representative as p', 'p.id', 'f.owner_representative_id');
  if (f.state === 'faits') q = q.where('f.done_on', 'is not', null);
  else q = q.where('f.done_on', 'is', null);
  if (f.state === 'en_retard') q = q.where('f.due_on', '<', f.today);
  for (const term of searchTerms(f.search)) {
    const like = likeOf(term);
    q = q.where((eb) =>
      eb.or([
        eb('mr.search_text', 'like', like),
        eb('r.search_text', 'like', like),
        eb('p.search_text', 'like', like),
      ]),
    );
  }
  return q;
}

/** Columns of a follow-up line with its report's meeting and person (and the owner's name). */
export const followUpLineQuery = <Q extends ReturnType<typeof followUpsQuery>>(q: Q) =>
  q.select((eb) => [
    ...meetingColumns(eb),
    'f.id',
    'f.report_id',
    'f.description',
    'f.due_on',
    'f.owner_representative_id',
    'f.owner_text',
    'f.done_on',
    'mr.representative_id',
    'r.first_name',
    'r.last_name',
    'p.first_name as owner_first_name',
    'p.last_name as owner_last_name',
  ]);

export async function listFollowUps(db: Executor, f: FollowUpFilterValues) {
  const total = await followUpsQuery(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  let q = followUpLineQuery(followUpsQuery(db, f));
  q =
    f.state === 'faits'
      ? q.orderBy('f.done_on', 'desc').orderBy('f.id', 'desc')
      : q
          .orderBy((eb) => eb.case().when('f.due_on', 'is', null).then(1).else(0).end())
          .orderBy('f.due_on')
          .orderBy('f.id');
  const rows = await q.limit(f.limit).offset(f.offset).execute();
  return { total: Number(total.n), rows };
}

/** Open follow-ups due on or before `until` (late ones included), the first `limit` by due date. */
export async function dueFollowUps(db: Executor, until: string, today: string, limit: number) {
  const base = () =>
    followUpsQuery(db, { state: 'a_faire', search: '', today })
      .where('f.due_on', 'is not', null)
      .where('f.due_on', '<=', until);
  const total = await base()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await followUpLineQuery(base()).orderBy('f.due_on').orderBy('f.id').limit(limit).execute();
  return { total: Number(total.n), rows };
}
