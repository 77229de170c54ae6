/**
 * Figures of money: claims paid and renounced (abandon de frais) by the date they were paid or
 * renounced, by kind of expense and by instance; reçus fiscaux issued. In a scope, the claim
 * lines tied to a meeting of a scoped instance.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../audit';
import type { ScopeData } from '../../shared/indicators/schemas';
import type { ResolvedPeriod } from '../../shared/indicators/types';
import type { StoredLineKind } from '../../shared/claims/schemas';
import { personInScope, scopedCte } from './scope';

export type SettledStatus = 'payee' | 'abandonnee';

/** The day that puts a claim in a period: paid on, or the renunciation signed on. */
const settledOn = sql`(case c.status when 'payee' then c.paid_on else c.renounced_on end)`;

/**
 * In a scope, only the lines of a scoped instance's meetings; over everything every line, its
 * instance read only when the breakdown by instance asks for it.
 */
function linesInScope(scope: ScopeData, withInstance = false): RawBuilder<unknown> {
  if (scope.kind !== 'tout')
    return sql`join meeting mt on mt.id = cl.meeting_id join scoped s on s.id = mt.instance_id`;
  return withInstance
    ? sql`left join meeting mt on mt.id = cl.meeting_id left join scoped s on s.id = mt.instance_id`
    : sql``;
}

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
  const result = await sql<SettledTotals>`
    with ${scopedCte(scope)}
    select c.status, (${settledOn} >= ${current.from}) as current,
      count(distinct c.id) as claims, coalesce(sum(cl.amount_cents), 0) as cents
    from claim c join claim_line cl on cl.claim_id = c.id ${linesInScope(scope)}
    where c.status in ('payee', 'abandonnee')
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

/** Current period only: amounts by kind of expense, and by instance (the `limit` largest). */
export async function settledBreakdowns(
  db: Executor,
  scope: ScopeData,
  period: ResolvedPeriod,
  limit: number,
): Promise<{ byKind: Array<SettledGroup & { kind: StoredLineKind }>; byInstance: SettledGroup[] }> {
  const where = sql`c.status in ('payee', 'abandonnee') and ${settledOn} between ${period.from} and ${period.until}`;
  const [byKind, byInstance] = await Promise.all([
    sql<{ status: SettledStatus; kind: StoredLineKind; cents: number }>`
      with ${scopedCte(scope)}
      select c.status, cl.kind, sum(cl.amount_cents) as cents
      from claim c join claim_line cl on cl.claim_id = c.id ${linesInScope(scope)}
      where ${where} group by 1, 2 order by cents desc`.execute(db),
    sql<SettledGroup>`
      with ${scopedCte(scope)},
      g as (
        select c.status, s.id as instance_id, sum(cl.amount_cents) as cents
        from claim c join claim_line cl on cl.claim_id = c.id ${linesInScope(scope, true)}
        where ${where} group by 1, 2),
      ranked as (select g.*, row_number() over (partition by g.status order by g.cents desc) as rank from g)
      select r.status, case when s.id is null then null else s.name || ' (' || s.organisation_name || ')' end as label, r.cents
      from ranked r left join scoped s on s.id = r.instance_id
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
