/** Reimbursement policies per year; a year without its own policy takes the latest earlier one. */
import { policyKinds, type PolicyData } from '../../shared/claims/settings';
import type { Policy } from '../../shared/claims/types';
import type { Selectable } from 'kysely';
import type { ClaimPolicyKindTable, ClaimPolicyTable } from '../schema';
import type { Executor } from '../audit';

export function defaultPolicy(year: number): Policy {
  return {
    year,
    inheritedFrom: null,
    mileageMode: 'bareme',
    flatRates: { voiture: 0, moto: 0, cyclomoteur: 0 },
    kinds: policyKinds.map((kind) => ({
      kind,
      capCents: null,
      // Without a receipt a parking ticket or a train fare cannot be checked; meals neither.
      receiptRequired: kind !== 'peage' && kind !== 'autre',
    })),
  };
}

export async function listPolicyYears(db: Executor): Promise<number[]> {
  const rows = await db.selectFrom('claim_policy').select('year').orderBy('year').execute();
  return rows.map((r) => r.year);
}

type PolicyRow = Selectable<ClaimPolicyTable>;
type PolicyKindRow = Selectable<ClaimPolicyKindTable>;

/** The policy of `year` from the stored policy it follows (its own or the latest earlier one). */
function policyOf(year: number, head: PolicyRow | undefined, kindRows: readonly PolicyKindRow[]): Policy {
  if (!head) return defaultPolicy(year);
  const base = defaultPolicy(year);
  const kinds = base.kinds.map((k) => {
    const row = kindRows.find((r) => r.year === head.year && r.kind === k.kind);
    return row ? { kind: k.kind, capCents: row.cap_cents, receiptRequired: row.receipt_required === 1 } : k;
  });
  return {
    year,
    inheritedFrom: head.year === year ? null : head.year,
    mileageMode: head.mileage_mode === 'forfait' ? 'forfait' : 'bareme',
    flatRates: {
      voiture: head.flat_rate_voiture_milli,
      moto: head.flat_rate_moto_milli,
      cyclomoteur: head.flat_rate_cyclomoteur_milli,
    },
    kinds,
  };
}

export async function getPolicy(db: Executor, year: number): Promise<Policy> {
  const head = await db
    .selectFrom('claim_policy')
    .selectAll()
    .where('year', '<=', year)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return defaultPolicy(year);
  const kindRows = await db
    .selectFrom('claim_policy_kind')
    .selectAll()
    .where('year', '=', head.year)
    .execute();
  return policyOf(year, head, kindRows);
}

/**
 * The policies of several years in two queries, whatever their number: the stored policies are
 * one per year the association configured, a handful, read whole up to the latest year asked.
 */
export async function getPolicies(db: Executor, years: Iterable<number>): Promise<Map<number, Policy>> {
  const wanted = [...new Set(years)];
  if (wanted.length === 0) return new Map();
  const latest = Math.max(...wanted);
  const heads = await db
    .selectFrom('claim_policy')
    .selectAll()
    .where('year', '<=', latest)
    .orderBy('year', 'desc')
    .execute();
  const kindRows =
    heads.length === 0
      ? []
      : await db.selectFrom('claim_policy_kind').selectAll().where('year', '<=', latest).execute();
  return new Map(
    wanted.map((year) => [
      year,
      policyOf(
        year,
        heads.find((h) => h.year <= year),
        kindRows,
      ),
    ]),
  );
}

export async function savePolicy(db: Executor, policy: PolicyData, at: string): Promise<void> {
  const values = {
    mileage_mode: policy.mileageMode,
    flat_rate_voiture_milli: policy.flatRates.voiture,
    flat_rate_moto_milli: policy.flatRates.moto,
    flat_rate_cyclomoteur_milli: policy.flatRates.cyclomoteur,
    updated_at: at,
  };
  await db
    .insertInto('claim_policy')
    .values({ year: policy.year, ...values })
    .onConflict((oc) => oc.column('year').doUpdateSet(values))
    .execute();
  await db.deleteFrom('claim_policy_kind').where('year', '=', policy.year).execute();
  for (const k of policy.kinds) {
    await db
      .insertInto('claim_policy_kind')
      .values({
        year: policy.year,
        kind: k.kind,
        cap_cents: k.capCents,
        receipt_required: k.receiptRequired ? 1 : 0,
      })
      .execute();
  }
}
