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

export interface SettledGroup {
  status: SettledStatus;
  label: string | null;
  cents: number;
}

export interface SettledFigures {
  totals: SettledTotals[];
  byKind: Array<SettledGroup & { kind: StoredLineKind }>;
  byInstance: SettledGroup[];
}

interface SettledRow {
  part: 'total' | 'kind' | 'owner';
  status: SettledStatus;
  current: number;
  kind: StoredLineKind | null;
  label: string | null;
  claims: number | null;
  cents: number;
}

/**
 * Claims paid and renounced in both periods (their number and amount), and in the current one
 * by kind of expense and by instance or project (the `limit` largest): a line of a session counts
 * for its action's project, or for the action itself when it is in no project. The lines of both
 * periods are read once into `l`, then summed three ways: one pass over 100,000 claim lines
 * instead of three.
 */
export async function settledFigures(
  db: Executor,
  scope: ScopeData,
  current: ResolvedPeriod,
  previous: ResolvedPeriod,
  limit: number,
): Promise<SettledFigures> {
  const owned = linesInScope(scope, true);
  const result = await sql<SettledRow>`
    with ${moneyCtes(scope)},
    l as materialized (
      select c.id as claim_id, c.status, (${settledOn} >= ${current.from}) as current, cl.kind, cl.amount_cents,
        s.id as instance_id, coalesce(sa.project_id, sa.id) as project_id
      from claim c join claim_line cl on cl.claim_id = c.id ${owned.join}
      where c.status in ('payee', 'abandonnee') ${owned.where}
        and (${settledOn} between ${current.from} and ${current.until} or ${settledOn} between ${previous.from} and ${previous.until})),
    owners as (
      select status, instance_id, project_id, sum(amount_cents) as cents,
        row_number() over (partition by status order by sum(amount_cents) desc) as rank
      from l where current = 1 group by status, instance_id, project_id)
    select 'total' as part, status, current, null as kind, null as label, count(distinct claim_id) as claims,
      sum(amount_cents) as cents
    from l group by status, current
    union all
    select 'kind', status, 1, kind, null, null, sum(amount_cents) from l where current = 1 group by status, kind
    union all
    select 'owner', o.status, 1, null, case
        when s.id is not null then s.name || ' (' || s.organisation_name || ')'
        when pj.id is not null then pj.title end, null, o.cents
    from owners o left join scoped s on s.id = o.instance_id left join action pj on pj.id = o.project_id
    where o.rank <= ${limit}`.execute(db);
  const rows = result.rows.map((r) => ({ ...r, current: Number(r.current), cents: Number(r.cents) }));
  const desc = (a: { cents: number }, b: { cents: number }) => b.cents - a.cents;
  return {
    totals: rows
      .filter((r) => r.part === 'total')
      .map((r) => ({ status: r.status, current: r.current, claims: Number(r.claims), cents: r.cents })),
    byKind: rows
      .filter((r): r is SettledRow & { kind: StoredLineKind } => r.part === 'kind' && r.kind !== null)
      .sort(desc)
      .map((r) => ({ status: r.status, kind: r.kind, label: null, cents: r.cents })),
    byInstance: rows
      .filter((r) => r.part === 'owner')
      .sort(desc)
      .map((r) => ({ status: r.status, label: r.label, cents: r.cents })),
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
