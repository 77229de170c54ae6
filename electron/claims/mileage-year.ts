/**
 * A person's year with one vehicle: what the fiscal scale prices. With several vehicles in a year
 * (a change of car, a car and a motorcycle) each is priced apart, on its own power band and its own
 * kilometres only: a line is worth f(km of that vehicle before it + its km) − f(km before it).
 *
 * Identity of a vehicle:
 *  - the register's vehicle record, when the line has one (every line entered in the application).
 *    Editing the record's power is a correction of the same vehicle: its open lines follow it and
 *    the year's régularisation settles the lines frozen at the former power. A change of car is a
 *    new vehicle on the person's record (the former one archived), never an edit of the old one;
 *  - otherwise the characteristics copied on the line: kind, fiscal power, electric, plate.
 * A régularisation line settles one vehicle and carries its identity the same way. One written
 * before this rule knows only a vehicle kind: it joins the person's vehicle of that kind driven
 * last in the year, so that the kind's régularisations still add up.
 *
 * Order in which one vehicle's lines are priced:
 *  1. frozen lines (claims validated, paid or renounced), in the order they were validated
 *     (then claim, date, line): their amounts never move, their km count first;
 *  2. the claim being validated right now, by date;
 *  3. the other open lines (draft or submitted), by trip date, then claim, then line.
 * The frozen lines therefore add up to f(their km) and, with the open lines, to f(total km).
 */
import {
  flatRateAllowanceCents,
  yearlyAllowanceCents,
  type VehicleKind,
  type YearScale,
} from '../../shared/claims/mileage-scale';
import type { Policy } from '../../shared/claims/types';
import { FROZEN_STATUSES } from '../../shared/claims/workflow';
import type { VehicleSnapshot } from '../../db/claims/claim-lines';
import type { MileageLineRow } from '../../db/claims/mileage-lines';
import { AppError } from '../errors';

const frozen = new Set<string>(FROZEN_STATUSES);
export const isFrozen = (r: { status: string }): boolean => frozen.has(r.status);

export const billedTenthKm = (distance: number | null, roundTrip: boolean): number =>
  (distance ?? 0) * (roundTrip ? 2 : 1);

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

export interface VehicleTraits {
  kind: VehicleKind;
  cv: number;
  electric: boolean;
}

export function traitsOf(row: MileageLineRow): VehicleTraits {
  return {
    kind: (row.vehicleKind ?? 'voiture') as VehicleKind,
    cv: row.vehicleCv ?? 1,
    electric: row.vehicleElectric,
  };
}

/** "v:12" (register record) or "s:voiture:5:0:AB-123-CD" (copied characteristics); null: kind only. */
export function vehicleKeyOf(row: MileageLineRow): string | null {
  if (row.vehicleId !== null) return `v:${row.vehicleId}`;
  if (row.vehicleKind === null) return null;
  const t = traitsOf(row);
  return `s:${t.kind}:${t.cv}:${t.electric ? 1 : 0}:${row.vehiclePlate ?? ''}`;
}

export interface VehicleYear {
  representativeId: number;
  vehicleKey: string;
  /** The trips driven with this vehicle in the year. */
  mileage: MileageLineRow[];
  /** The régularisations that settle this vehicle's year. */
  regularisations: MileageLineRow[];
}

const later = (a: MileageLineRow, b: MileageLineRow): boolean =>
  a.date > b.date || (a.date === b.date && a.id > b.id);

/** Splits a year's lines by person and vehicle. */
export function groupByVehicle(rows: readonly MileageLineRow[]): VehicleYear[] {
  const groups = new Map<string, VehicleYear>();
  const kindOnly: MileageLineRow[] = [];
  const groupOf = (representativeId: number, vehicleKey: string): VehicleYear => {
    const key = `${representativeId}|${vehicleKey}`;
    let group = groups.get(key);
    if (!group) {
      group = { representativeId, vehicleKey, mileage: [], regularisations: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const r of rows) {
    const vehicleKey = vehicleKeyOf(r);
    if (vehicleKey === null) kindOnly.push(r);
    else if (r.kind === 'kilometrique') groupOf(r.representativeId, vehicleKey).mileage.push(r);
    else groupOf(r.representativeId, vehicleKey).regularisations.push(r);
  }
  if (kindOnly.length > 0) {
    // Person + kind → the vehicle of that kind driven last in the year.
    const last = new Map<string, { row: MileageLineRow; group: VehicleYear }>();
    for (const group of groups.values()) {
      for (const row of group.mileage) {
        const key = `${row.representativeId}|${row.vehicleKind}`;
        const seen = last.get(key);
        if (!seen || later(row, seen.row)) last.set(key, { row, group });
      }
    }
    for (const r of kindOnly) {
      const kind = r.regularisationVehicleKind ?? 'voiture';
      const target =
        last.get(`${r.representativeId}|${kind}`)?.group ?? groupOf(r.representativeId, `k:${kind}`);
      target.regularisations.push(r);
    }
  }
  return [...groups.values()];
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
export function sortOpen(a: MileageLineRow, b: MileageLineRow): number {
  return cmp(a.date, b.date) || a.claimId - b.claimId || a.id - b.id;
}

/** Evaluates f() with a cache of the last result: a year costs one evaluation per line. */
class Cumul {
  tenthKm = 0;
  private cachedKey = '';
  private cachedCents = 0;
  private cachedAt = -1;
  constructor(private readonly scale: YearScale) {}
  f(v: VehicleTraits, tenthKm: number): number {
    const key = `${v.kind}|${v.cv}|${v.electric ? 1 : 0}`;
    if (key === this.cachedKey && tenthKm === this.cachedAt) return this.cachedCents;
    const cents = yearlyAllowanceCents(this.scale, v.kind, v.cv, v.electric, tenthKm);
    this.cachedKey = key;
    this.cachedAt = tenthKm;
    this.cachedCents = cents;
    return cents;
  }
}

export interface Pricing {
  year: number;
  policy: Policy;
  /** The year's scale when the policy is the fiscal scale; null for a voted flat rate. */
  scale: YearScale | null;
  /** The claim being validated: priced right after the frozen lines. */
  priorityClaimId?: number;
}

export interface PricedVehicleYear {
  /** Amount and cumul of this vehicle before each open trip, as priced now. */
  open: Array<{ row: MileageLineRow; amountCents: number; cumulativeBeforeTenthKm: number }>;
  totalTenthKm: number;
  /** Every trip's amount (frozen ones as they are, open ones as priced now). */
  mileageCents: number;
  /** Régularisations already frozen. */
  frozenRegularisationCents: number;
}

/** Prices the open trips of one vehicle's year over the kilometres of that vehicle only. */
export function priceVehicleYear(group: VehicleYear, pricing: Pricing): PricedVehicleYear {
  const { scale, policy, year, priorityClaimId } = pricing;
  const frozenLines: MileageLineRow[] = [];
  const priorityLines: MileageLineRow[] = [];
  const openLines: MileageLineRow[] = [];
  for (const r of group.mileage) {
    if (isFrozen(r)) frozenLines.push(r);
    else if (r.claimId === priorityClaimId) priorityLines.push(r);
    else openLines.push(r);
  }
  frozenLines.sort(sortFrozen);
  priorityLines.sort(sortOpen);
  openLines.sort(sortOpen);

  const cumul = scale ? new Cumul(scale) : null;
  let tenthKm = 0;
  let mileageCents = 0;
  for (const r of frozenLines) {
    tenthKm += billedTenthKm(r.distanceTenthKm, r.roundTrip);
    mileageCents += r.amountCents;
  }
  const open: PricedVehicleYear['open'] = [];
  for (const r of [...priorityLines, ...openLines]) {
    const billed = billedTenthKm(r.distanceTenthKm, r.roundTrip);
    const v = traitsOf(r);
    const amountCents = cumul
      ? cumul.f(v, tenthKm + billed) - cumul.f(v, tenthKm)
      : flatRateAllowanceCents(flatRateOrThrow(policy, v.kind, year), billed);
    open.push({ row: r, amountCents, cumulativeBeforeTenthKm: tenthKm });
    tenthKm += billed;
    mileageCents += amountCents;
  }
  let frozenRegularisationCents = 0;
  for (const r of group.regularisations) if (isFrozen(r)) frozenRegularisationCents += r.amountCents;
  return { open, totalTenthKm: tenthKm, mileageCents, frozenRegularisationCents };
}

/**
 * What the vehicle's year is worth: f(its total km) on the fiscal scale, with the vehicle's
 * characteristics as they are known now; with a voted rate, each trip at that rate.
 */
export function dueCents(
  group: VehicleYear,
  priced: PricedVehicleYear,
  traits: VehicleTraits | null,
  pricing: Pricing,
): number {
  if (!traits) return 0;
  if (pricing.scale)
    return yearlyAllowanceCents(pricing.scale, traits.kind, traits.cv, traits.electric, priced.totalTenthKm);
  const rate = pricing.policy.flatRates[traits.kind];
  return group.mileage.reduce(
    (sum, r) => sum + flatRateAllowanceCents(rate, billedTenthKm(r.distanceTenthKm, r.roundTrip)),
    0,
  );
}

export interface VehicleIdentity {
  vehicleId: number | null;
  traits: VehicleTraits;
  label: string | null;
  plate: string | null;
}

/**
 * The vehicle as known now: its register record when it has one (a corrected power counts for the
 * whole year), otherwise the characteristics copied on its lines. Null for a group of régularisations
 * that only know their vehicle kind.
 */
export function identityOf(
  group: VehicleYear,
  records: ReadonlyMap<number, VehicleSnapshot>,
): VehicleIdentity | null {
  const sample = group.mileage[group.mileage.length - 1] ?? group.regularisations[0];
  if (!sample || group.vehicleKey.startsWith('k:')) return null;
  const record = sample.vehicleId === null ? undefined : records.get(sample.vehicleId);
  if (record) {
    return {
      vehicleId: sample.vehicleId,
      traits: { kind: record.kind as VehicleKind, cv: record.cv, electric: record.electric },
      label: record.label,
      plate: record.plate,
    };
  }
  return { vehicleId: sample.vehicleId, traits: traitsOf(sample), label: null, plate: sample.vehiclePlate };
}
