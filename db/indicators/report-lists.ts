/**
 * What the rapport d'activité lists beside the figures: the mandates held during the period (by
 * instance) and the actions and projects carried, both in the scope and bounded — an association's
 * AG reads tens or hundreds of lines, and the count says how many were left out.
 */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import type { ActionCarrier, ActionKind, ActionStatus } from '../../shared/actions/schemas';
import type { MandateRole } from '../../shared/register/schemas';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import { countedInPeriodSql } from './action-figures';
import { PRESENT_SQL, runsDuring, scopedActionsCte, scopedCte } from './scope';

export interface HeldMandate {
  instanceName: string;
  organisationName: string;
  firstName: string;
  lastName: string;
  civility: string | null;
  role: MandateRole;
  roleOther: string | null;
  startDate: string;
  endDate: string | null;
  endedOn: string | null;
}

export async function heldMandates(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
  limit: number,
): Promise<{ total: number; rows: HeldMandate[] }> {
  const body = sql`mandate m join scoped s on s.id = m.instance_id join representative r on r.id = m.representative_id
    where ${runsDuring(period.from, period.until)}`;
  const [count, rows] = await Promise.all([
    sql<{ n: number }>`with ${scopedCte(scope)} select count(*) as n from ${body}`.execute(db),
    sql<HeldMandate>`with ${scopedCte(scope)}
      select s.name as instanceName, s.organisation_name as organisationName, r.first_name as firstName,
        r.last_name as lastName, r.civility, m.role, m.role_other as roleOther, m.start_date as startDate,
        m.end_date as endDate, m.ended_on as endedOn
      from ${body}
      order by s.organisation_name, s.name, s.id, r.last_name, r.first_name, m.start_date
      limit ${limit}`.execute(db),
  ]);
  return { total: Number(count.rows[0]?.n ?? 0), rows: rows.rows };
}

export interface CarriedAction {
  id: number;
  kind: ActionKind;
  title: string;
  carrier: ActionCarrier;
  carrierName: string | null;
  status: ActionStatus;
  startDate: string;
  endDate: string | null;
  sessions: number;
  people: number;
}

export async function carriedActions(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
  limit: number,
): Promise<{ total: number; rows: CarriedAction[] }> {
  const ctes = sql`${scopedActionsCte(scope)},
    periods(current, p_from, p_until) as (values (1, ${period.from}, ${period.until}))`;
  const body = sql`scoped_actions sa join periods p on ${countedInPeriodSql} join action ac on ac.id = sa.id`;
  const [count, rows] = await Promise.all([
    sql<{ n: number }>`with ${ctes} select count(*) as n from ${body}`.execute(db),
    sql<CarriedAction>`with ${ctes}
      select sa.id, sa.kind, sa.title, ac.carrier, sa.status, sa.start_date as startDate, sa.end_date as endDate,
        case ac.carrier
          when 'organisation' then (select o.name from organisation o where o.id = ac.organisation_id)
          when 'instance' then (select i.name from instance i where i.id = ac.instance_id) end as carrierName,
        (select count(*) from meeting mt where mt.action_id = sa.id and mt.cancelled_at is null
          and mt.date between p.p_from and p.p_until) as sessions,
        (select count(distinct a.representative_id) from meeting mt join attendance a on a.meeting_id = mt.id
          where mt.action_id = sa.id and mt.cancelled_at is null and mt.date between p.p_from and p.p_until
            and ${PRESENT_SQL}) as people
      from ${body}
      order by coalesce(sa.project_id, sa.id), sa.kind = 'action', sa.start_date, sa.id
      limit ${limit}`.execute(db),
  ]);
  return { total: Number(count.rows[0]?.n ?? 0), rows: rows.rows };
}
