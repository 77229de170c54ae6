/**
 * Figures of money: claims paid and renounced (abandon de frais) by the date they were paid or
 * renounced, by kind of expense and by instance or project; reçus fiscaux issued. In a scope, the
 * claim lines tied to a meeting of a scoped instance or to a session of a scoped action.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../audit';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import type { StoredLineKind } from '../../shared/claims/schemas';
import { personInScope, scopedActionsCte, scopedCte } from './scope';

export type SettledStatus = 'payee' | 'abandonnee';

/** The day that puts a claim in a period: paid on, or the renunciation signed on. */
const settledOn = sql`(case c.status when 'payee' then c.paid_on else c.renounced_on end)`;

/**
 * The claim lines of the scope: in a scope, those tied to a meeting of a scoped instance or to a
 * session of a scoped action (a project: its sessions and its actions'); over everything every
 * line, its meeting read only when the breakdown by instance or project asks for it.
 */
export function linesInScope(
  scope: ScopeData,
  withOwner = false,
): { join: RawBuilder<unknown>; where: RawBuilder<unknown> } {
  if (scope.kind !== 'tout')
    return {
      join: sql`join meeting mt on mt.id = cl.meeting_id left join scoped s on s.id = mt.instance_id
        left join scoped_actions sa on sa.id = mt.action_id`,
      where: sql`and (s.id is not null or sa.id is not null)`,
    };
  return {
    join: withOwner
      ? sql`left join meeting mt on mt.id = cl.meeting_id left join scoped s on s.id = mt.instance_id
        left join scoped_actions sa on sa.id = mt.action_id`
      : sql``,
    where: sql``,
  };
}

/** The CTEs the claim lines' statements read (SQLite computes neither when a statement does not use it). */
export const moneyCtes = (scope: ScopeData): RawBuilder<unknown> =>
  sql`${scopedCte(scope)}, ${scopedActionsCte(scope)}`;

export interface SettledTotals {
  status: SettledStatus;
  current: number;
  claims: number;
  cents: number;
}

export async function settledTotals(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<SettledTotals[]> {
  const lines = linesInScope(scope);
  const result = await sql<SettledTotals>`
    with ${moneyCtes(scope)}
    select c.status, (${settledOn} >= ${current.from}) as current,
      count(distinct c.id) as claims, coalesce(sum(cl.amount_cents), 0) as cents
    from claim c join claim_line cl on cl.claim_id = c.id ${lines.join}
    where c.status in ('payee', 'abandonnee') ${lines.where}
      and (${settledOn} between ${current.from} and ${current.until} or ${settledOn} between ${previous.from} and ${previous.until})
    group by 1, 2`.execute(db);
  return result.rows.map((r) => ({
    status: r.status,
    current: Number(r.current),
    claims: Number(r.claims),
    cents: Number(r.cents),
  }));
}

export interface SettledGroup {
  status: SettledStatus;
  label: string | null;
  cents: number;
}

/**
 * Current period only: amounts by kind of expense, and by instance or project (the `limit`
 * largest): a line of a session counts for its action's project, or for the action itself when it
 * is in no project.
 */
export async function settledBreakdowns(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
  limit: number,
): Promise<{ byKind: Array<SettledGroup & { kind: StoredLineKind }>; byInstance: SettledGroup[] }> {
  const lines = linesInScope(scope);
  const owned = linesInScope(scope, true);
  const where = sql`c.status in ('payee', 'abandonnee') and ${settledOn} between ${period.from} and ${period.until}`;
  const [byKind, byInstance] = await Promise.all([
    sql<{ status: SettledStatus; kind: StoredLineKind; cents: number }>`
      with ${moneyCtes(scope)}
      select c.status, cl.kind, sum(cl.amount_cents) as cents
      from claim c join claim_line cl on cl.claim_id = c.id ${lines.join}
      where ${where} ${lines.where} group by 1, 2 order by cents desc`.execute(db),
    sql<SettledGroup>`
      with ${moneyCtes(scope)},
      g as (
        select c.status, s.id as instance_id, coalesce(sa.project_id, sa.id) as project_id, sum(cl.amount_cents) as cents
        from claim c join claim_line cl on cl.claim_id = c.id ${owned.join}
        where ${where} ${owned.where} group by 1, 2, 3),
      ranked as (select g.*, row_number() over (partition by g.status order by g.cents desc) as rank from g)
      select r.status, case
          when s.id is not null then s.name || ' (' || s.organisation_name || ')'
          when pj.id is not null then pj.title end as label, r.cents
      from ranked r left join scoped s on s.id = r.instance_id left join action pj on pj.id = r.project_id
      where r.rank <= ${limit} order by r.status, r.cents desc`.execute(db),
  ]);
  return {
    byKind: byKind.rows.map((r) => ({ status: r.status, kind: r.kind, label: null, cents: Number(r.cents) })),
    byInstance: byInstance.rows.map((r) => ({ ...r, cents: Number(r.cents) })),
  };
}

/** Reçus fiscaux issued in each period and not cancelled: count and amount. */
export async function receiptTotals(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
): Promise<Array<{ current: number; count: number; cents: number }>> {
  const result = await sql<{ current: number; count: number; cents: number }>`
    with ${scopedCte(scope)}
    select (r.issued_on >= ${current.from}) as current, count(*) as count, coalesce(sum(r.amount_cents), 0) as cents
    from tax_receipt r
    where r.cancelled_at is null and (
      (r.issued_on between ${current.from} and ${current.until} and ${personInScope(scope, 'r.representative_id', current)})
      or (r.issued_on between ${previous.from} and ${previous.until} and ${personInScope(scope, 'r.representative_id', previous)}))
    group by 1`.execute(db);
  return result.rows.map((r) => ({
    current: Number(r.current),
    count: Number(r.count),
    cents: Number(r.cents),
  }));
}
