/** What the bilans read of projects: one project's facts, and the actions of the projects a financement funds. */
import { sql } from 'kysely';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import type { Executor } from '../audit';
import { PRESENT_SQL, presenceMinutesSql, within } from '../indicators/scope';

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

/** The funded work: the financement's projects and their actions, bounded (the bilan prints them all). */
export const MAX_FUNDED_ACTIONS = 500;

/**
 * Each project of the financement and each of its actions, with its theme, planned dates,
 * beneficiaries, partners, and its sessions: the first and last held (not cancelled), and how
 * many. One statement, the financement's links joined (no list of ids).
 */
export async function fundedActions(db: Executor, fundingId: number) {
  const result = await sql<{
    id: number;
    kind: 'projet' | 'action';
    project_id: number | null;
    title: string;
    status: 'prevu' | 'en_cours' | 'termine' | 'annule';
    start_date: string | null;
    end_date: string | null;
    theme: string | null;
    expected_beneficiaries: number | null;
    actual_beneficiaries: number | null;
    partners: string | null;
    first_session: string | null;
    last_session: string | null;
    sessions: number;
  }>`
    with funded as (
      select a.id from funding_project fp join action a on a.id = fp.action_id where fp.funding_id = ${fundingId}
      union
      select a.id from funding_project fp join action a on a.project_id = fp.action_id where fp.funding_id = ${fundingId}
    )
    select a.id, a.kind, a.project_id, a.title, a.status, a.start_date, a.end_date, t.label as theme,
      a.expected_beneficiaries, a.actual_beneficiaries, a.partners,
      min(mt.date) as first_session, max(mt.date) as last_session, count(mt.id) as sessions
    from funded f
    join action a on a.id = f.id
    left join action_theme t on t.id = a.theme_id
    left join meeting mt on mt.action_id = a.id and mt.cancelled_at is null
    group by a.id
    order by coalesce(a.project_id, a.id), a.kind desc, a.start_date, a.title
    limit ${MAX_FUNDED_ACTIONS}`.execute(db);
  return result.rows.map((r) => ({ ...r, sessions: Number(r.sessions) }));
}
export type FundedAction = Awaited<ReturnType<typeof fundedActions>>[number];

/**
 * Volunteers' time at the sessions of the funded actions held in the period: distinct people
 * present or remote, their minutes by the presence rule of the dashboard (own times, else the
 * session's), and the participants counted without registration.
 */
export async function sessionVolunteering(db: Executor, fundingId: number, period: ResolvedPeriod) {
  const result = await sql<{ people: number; minutes: number; sessions: number }>`
    with funded as (
      select a.id from funding_project fp join action a on a.id = fp.action_id where fp.funding_id = ${fundingId}
      union
      select a.id from funding_project fp join action a on a.project_id = fp.action_id where fp.funding_id = ${fundingId}
    )
    select count(distinct case when ${PRESENT_SQL} then a.representative_id end) as people,
      coalesce(sum(case when ${PRESENT_SQL} then ${presenceMinutesSql} end), 0) as minutes,
      count(distinct mt.id) as sessions
    from funded f
    join meeting mt on mt.action_id = f.id and mt.cancelled_at is null and ${within('mt.date', period)}
    left join attendance a on a.meeting_id = mt.id`.execute(db);
  const row = result.rows[0];
  return {
    people: Number(row?.people ?? 0),
    minutes: Number(row?.minutes ?? 0),
    sessions: Number(row?.sessions ?? 0),
  };
}
