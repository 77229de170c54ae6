/**
 * The lists behind the figures of actions, sessions and questionnaires, one page at a time: the
 * same conditions as db/indicators/action-figures.ts, row by row.
 */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import type { ActionKind } from '../../shared/actions/schemas';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import type { SurveyAudience } from '../../shared/surveys/schemas';
import { carriesBeneficiariesSql, countedInPeriodSql, surveyInScope, withUsersSql } from './action-figures';
import { paged, type Page } from './details';
import { PRESENT_SQL, presenceMinutesSql, scopedActionsCte } from './scope';

const onePeriod = (period: ResolvedPeriod) =>
  sql`periods(current, p_from, p_until) as (values (1, ${period.from}, ${period.until}))`;

export interface ActionLine {
  id: number;
  kind: ActionKind;
  title: string;
  startDate: string;
  endDate: string | null;
  withUsers: number;
  people: number;
  carries: number;
  expected: number | null;
  actual: number | null;
}

/** The actions and projects of the period, those with users taking part first. */
export function actionsList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<ActionLine>(
    db,
    scope,
    sql`, ${scopedActionsCte(scope)}, ${onePeriod(period)}`,
    sql`sa.id, sa.kind, sa.title, sa.start_date as startDate, sa.end_date as endDate, ${withUsersSql} as withUsers,
      (select count(distinct a.representative_id) from meeting mt join attendance a on a.meeting_id = mt.id
        where (mt.action_id = sa.id or mt.action_id in (select c.id from action c where c.project_id = sa.id))
          and mt.cancelled_at is null and mt.date between p.p_from and p.p_until and ${PRESENT_SQL}) as people,
      ${carriesBeneficiariesSql} as carries,
      sa.expected_beneficiaries as expected, sa.actual_beneficiaries as actual`,
    sql`scoped_actions sa join periods p on ${countedInPeriodSql}`,
    sql`withUsers desc, sa.start_date desc, sa.id desc`,
    page,
  );
}

export interface SessionLine {
  id: number;
  date: string;
  title: string | null;
  actionTitle: string;
  projectTitle: string | null;
  present: number;
  counted: number | null;
  minutes: number;
}

/** The held sessions of the period, most recent first. */
export function sessionsList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<SessionLine>(
    db,
    scope,
    sql`, ${scopedActionsCte(scope)}`,
    sql`mt.id, mt.date, mt.title, sa.title as actionTitle,
      (select pj.title from action pj where pj.id = sa.project_id) as projectTitle,
      (select count(*) from attendance a where a.meeting_id = mt.id and ${PRESENT_SQL}) as present,
      mt.counted_participants as counted,
      (select coalesce(sum(${presenceMinutesSql}), 0) from attendance a where a.meeting_id = mt.id and ${PRESENT_SQL}) as minutes`,
    sql`meeting mt join scoped_actions sa on sa.id = mt.action_id
      where mt.cancelled_at is null and mt.date between ${period.from} and ${period.until}`,
    sql`mt.date desc, mt.id desc`,
    page,
  );
}

export interface SessionPersonLine {
  id: number;
  firstName: string;
  lastName: string;
  sessions: number;
  minutes: number;
}

/** People of the register present at held sessions of the period, with their hours, most first. */
export function sessionPeopleList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<SessionPersonLine>(
    db,
    scope,
    sql`, ${scopedActionsCte(scope)}, per_person as (
        select a.representative_id, count(*) as sessions, sum(${presenceMinutesSql}) as minutes
        from meeting mt join scoped_actions sa on sa.id = mt.action_id join attendance a on a.meeting_id = mt.id
        where mt.cancelled_at is null and mt.date between ${period.from} and ${period.until} and ${PRESENT_SQL}
        group by a.representative_id)`,
    sql`r.id, r.first_name as firstName, r.last_name as lastName, p.sessions, p.minutes`,
    sql`per_person p join representative r on r.id = p.representative_id`,
    sql`p.minutes desc, r.last_name, r.first_name, r.id`,
    page,
  );
}

export interface SurveyLine {
  id: number;
  title: string;
  audience: SurveyAudience;
  responses: number;
  scoreSum: number;
  scores: number;
  lastReceived: string;
}

/** The questionnaires of the scope that received answers in the period, with their count and scores. */
export function surveysList(db: Executor, scope: ScopeData, period: ResolvedPeriod, page: Page) {
  return paged<SurveyLine>(
    db,
    scope,
    sql`, ${scopedActionsCte(scope)}, per_survey as (
        select r.survey_id, count(*) as responses, max(r.received_on) as last_received,
          sum((select coalesce(sum(ans.value_int), 0) from survey_answer ans join survey_question q on q.id = ans.question_id
            where ans.response_id = r.id and q.kind = 'echelle' and ans.value_int is not null)) as score_sum,
          sum((select count(*) from survey_answer ans join survey_question q on q.id = ans.question_id
            where ans.response_id = r.id and q.kind = 'echelle' and ans.value_int is not null)) as scores
        from survey_response r where r.received_on between ${period.from} and ${period.until}
        group by r.survey_id)`,
    sql`sv.id, sv.title, sv.audience, ps.responses, ps.score_sum as scoreSum, ps.scores, ps.last_received as lastReceived`,
    sql`per_survey ps join survey sv on sv.id = ps.survey_id where ${surveyInScope(scope)}`,
    sql`ps.responses desc, sv.title, sv.id`,
    page,
  );
}
