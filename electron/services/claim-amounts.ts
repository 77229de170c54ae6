/**
 * Exact amounts of claim lines.
 *
 * Mileage on the fiscal scale is cumulative per person, vehicle kind and calendar year of the
 * TRIP (never of today): a line is worth f(cumul before + km) − f(cumul before), f being the
 * yearly formula of the power bracket of the vehicle used. Every line of a claim that counts
 * (draft, submitted, validated, paid, renounced — not refused, not cancelled) adds its km.
 *
 * Order in which lines are priced within a person + vehicle kind + year:
 *  1. frozen lines (claims validated, paid or renounced), in the order they were validated
 *     (then claim, date, line): their amounts never move, their km count first;
 *  2. the claim being validated right now, by date;
 *  3. the other open lines (draft or submitted), by trip date, then claim, then line.
 * Validating a claim therefore prices it just after what is already frozen, so the frozen lines
 * always add up to f(their km) and, with the open lines, to f(total km) of the year. Open lines
 * are recomputed whenever an earlier line changes. When a frozen claim is cancelled or the
 * vehicle changes within the year, the year-end régularisation settles the difference.
 */
import {
  explainFlatRateAllowance,
  explainRegularisation,
  explainTripAllowance,
} from '../rules/mileage-explain';
import {
  flatRateAllowanceCents,
  MileageScaleError,
  regularisationCents,
  yearlyAllowanceCents,
  type VehicleKind,
  type YearScale,
} from '../rules/mileage-scale';
import { formatEuros, formatKm } from '../../shared/rules/format-fr';
import { lineKindLabels, type StoredLineKind } from '../../shared/schemas/claims';
import type { Policy } from '../../shared/types/claims';
import type { Executor } from '../../db/repositories/audit';
import * as lines from '../../db/repositories/claim-lines';
import { FROZEN_STATUSES, type MileageLineRow } from '../../db/repositories/claim-lines';
import { getPolicy } from '../../db/repositories/policies';
import { loadScale } from '../../db/repositories/scales';
import { AppError } from '../errors';

const frozen = new Set<string>(FROZEN_STATUSES);

export const billedTenthKm = (distance: number | null, roundTrip: boolean): number =>
  (distance ?? 0) * (roundTrip ? 2 : 1);

export async function scaleOrThrow(db: Executor, year: number): Promise<YearScale> {
  const scale = await loadScale(db, year);
  if (!scale) {
    throw new AppError(
      'VALIDATION',
      `Aucun barème kilométrique n’est défini pour ${year} : ouvrez l’année ${year} dans Paramètres › Frais avant de saisir des trajets de cette année.`,
    );
  }
  return scale;
}

/**
 * Amount of a non-mileage line: what was paid, capped per policy. Caps apply per line: a line is
 * one expense (one meal, one hotel night), so two meals of the same day are capped each, not
 * together. Knowingly so: a daily cap would need a notion of "day" the policy does not carry.
 */
export function priceExpense(
  policy: Policy,
  kind: StoredLineKind,
  expenseCents: number,
): { amountCents: number; explanation: string } {
  const rule = policy.kinds.find((k) => k.kind === kind);
  const spent = `Dépense ${formatEuros(expenseCents)}`;
  if (rule?.capCents != null && expenseCents > rule.capCents) {
    return {
      amountCents: rule.capCents,
      explanation: `${spent}, plafonnée à ${formatEuros(rule.capCents)} (plafond « ${lineKindLabels[kind].toLowerCase()} » ${policy.year})`,
    };
  }
  return { amountCents: expenseCents, explanation: `${spent} ; ligne = ${formatEuros(expenseCents)}` };
}

const KIND_PLURAL: Record<VehicleKind, string> = {
  voiture: 'les voitures',
  moto: 'les motos',
  cyclomoteur: 'les cyclomoteurs',
};
const KIND_TRIP: Record<VehicleKind, string> = {
  voiture: 'en voiture',
  moto: 'à moto',
  cyclomoteur: 'en cyclomoteur',
};

/**
 * The board's flat rate for a vehicle kind. A rate of 0 means none was voted (the form only
 * requires the car's): pricing a trip with it would silently give 0 €, so it is refused.
 */
export function flatRateOrThrow(policy: Policy, kind: VehicleKind, year: number): number {
  const rate = policy.flatRates[kind];
  if (rate > 0) return rate;
  throw new AppError(
    'VALIDATION',
    `Aucun taux forfaitaire n’est voté pour ${KIND_PLURAL[kind]} en ${year}, alors que des trajets ${KIND_TRIP[kind]} de ${year} sont à calculer : indiquez ce taux dans Paramètres › Frais.`,
    { [`flatRates.${kind}`]: `Taux requis : des trajets ${KIND_TRIP[kind]} de ${year} sont à calculer` },
  );
}

interface Vehicle {
  kind: VehicleKind;
  cv: number;
  electric: boolean;
}

function vehicleOf(row: MileageLineRow): Vehicle {
  return {
    kind: (row.vehicleKind ?? 'voiture') as VehicleKind,
    cv: row.vehicleCv ?? 1,
    electric: row.vehicleElectric,
  };
}

/** Evaluates f() with a cache of the last result: a year costs one evaluation per line. */
class Cumul {
  tenthKm = 0;
  private cachedKey = '';
  private cachedCents = 0;
  private cachedAt = -1;
  constructor(private readonly scale: YearScale | null) {}
  f(v: Vehicle, tenthKm: number): number {
    if (!this.scale) return 0;
    const key = `${v.kind}|${v.cv}|${v.electric ? 1 : 0}`;
    if (key === this.cachedKey && tenthKm === this.cachedAt) return this.cachedCents;
    const cents = yearlyAllowanceCents(this.scale, v.kind, v.cv, v.electric, tenthKm);
    this.cachedKey = key;
    this.cachedAt = tenthKm;
    this.cachedCents = cents;
    return cents;
  }
}

/** Code-unit order of ISO texts: what dates need, and far cheaper than localeCompare on 100 000 lines. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortFrozen(a: MileageLineRow, b: MileageLineRow): number {
  return (
    cmp(a.validatedAt ?? '', b.validatedAt ?? '') ||
    a.claimId - b.claimId ||
    cmp(a.date, b.date) ||
    a.id - b.id
  );
}
function sortOpen(a: MileageLineRow, b: MileageLineRow): number {
  return cmp(a.date, b.date) || a.claimId - b.claimId || a.id - b.id;
}

export interface GroupResult {
  representativeId: number;
  vehicleKind: VehicleKind;
  totalTenthKm: number;
  /** Sum of the amounts of the year's lines were they all priced now in trip-date order (with `withDue`). */
  dueCents: number;
  /** Sum of the stored amounts of frozen lines (mileage and régularisation). */
  frozenCents: number;
}

/**
 * Recomputes the open mileage lines (and open régularisation lines) of a year, for some people
 * or everyone, and writes the amounts that changed. Returns the ids of claims whose total moved.
 */
export async function recomputeMileageYear(
  db: Executor,
  year: number,
  representativeIds: readonly number[] | null,
  at: string,
  options: { priorityClaimId?: number; withDue?: boolean } = {},
): Promise<{ changedClaimIds: number[]; groups: GroupResult[] }> {
  const rows = await lines.mileageLinesOfYear(db, year, representativeIds);
  if (rows.length === 0) return { changedClaimIds: [], groups: [] };
  const openIds = rows
    .filter((r) => !frozen.has(r.status) && r.kind === 'kilometrique' && r.vehicleId !== null)
    .map((r) => r.id);
  if (openIds.length > 0 && openIds.length < 5000) {
    // A vehicle corrected in the register (CV, electric) must reach the lines not frozen yet.
    await lines.refreshVehicleSnapshots(db, openIds);
  }
  const fresh =
    openIds.length > 0 && openIds.length < 5000
      ? await lines.mileageLinesOfYear(db, year, representativeIds)
      : rows;
  const policy = await getPolicy(db, year);
  const hasMileage = fresh.some((r) => r.kind === 'kilometrique');
  const scale = policy.mileageMode === 'bareme' && hasMileage ? await scaleOrThrow(db, year) : null;

  const groups = new Map<string, MileageLineRow[]>();
  for (const r of fresh) {
    const kind = r.kind === 'regularisation' ? r.regularisationVehicleKind : r.vehicleKind;
    const key = `${r.representativeId}|${kind ?? 'voiture'}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }

  const updates: Array<{ id: number; amountCents: number; cumulativeBeforeTenthKm: number | null }> = [];
  const changedClaims = new Set<number>();
  const results: GroupResult[] = [];
  const priority = options.priorityClaimId;

  for (const [key, group] of groups) {
    const [personText, kindText] = key.split('|');
    const mileage = group.filter((r) => r.kind === 'kilometrique');
    const frozenLines = mileage.filter((r) => frozen.has(r.status)).sort(sortFrozen);
    const priorityLines = mileage
      .filter((r) => !frozen.has(r.status) && r.claimId === priority)
      .sort(sortOpen);
    const openLines = mileage.filter((r) => !frozen.has(r.status) && r.claimId !== priority).sort(sortOpen);

    const cumul = new Cumul(scale);
    let frozenCents = 0;
    for (const r of frozenLines) {
      cumul.tenthKm += billedTenthKm(r.distanceTenthKm, r.roundTrip);
      frozenCents += r.amountCents;
    }
    const newAmounts = new Map<number, number>();
    for (const r of [...priorityLines, ...openLines]) {
      const billed = billedTenthKm(r.distanceTenthKm, r.roundTrip);
      const v = vehicleOf(r);
      const before = cumul.tenthKm;
      let amount: number;
      if (scale) {
        amount = cumul.f(v, before + billed) - cumul.f(v, before);
      } else {
        amount = flatRateAllowanceCents(flatRateOrThrow(policy, v.kind, year), billed);
      }
      cumul.tenthKm = before + billed;
      newAmounts.set(r.id, amount);
      if (amount !== r.amountCents || before !== r.cumulativeBeforeTenthKm) {
        updates.push({ id: r.id, amountCents: amount, cumulativeBeforeTenthKm: before });
        changedClaims.add(r.claimId);
      }
    }

    const regs = group.filter((r) => r.kind === 'regularisation');
    for (const r of regs) if (frozen.has(r.status)) frozenCents += r.amountCents;
    const openRegs = regs.filter((x) => !frozen.has(x.status)).sort(sortOpen);
    // What the year is worth (every line priced now in trip-date order, vehicle by vehicle):
    // only needed to settle an open régularisation, so only computed then.
    const chain = new Cumul(scale);
    let due = 0;
    if (openRegs.length > 0 || options.withDue) {
      for (const r of [...mileage].sort(sortOpen)) {
        const billed = billedTenthKm(r.distanceTenthKm, r.roundTrip);
        const v = vehicleOf(r);
        due += scale
          ? chain.f(v, chain.tenthKm + billed) - chain.f(v, chain.tenthKm)
          : flatRateAllowanceCents(policy.flatRates[v.kind], billed);
        chain.tenthKm += billed;
      }
    }
    const mileageSum = mileage.reduce((s, r) => s + (newAmounts.get(r.id) ?? r.amountCents), 0);
    const frozenRegs = regs.filter((r) => frozen.has(r.status)).reduce((s, r) => s + r.amountCents, 0);
    // An open régularisation settles whatever the lines do not yet add up to.
    let pending = due - mileageSum - frozenRegs;
    for (const r of openRegs) {
      if (pending !== r.amountCents) {
        updates.push({ id: r.id, amountCents: pending, cumulativeBeforeTenthKm: null });
        changedClaims.add(r.claimId);
      }
      pending = 0;
    }
    results.push({
      representativeId: Number(personText),
      vehicleKind: (kindText ?? 'voiture') as VehicleKind,
      totalTenthKm: cumul.tenthKm,
      dueCents: due,
      frozenCents,
    });
  }
  if (updates.length > 0) await lines.updateAmounts(db, updates, at);
  const changedClaimIds = [...changedClaims];
  if (changedClaimIds.length > 0) await lines.refreshTotals(db, changedClaimIds, at);
  return { changedClaimIds, groups: results };
}

/** French explanation of a line's amount, recomputed from what is stored on the line. */
export function explainLine(
  row: {
    kind: string;
    amount_cents: number;
    expense_cents: number | null;
    distance_tenth_km: number | null;
    round_trip: number;
    vehicle_kind: string | null;
    vehicle_cv: number | null;
    vehicle_electric: number | null;
    cumulative_before_tenth_km: number | null;
    explanation: string | null;
  },
  policy: Policy,
  scale: YearScale | null,
): string {
  if (row.explanation) return row.explanation;
  if (row.kind === 'regularisation') return `Régularisation de l’année : ${formatEuros(row.amount_cents)}`;
  if (row.kind !== 'kilometrique') {
    return row.expense_cents === null
      ? formatEuros(row.amount_cents)
      : priceExpense(policy, row.kind as StoredLineKind, row.expense_cents).explanation;
  }
  const billed = billedTenthKm(row.distance_tenth_km, row.round_trip === 1);
  const trip = row.round_trip === 1 ? `aller-retour ${formatKm(billed)} ; ` : '';
  const kind = (row.vehicle_kind ?? 'voiture') as VehicleKind;
  try {
    if (policy.mileageMode === 'forfait')
      return trip + explainFlatRateAllowance(policy.flatRates[kind], billed);
    if (!scale) return `${trip}Barème ${policy.year} non défini`;
    return (
      trip +
      explainTripAllowance(
        scale,
        kind,
        row.vehicle_cv ?? 1,
        row.vehicle_electric === 1,
        row.cumulative_before_tenth_km ?? 0,
        billed,
      )
    );
  } catch (error) {
    if (error instanceof MileageScaleError) return error.message;
    throw error;
  }
}

/** "Barème 2026 … régularisation = x €" for a person's year and vehicle kind. */
export function explainBalance(
  scale: YearScale | null,
  kind: VehicleKind,
  vehicle: { cv: number; electric: boolean } | null,
  totalTenthKm: number,
  dueCents: number,
  alreadyFixedCents: number,
  singleVehicle: boolean,
): string {
  if (scale && vehicle && singleVehicle) {
    // Same figures as the rule's own text: f(total) − what is fixed.
    const balance = regularisationCents(scale, kind, vehicle.cv, vehicle.electric, totalTenthKm, [
      alreadyFixedCents,
    ]);
    if (balance === dueCents - alreadyFixedCents) {
      return explainRegularisation(scale, kind, vehicle.cv, vehicle.electric, totalTenthKm, [
        alreadyFixedCents,
      ]);
    }
  }
  return `${formatKm(totalTenthKm)} dans l’année, dû ${formatEuros(dueCents)} (trajets repris dans l’ordre des dates) ; déjà indemnisé : ${formatEuros(alreadyFixedCents)} ; régularisation = ${formatEuros(dueCents - alreadyFixedCents)}`;
}

/** Claims whose lines still follow the policy (the others keep the amounts they were frozen with). */
const OPEN_STATUSES = ['brouillon', 'soumise'] as const;

/**
 * Reprices the open expense lines (not mileage, not régularisation) of a year by its policy's
 * caps, as they are now, and refreshes the totals of the claims that moved. Returns those claims.
 */
export async function repriceOpenExpenses(db: Executor, year: number, at: string): Promise<number[]> {
  const rows = await db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select(['l.id', 'l.claim_id', 'l.kind', 'l.expense_cents', 'l.amount_cents'])
    .where('c.status', 'in', [...OPEN_STATUSES])
    .where('l.kind', 'not in', ['kilometrique', 'regularisation'])
    .where('l.expense_cents', 'is not', null)
    .where('l.date', '>=', `${year}-01-01`)
    .where('l.date', '<=', `${year}-12-31`)
    .execute();
  if (rows.length === 0) return [];
  const policy = await getPolicy(db, year);
  const changed = new Set<number>();
  for (const r of rows) {
    const amount = priceExpense(policy, r.kind as StoredLineKind, r.expense_cents ?? 0).amountCents;
    if (amount === r.amount_cents) continue;
    await db
      .updateTable('claim_line')
      .set({ amount_cents: amount, updated_at: at })
      .where('id', '=', r.id)
      .execute();
    changed.add(r.claim_id);
  }
  const ids = [...changed];
  if (ids.length > 0) await lines.refreshTotals(db, ids, at);
  return ids;
}

/**
 * Years whose open lines a policy saved for `year` governs: that year, and the later years that
 * have open lines and no policy of their own (they inherit the latest earlier one).
 */
export async function yearsGovernedByPolicyOf(db: Executor, year: number): Promise<number[]> {
  const rows = await db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select('l.date')
    .distinct()
    .where('c.status', 'in', [...OPEN_STATUSES])
    .where('l.date', '>', `${year}-12-31`)
    .execute();
  const later = [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => a - b);
  const out = [year];
  for (const y of later) {
    if ((await getPolicy(db, y)).inheritedFrom === year) out.push(y);
  }
  return out;
}
