/** Projects and actions: the list (searched, filtered, sorted, paged), one record, its writes. */
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import { yearBounds } from '../../shared/actions/rules';
import type { ActionData, ActionFilter, ActionSort } from '../../shared/actions/schemas';
import type { ActionChild, ActionSummary, ProjectOption } from '../../shared/actions/types';
import { searchTerms } from '../../shared/rules/text';
import type { Executor } from '../audit';
import type { Database } from '../schema';

/** `LIKE '%word%'` on the folded text; ESCAPE makes % and _ typed by the user plain characters. */
function contains(term: string) {
  const pattern = `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`a.search_text like ${pattern} escape '\\'`;
}

type ActionQuery<O> = SelectQueryBuilder<Database & { a: Database['action'] }, 'a', O>;

function filtered<O>(query: ActionQuery<O>, filter: ActionFilter): ActionQuery<O> {
  let q = query;
  for (const term of searchTerms(filter.search)) q = q.where(contains(term));
  if (filter.kind) q = q.where('a.kind', '=', filter.kind);
  if (filter.status) q = q.where('a.status', '=', filter.status);
  if (filter.themeId) q = q.where('a.theme_id', '=', filter.themeId);
  if (filter.projectId) q = q.where('a.project_id', '=', filter.projectId);
  if (filter.involvementLevel) q = q.where('a.involvement_level', '=', filter.involvementLevel);
  if (filter.carrier === 'association') q = q.where('a.carrier', '=', 'association');
  if (filter.organisationId) {
    const organisationId = filter.organisationId;
    // Carried by the organisation itself or by one of its instances (a correlated subquery, not a list of ids).
    q = q.where((eb) =>
      eb.or([
        eb('a.organisation_id', '=', organisationId),
        eb.exists(
          eb
            .selectFrom('instance')
            .select('instance.id')
            .whereRef('instance.id', '=', 'a.instance_id')
            .where('instance.organisation_id', '=', organisationId),
        ),
      ]),
    );
  }
  if (filter.year) {
    // The rule of shared/actions/rules.ts `actionInYear`: the period meets the year.
    const { from, to } = yearBounds(filter.year);
    q = q.where('a.start_date', '<=', to).where(sql<string>`coalesce(a.end_date, a.start_date)`, '>=', from);
  }
  return q;
}

const sessionCount = (eb: ExpressionBuilder<Database & { a: Database['action'] }, 'a'>) =>
  eb
    .selectFrom('meeting as m')
    .select((e) => e.fn.countAll<number>().as('n'))
    .whereRef('m.action_id', '=', 'a.id')
    .as('session_count');

function summaryQuery(db: Executor) {
  return db
    .selectFrom('action as a')
    .leftJoin('action as p', 'p.id', 'a.project_id')
    .leftJoin('organisation as o', 'o.id', 'a.organisation_id')
    .leftJoin('instance as i', 'i.id', 'a.instance_id')
    .leftJoin('organisation as io', 'io.id', 'i.organisation_id')
    .leftJoin('action_theme as t', 't.id', 'a.theme_id')
    .select((eb) => [
      'a.id',
      'a.kind',
      'a.title',
      'a.project_id',
      'p.title as project_title',
      'a.carrier',
      'a.organisation_id',
      'o.name as organisation_name',
      'a.instance_id',
      'i.name as instance_name',
      'io.name as instance_organisation_name',
      'a.theme_id',
      't.label as theme_label',
      'a.phase',
      'a.involvement_level',
      'a.status',
      'a.start_date',
      'a.end_date',
      'a.place',
      'a.description',
      'a.expected_beneficiaries',
      'a.actual_beneficiaries',
      'a.partners',
      'a.attestation_kind',
      'a.created_at',
      'a.updated_at',
      sessionCount(eb),
    ]);
}

export type ActionRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

/** Who carries it, as the list and the files say it. */
export function carrierNameOf(r: ActionRow): string {
  if (r.carrier === 'organisation') return r.organisation_name ?? '—';
  if (r.carrier === 'instance')
    return r.instance_organisation_name
      ? `${r.instance_name} — ${r.instance_organisation_name}`
      : (r.instance_name ?? '—');
  return 'L’association';
}

export const toSummary = (r: ActionRow): ActionSummary => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  projectId: r.project_id,
  projectTitle: r.project_title,
  carrier: r.carrier,
  carrierName: carrierNameOf(r),
  themeLabel: r.theme_label,
  involvementLevel: r.involvement_level,
  status: r.status,
  startDate: r.start_date,
  endDate: r.end_date,
  place: r.place,
  sessionCount: Number(r.session_count ?? 0),
});

function ordered<O>(query: ActionQuery<O>, sort: ActionSort, direction: 'asc' | 'desc'): ActionQuery<O> {
  let q = query;
  switch (sort) {
    case 'titre':
      // search_text starts with the folded title: an accent-insensitive order.
      q = q.orderBy('a.search_text', direction);
      break;
    case 'statut':
      q = q
        .orderBy(
          sql`case a.status when 'prevu' then 0 when 'en_cours' then 1 when 'termine' then 2 else 3 end`,
          direction,
        )
        .orderBy('a.start_date', 'desc');
      break;
    case 'porteur':
      q = q
        .orderBy(
          sql`case a.carrier when 'association' then '' else lower(coalesce(o.name, i.name, '')) end`,
          direction,
        )
        .orderBy('a.search_text', 'asc');
      break;
    default:
      // Along the (start_date, id) index; undated actions come last in the default (descending) order.
      q = q.orderBy('a.start_date', direction);
  }
  return q.orderBy('a.id', direction);
}

export interface ActionPageQuery extends ActionFilter {
  sort: ActionSort;
  direction: 'asc' | 'desc';
}

/** Every matching action in the list's order (the export: no page, no count). */
export async function allActions(db: Executor, query: ActionPageQuery): Promise<ActionRow[]> {
  return ordered(filtered(summaryQuery(db), query), query.sort, query.direction).execute();
}

/**
 * A page of the list: its ids are chosen first from `action` alone (filters, order, LIMIT), and
 * only those rows are then joined and given their session counts. Joining and counting before
 * the order did it for every matching action (5,000 counts of sessions sorted to keep 200).
 */
export async function pageOfActions(
  db: Executor,
  query: ActionPageQuery,
  page: { offset: number; limit: number },
): Promise<ActionRow[]> {
  const ids = ordered(
    filtered(
      db
        .selectFrom('action as a')
        .leftJoin('organisation as o', 'o.id', 'a.organisation_id')
        .leftJoin('instance as i', 'i.id', 'a.instance_id')
        .select('a.id'),
      query,
    ),
    query.sort,
    query.direction,
  )
    .limit(page.limit)
    .offset(page.offset);
  return ordered(
    summaryQuery(db).where(sql<boolean>`a.id in (${ids})`),
    query.sort,
    query.direction,
  ).execute();
}

export async function countActions(db: Executor, filter: ActionFilter): Promise<number> {
  const row = await filtered(db.selectFrom('action as a'), filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function getAction(db: Executor, id: number): Promise<ActionRow | null> {
  return (await summaryQuery(db).where('a.id', '=', id).executeTakeFirst()) ?? null;
}

/** The first actions of a project by date (bounded), and how many it holds in all. */
export async function projectChildren(
  db: Executor,
  projectId: number,
  limit: number,
): Promise<{ rows: ActionChild[]; total: number }> {
  const rows = await db
    .selectFrom('action')
    .select(['id', 'title', 'status', 'start_date', 'end_date'])
    .where('project_id', '=', projectId)
    .orderBy(sql`start_date is null`)
    .orderBy('start_date', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
  const count = await db
    .selectFrom('action')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return {
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      startDate: r.start_date,
      endDate: r.end_date,
    })),
    total: Number(count.n),
  };
}

export async function hasChildren(db: Executor, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('action')
    .select('id')
    .where('project_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function projectOptions(db: Executor, search: string, limit: number): Promise<ProjectOption[]> {
  let q = db.selectFrom('action as a').select(['a.id', 'a.title', 'a.status']).where('a.kind', '=', 'projet');
  for (const term of searchTerms(search)) q = q.where(contains(term));
  const rows = await q.orderBy('a.search_text').orderBy('a.id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status }));
}

export async function projectKind(db: Executor, id: number): Promise<'projet' | 'action' | null> {
  const row = await db.selectFrom('action').select('kind').where('id', '=', id).executeTakeFirst();
  return row?.kind ?? null;
}

/** The columns written from the form; the carrier keeps only the reference it needs. */
function columnsOf(data: ActionData, searchText: string) {
  return {
    kind: data.kind,
    project_id: data.kind === 'action' ? data.projectId : null,
    title: data.title,
    carrier: data.carrier,
    organisation_id: data.carrier === 'organisation' ? data.organisationId : null,
    instance_id: data.carrier === 'instance' ? data.instanceId : null,
    theme_id: data.themeId,
    phase: data.phase,
    involvement_level: data.involvementLevel,
    status: data.status,
    start_date: data.startDate,
    end_date: data.endDate,
    place: data.place,
    description: data.description,
    expected_beneficiaries: data.expectedBeneficiaries,
    actual_beneficiaries: data.actualBeneficiaries,
    partners: data.partners,
    attestation_kind: data.attestationKind,
    search_text: searchText,
  };
}

export async function insertAction(
  db: Executor,
  data: ActionData,
  searchText: string,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('action')
    .values({ ...columnsOf(data, searchText), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAction(
  db: Executor,
  id: number,
  data: ActionData,
  searchText: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('action')
    .set({ ...columnsOf(data, searchText), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setActionStatus(
  db: Executor,
  id: number,
  status: ActionData['status'],
  at: string,
): Promise<void> {
  await db.updateTable('action').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export async function deleteAction(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('action').where('id', '=', id).execute();
}

export async function organisationExists(db: Executor, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

export async function instanceExists(db: Executor, id: number): Promise<boolean> {
  return (await db.selectFrom('instance').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
