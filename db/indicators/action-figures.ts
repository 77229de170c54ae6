/**
 * Figures of actions and projects, of their sessions and of the questionnaires' answers, for both
 * periods at once (`current` 1 or 0), over the `scoped_actions` CTE of scope.ts. Sessions are the
 * `meeting` rows with an `action_id`; they never enter the meetings figures (see
 * shared/indicators/catalogue-engagement.ts for why).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../audit';
import type { ActionKind, ActionPhase } from '../../shared/actions/schemas';
import type { InvolvementLevel } from '../../shared/register/schemas';
import type { SurveyAudience } from '../../shared/surveys/schemas';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import { PRESENT_SQL, presentMinutesSumSql, scopedActionsCte, scopedCte } from './scope';

/** Both periods as rows, so one statement reads each action once per period it meets. */
const periodsCte = (current: ResolvedPeriod, previous: ResolvedPeriod): RawBuilder<unknown> =>
  sql`periods(current, p_from, p_until) as (values (1, ${current.from}, ${current.until}), (0, ${previous.from}, ${previous.until}))`;

/** The dates of either period, as one range for the date index and the exact days after. */
export function inEitherPeriod(
  column: string,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): RawBuilder<boolean> {
  const c = sql.ref(column);
  const last = current.until > previous.until ? current.until : previous.until;
  return sql<boolean>`(${c} between ${previous.from} and ${last}
    and (${c} between ${current.from} and ${current.until} or ${c} between ${previous.from} and ${previous.until}))`;
}

/**
 * Someone of the register sat (présent or à distance) at a held session of the action `sa`, or,
 * for a project, of one of its actions, within the period row `p`.
 */
export const withUsersSql = sql<boolean>`exists (select 1 from meeting mt join attendance a on a.meeting_id = mt.id
  where (mt.action_id = sa.id or mt.action_id in (select c.id from action c where c.project_id = sa.id))
    and mt.cancelled_at is null and mt.date between p.p_from and p.p_until and ${PRESENT_SQL})`;

/** Beneficiaries are those of actions, and of a project only when it has no action. */
export const carriesBeneficiariesSql = sql<boolean>`(sa.kind = 'action' or not exists (select 1 from action c where c.project_id = sa.id))`;

/** The actions and projects of a period row `p` (shared/actions/rules.ts actionInYear, for any dates). */
export const countedInPeriodSql = sql<boolean>`(sa.status <> 'annule' and sa.start_date is not null
  and sa.start_date <= p.p_until and coalesce(sa.end_date, sa.start_date) >= p.p_from)`;

export interface ActionGroup {
  current: number;
  kind: ActionKind;
  phase: ActionPhase | null;
  level: InvolvementLevel | null;
  actions: number;
  withUsers: number;
  expected: number;
  actual: number;
}

export async function actionGroups(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<ActionGroup[]> {
  const result = await sql<ActionGroup>`
    with ${scopedActionsCte(scope)}, ${periodsCte(current, previous)}
    select p.current, sa.kind, sa.phase, sa.involvement_level as level, count(*) as actions,
      sum(${withUsersSql}) as withUsers,
      sum(case when ${carriesBeneficiariesSql} then coalesce(sa.expected_beneficiaries, 0) else 0 end) as expected,
      sum(case when ${carriesBeneficiariesSql} then coalesce(sa.actual_beneficiaries, 0) else 0 end) as actual
    from scoped_actions sa join periods p on ${countedInPeriodSql}
    group by 1, 2, 3, 4`.execute(db);
  return result.rows.map((r) => ({
    current: Number(r.current),
    kind: r.kind,
    phase: r.phase,
    level: r.level,
    actions: Number(r.actions),
    withUsers: Number(r.withUsers),
    expected: Number(r.expected),
    actual: Number(r.actual),
  }));
}

export interface SessionGroup {
  current: number;
  month: string;
  sessions: number;
  counted: number;
  minutes: number;
}

/** Held sessions of the scope's actions, by period and month: count, people counted, minutes of presence. */
export async function sessionGroups(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<SessionGroup[]> {
  const result = await sql<SessionGroup>`
    with ${scopedActionsCte(scope)},
    per_session as (
      select mt.id, mt.date, coalesce(mt.counted_participants, 0) as counted,
        ${presentMinutesSumSql} as minutes
      from meeting mt
      join scoped_actions sa on sa.id = mt.action_id
      left join attendance a on a.meeting_id = mt.id
      where mt.cancelled_at is null and ${inEitherPeriod('mt.date', current, previous)}
      group by mt.id)
    select (date >= ${current.from}) as current, substr(date, 1, 7) as month, count(*) as sessions,
      sum(counted) as counted, sum(minutes) as minutes
    from per_session group by 1, 2`.execute(db);
  return result.rows.map((r) => ({
    current: Number(r.current),
    month: r.month,
    sessions: Number(r.sessions),
    counted: Number(r.counted),
    minutes: Number(r.minutes),
  }));
}

/** People of the register present at a held session of the scope's actions, each once per period. */
export async function sessionPeople(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<Array<{ current: number; people: number }>> {
  const result = await sql<{ current: number; people: number }>`
    with ${scopedActionsCte(scope)}
    select (mt.date >= ${current.from}) as current, count(distinct a.representative_id) as people
    from meeting mt
    join scoped_actions sa on sa.id = mt.action_id
    join attendance a on a.meeting_id = mt.id
    where mt.cancelled_at is null and ${PRESENT_SQL} and ${inEitherPeriod('mt.date', current, previous)}
    group by 1`.execute(db);
  return result.rows.map((r) => ({ current: Number(r.current), people: Number(r.people) }));
}

/**
 * The questionnaires of the scope (alias `sv`): every one over everything; otherwise those
 * attached to an instance or an action of the scope.
 */
export function surveyInScope(scope: ScopeData): RawBuilder<boolean> {
  if (scope.kind === 'tout') return sql<boolean>`1 = 1`;
  return sql<boolean>`(sv.instance_id in (select id from scoped) or sv.action_id in (select id from scoped_actions))`;
}

export interface SurveyGroup {
  current: number;
  audience: SurveyAudience;
  responses: number;
  scoreSum: number;
  scores: number;
}

/** Answers received in each period, by audience: responses, and the sum and number of 1–5 scores. */
export async function surveyGroups(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<SurveyGroup[]> {
  const result = await sql<SurveyGroup>`
    with ${scopedCte(scope)}, ${scopedActionsCte(scope)},
    per_response as (
      select r.id, r.received_on, sv.audience,
        (select coalesce(sum(ans.value_int), 0) from survey_answer ans join survey_question q on q.id = ans.question_id
          where ans.response_id = r.id and q.kind = 'echelle' and ans.value_int is not null) as score_sum,
        (select count(*) from survey_answer ans join survey_question q on q.id = ans.question_id
          where ans.response_id = r.id and q.kind = 'echelle' and ans.value_int is not null) as scores
      from survey_response r join survey sv on sv.id = r.survey_id
      where ${surveyInScope(scope)} and ${inEitherPeriod('r.received_on', current, previous)})
    select (received_on >= ${current.from}) as current, audience, count(*) as responses,
      sum(score_sum) as scoreSum, sum(scores) as scores
    from per_response group by 1, 2`.execute(db);
  return result.rows.map((r) => ({
    current: Number(r.current),
    audience: r.audience,
    responses: Number(r.responses),
    scoreSum: Number(r.scoreSum),
    scores: Number(r.scores),
  }));
}
