/**
 * Exact amounts of claim lines.
 *
 * Mileage on the fiscal scale is cumulative per person, VEHICLE and calendar year of the TRIP
 * (never of today): a line is worth f(cumul before + km) − f(cumul before), f being the yearly
 * formula of the power bracket of that vehicle and the cumul the km driven with that vehicle only
 * (see mileage-year.ts for what identifies a vehicle and the order lines are priced in). Every line
 * of a claim that counts (draft, submitted, validated, paid, renounced — not refused, not
 * cancelled) adds its km. Open lines are recomputed whenever an earlier line changes. When a frozen
 * claim is cancelled or a vehicle's power is corrected, the vehicle's year-end régularisation
 * settles f(its total km) − what is fixed for it.
 */
import {
  explainFlatRateAllowance,
  explainFlatRateRegularisation,
  explainRegularisation,
  explainTripAllowance,
  vehicleDescription,
} from '../../shared/claims/mileage-explain';
import { MileageScaleError, type VehicleKind, type YearScale } from '../../shared/claims/mileage-scale';
import { formatEuros, formatKm } from '../../shared/rules/format-fr';
import { lineKindLabels, type StoredLineKind } from '../../shared/claims/schemas';
import type { Policy } from '../../shared/claims/types';
import type { Executor } from '../../db/audit';
import * as lines from '../../db/claims/claim-lines';
import * as mileageLines from '../../db/claims/mileage-lines';
import type { VehicleSnapshot } from '../../db/claims/claim-lines';
import type { MileageLineRow } from '../../db/claims/mileage-lines';
import { getPolicy } from '../../db/claims/policies';
import { loadScale } from '../../db/claims/scales';
import { AppError } from '../errors';
import {
  billedTenthKm,
  dueCents,
  groupByVehicle,
  identityOf,
  isFrozen,
  priceVehicleYear,
  sortOpen,
  type Pricing,
  type VehicleIdentity,
  type VehicleYear,
} from './mileage-year';

export { billedTenthKm, flatRateOrThrow } from './mileage-year';

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

/** The year's rows, with the vehicle copy of open lines refreshed from the register first. */
async function yearRows(
  db: Executor,
  year: number,
  representativeIds: readonly number[] | null,
): Promise<MileageLineRow[]> {
  const rows = await mileageLines.mileageLinesOfYear(db, year, representativeIds);
  const openIds = rows
    .filter((r) => !isFrozen(r) && r.kind === 'kilometrique' && r.vehicleId !== null)
    .map((r) => r.id);
  if (openIds.length === 0 || openIds.length >= 5000) return rows;
  // A vehicle corrected in the register (CV, electric) must reach the lines not frozen yet.
  await mileageLines.refreshVehicleSnapshots(db, openIds);
  return mileageLines.mileageLinesOfYear(db, year, representativeIds);
}

/** How a year with mileage (or régularisation) lines is priced. */
async function pricingOf(db: Executor, year: number): Promise<Pricing> {
  const policy = await getPolicy(db, year);
  const scale = policy.mileageMode === 'bareme' ? await scaleOrThrow(db, year) : null;
  return { year, policy, scale };
}

/** A vehicle's year against what is fixed for it: what the régularisation settles. */
interface Balance {
  identity: VehicleIdentity | null;
  totalTenthKm: number;
  dueCents: number;
  fixedCents: number;
}

function explainBalance(b: Balance, pricing: Pricing): string {
  const v = b.identity;
  if (v && pricing.scale) {
    const { kind, cv, electric } = v.traits;
    return explainRegularisation(pricing.scale, kind, cv, electric, b.totalTenthKm, [b.fixedCents], v.plate);
  }
  if (v) {
    const rate = pricing.policy.flatRates[v.traits.kind];
    return explainFlatRateRegularisation(
      { ...v.traits, plate: v.plate },
      rate,
      b.totalTenthKm,
      b.dueCents,
      b.fixedCents,
    );
  }
  return `Régularisation ${pricing.year} : déjà indemnisé ${formatEuros(b.fixedCents)} ; régularisation = ${formatEuros(b.dueCents - b.fixedCents)}`;
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
  options: { priorityClaimId?: number } = {},
): Promise<{ changedClaimIds: number[] }> {
  const rows = await yearRows(db, year, representativeIds);
  if (rows.length === 0) return { changedClaimIds: [] };
  const pricing: Pricing = { ...(await pricingOf(db, year)), priorityClaimId: options.priorityClaimId };
  const groups = groupByVehicle(rows);
  const settling = groups.filter((g) => g.regularisations.some((r) => !isFrozen(r)));
  // Only an open régularisation needs what a vehicle is now: read the register only then.
  const records = settling.length > 0 ? await mileageLines.vehicleRecords(db, representativeIds) : new Map();

  const updates: Array<{ id: number; amountCents: number; cumulativeBeforeTenthKm: number | null }> = [];
  const explanations: Array<{ id: number; explanation: string }> = [];
  const changedClaims = new Set<number>();
  for (const group of groups) {
    const priced = priceVehicleYear(group, pricing);
    for (const o of priced.open) {
      if (
        o.amountCents !== o.row.amountCents ||
        o.cumulativeBeforeTenthKm !== o.row.cumulativeBeforeTenthKm
      ) {
        updates.push({
          id: o.row.id,
          amountCents: o.amountCents,
          cumulativeBeforeTenthKm: o.cumulativeBeforeTenthKm,
        });
        changedClaims.add(o.row.claimId);
      }
    }
    const openRegs = group.regularisations.filter((r) => !isFrozen(r));
    if (openRegs.length === 0) continue;
    const identity = identityOf(group, records);
    const due = dueCents(group, priced, identity?.traits ?? null, pricing);
    // An open régularisation settles whatever the vehicle's lines do not yet add up to.
    let fixed = priced.mileageCents + priced.frozenRegularisationCents;
    for (const r of openRegs.sort(sortOpen)) {
      const amount = due - fixed;
      const explanation = explainBalance(
        { identity, totalTenthKm: priced.totalTenthKm, dueCents: due, fixedCents: fixed },
        pricing,
      );
      if (amount !== r.amountCents) {
        updates.push({ id: r.id, amountCents: amount, cumulativeBeforeTenthKm: null });
        changedClaims.add(r.claimId);
      }
      if (explanation !== r.explanation) explanations.push({ id: r.id, explanation });
      fixed += amount;
    }
  }
  if (updates.length > 0) await mileageLines.updateAmounts(db, updates, at);
  if (explanations.length > 0) await lines.setLineExplanations(db, explanations);
  const changedClaimIds = [...changedClaims];
  if (changedClaimIds.length > 0) await lines.refreshTotals(db, changedClaimIds, at);
  return { changedClaimIds };
}

/** One vehicle's year for the régularisation: what it is worth, what is fixed, the difference. */
export interface VehicleBalance {
  vehicleKey: string;
  vehicleId: number | null;
  /** The vehicle as known now (copied on the régularisation line). */
  vehicle: VehicleSnapshot;
  firstDate: string;
  totalTenthKm: number;
  dueCents: number;
  alreadyFixedCents: number;
  balanceCents: number;
  explanation: string;
  /** Régularisations of this vehicle's year not frozen yet. */
  openRegularisationIds: number[];
}

/** The year of each vehicle a person drove (or had settled), in the order of their first trip. */
export async function vehicleBalances(
  db: Executor,
  representativeId: number,
  year: number,
): Promise<VehicleBalance[]> {
  const rows = await mileageLines.mileageLinesOfYear(db, year, [representativeId]);
  if (rows.length === 0) return [];
  const pricing = await pricingOf(db, year);
  const records = await mileageLines.vehicleRecords(db, [representativeId]);
  const out: VehicleBalance[] = [];
  for (const group of groupByVehicle(rows)) {
    const identity = identityOf(group, records);
    if (!identity) continue;
    const priced = priceVehicleYear(group, pricing);
    const due = dueCents(group, priced, identity.traits, pricing);
    const fixed = priced.mileageCents + priced.frozenRegularisationCents;
    out.push({
      vehicleKey: group.vehicleKey,
      vehicleId: identity.vehicleId,
      vehicle: { ...identity.traits, label: identity.label, plate: identity.plate },
      firstDate: firstDate(group),
      totalTenthKm: priced.totalTenthKm,
      dueCents: due,
      alreadyFixedCents: fixed,
      balanceCents: due - fixed,
      explanation: explainBalance(
        { identity, totalTenthKm: priced.totalTenthKm, dueCents: due, fixedCents: fixed },
        pricing,
      ),
      openRegularisationIds: group.regularisations.filter((r) => !isFrozen(r)).map((r) => r.id),
    });
  }
  return out.sort((a, b) => (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : 0));
}

function firstDate(group: VehicleYear): string {
  let first = '9999-12-31';
  for (const r of group.mileage) if (r.date < first) first = r.date;
  return first;
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
    vehicle_plate: string | null;
    cumulative_before_tenth_km: number | null;
    explanation: string | null;
  },
  policy: Policy,
  scale: YearScale | null,
): string {
  if (row.explanation) return row.explanation;
  if (row.kind === 'regularisation') {
    const vehicle =
      row.vehicle_kind === null
        ? ''
        : `, ${vehicleDescription(null, row.vehicle_kind as VehicleKind, row.vehicle_cv ?? 1, row.vehicle_electric === 1, row.vehicle_plate)}`;
    return `Régularisation de l’année${vehicle} : ${formatEuros(row.amount_cents)}`;
  }
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
        row.vehicle_plate,
      )
    );
  } catch (error) {
    if (error instanceof MileageScaleError) return error.message;
    throw error;
  }
}
