/**
 * The fiscal kilometric scale (barème kilométrique) and the allowances derived
 * from it. The scale gives a YEARLY amount f(d) for the total distance d driven
 * in the calendar year, so a single trip is worth f(before + trip) − f(before):
 * that is what makes a year's lines add up to f(total) to the cent.
 *
 * Units: distances in tenths of km, rates in thousandths of a euro per km,
 * amounts in cents, all integers. One half-up rounding per computed f(d).
 */

import {
  assertSafeInteger,
  divideRoundHalfUp,
  mulDivRoundHalfUp,
  toSafeNumber,
} from '../rules/integer-rounding';

export type VehicleKind = 'voiture' | 'moto' | 'cyclomoteur';

export const VEHICLE_KINDS: readonly VehicleKind[] = ['voiture', 'moto', 'cyclomoteur'];

/** One line of the scale: amount = d × rate + fixed, for d ≤ upToKm (inclusive); null = no upper bound. */
export interface ScaleBand {
  upToKm: number | null;
  rateMilli: number;
  fixedCents: number;
}

/** A fiscal-power range (CV, inclusive on both ends; maxCv null = no upper bound) and its bands. */
export interface PowerBracket {
  label: string;
  minCv: number;
  maxCv: number | null;
  bands: ScaleBand[];
}

export interface YearScale {
  year: number;
  /** Increase applied to the whole amount for an electric vehicle, in percent (20 = +20 %). */
  electricBonusPercent: number;
  kinds: Record<VehicleKind, PowerBracket[]>;
}

export type MileageScaleErrorCode =
  'unknown-year' | 'unknown-bracket' | 'invalid-power' | 'invalid-distance' | 'invalid-rate';

/** Raised when a scale cannot answer; `message` is French and can be shown to the treasurer. */
export class MileageScaleError extends Error {
  override readonly name = 'MileageScaleError';
  constructor(
    readonly code: MileageScaleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const KIND_LABELS: Record<VehicleKind, string> = {
  voiture: 'voiture',
  moto: 'moto',
  cyclomoteur: 'cyclomoteur',
};

export function vehicleKindLabel(kind: VehicleKind): string {
  return KIND_LABELS[kind];
}

/** The power bracket for a vehicle; mopeds have a single bracket whatever their CV. */
export function bracketFor(scale: YearScale, kind: VehicleKind, cv: number): PowerBracket {
  const brackets = scale.kinds[kind];
  if (kind === 'cyclomoteur') {
    const only = brackets[0];
    if (only) return only;
  } else {
    if (!Number.isSafeInteger(cv) || cv < 1) {
      throw new MileageScaleError(
        'invalid-power',
        `Puissance fiscale invalide : ${String(cv)} CV (un nombre entier d’au moins 1 CV est attendu)`,
      );
    }
    const found = brackets.find(
      (bracket) => cv >= bracket.minCv && (bracket.maxCv === null || cv <= bracket.maxCv),
    );
    if (found) return found;
  }
  throw new MileageScaleError(
    'unknown-bracket',
    `Le barème ${scale.year} ne prévoit pas de tranche pour : ${KIND_LABELS[kind]}${kind === 'cyclomoteur' ? '' : ` ${cv} CV`}`,
  );
}

/** The band that applies to a total distance; band upper bounds are inclusive (5 000,0 km is in the first). */
export function bandFor(bands: readonly ScaleBand[], totalTenthKm: number): ScaleBand {
  const found = bands.find((candidate) => candidate.upToKm === null || totalTenthKm <= candidate.upToKm * 10);
  if (!found) {
    throw new MileageScaleError('unknown-bracket', 'Aucune tranche de distance ne couvre ce kilométrage');
  }
  return found;
}

function assertDistance(tenthKm: number, what: string): void {
  if (!Number.isSafeInteger(tenthKm) || tenthKm < 0) {
    throw new MileageScaleError(
      'invalid-distance',
      `${what} doit être un nombre entier positif ou nul de dixièmes de kilomètre`,
    );
  }
}

/**
 * f(d) for a band, in cents. d (tenth km) × rate (milli-euro/km) is in
 * hundredths of a cent; the electric bonus is applied to that exact value so
 * the one rounding happens at the very end.
 */
export function bandAmountCents(selected: ScaleBand, totalTenthKm: number, bonusPercent: number): number {
  assertSafeInteger(totalTenthKm, 'la distance');
  const exactHundredthsOfCent = totalTenthKm * selected.rateMilli + selected.fixedCents * 100;
  if (Number.isSafeInteger(exactHundredthsOfCent)) {
    return mulDivRoundHalfUp(exactHundredthsOfCent, 100 + bonusPercent, 100 * 100);
  }
  // Out-of-range distances only: redo the sum exactly before the single rounding.
  const exact = BigInt(totalTenthKm) * BigInt(selected.rateMilli) + BigInt(selected.fixedCents) * 100n;
  return toSafeNumber(divideRoundHalfUp(exact * BigInt(100 + bonusPercent), 10000n), 'Le montant annuel');
}

/** The yearly amount f(total) in cents for one vehicle. */
export function yearlyAllowanceCents(
  scale: YearScale,
  kind: VehicleKind,
  cv: number,
  electric: boolean,
  totalTenthKm: number,
): number {
  assertDistance(totalTenthKm, 'La distance annuelle');
  const bracket = bracketFor(scale, kind, cv);
  // No distance, no allowance, even if a custom first band had a fixed part.
  if (totalTenthKm === 0) return 0;
  return bandAmountCents(
    bandFor(bracket.bands, totalTenthKm),
    totalTenthKm,
    electric ? scale.electricBonusPercent : 0,
  );
}

/**
 * Allowance of one trip given what the same person already drove that year with
 * that vehicle. Difference of two rounded yearly amounts, so consecutive trips
 * telescope to f(total) exactly. Can be lower than the trip × first rate when the
 * scale's bands are not continuous; that is the scale, not an error.
 */
export function tripAllowanceCents(
  scale: YearScale,
  kind: VehicleKind,
  cv: number,
  electric: boolean,
  cumulativeBeforeTenthKm: number,
  tripTenthKm: number,
): number {
  assertDistance(cumulativeBeforeTenthKm, 'Le kilométrage déjà parcouru');
  assertDistance(tripTenthKm, 'La distance du trajet');
  const after = yearlyAllowanceCents(scale, kind, cv, electric, cumulativeBeforeTenthKm + tripTenthKm);
  return after - yearlyAllowanceCents(scale, kind, cv, electric, cumulativeBeforeTenthKm);
}

/** Allowance at a rate voted by the board (e.g. 300 = 0,30 €/km), rounded half up once. */
export function flatRateAllowanceCents(rateMilli: number, tripTenthKm: number): number {
  if (!isNonNegativeInteger(rateMilli)) {
    throw new MileageScaleError(
      'invalid-rate',
      'Le taux au kilomètre doit être un nombre entier positif ou nul de millièmes d’euro',
    );
  }
  assertDistance(tripTenthKm, 'La distance du trajet');
  // tenth km × milli-euro = hundredths of a cent.
  return mulDivRoundHalfUp(tripTenthKm, rateMilli, 100);
}

/**
 * What is still owed (positive) or was overpaid (negative) for the year once the
 * total distance is known, given the allowances already frozen on earlier claims.
 */
export function regularisationCents(
  scale: YearScale,
  kind: VehicleKind,
  cv: number,
  electric: boolean,
  totalTenthKm: number,
  alreadyFixedCents: readonly number[],
): number {
  let paid = 0;
  for (const amount of alreadyFixedCents) {
    assertSafeInteger(amount, 'Un montant déjà indemnisé');
    paid += amount;
  }
  assertSafeInteger(paid, 'Le total déjà indemnisé');
  return yearlyAllowanceCents(scale, kind, cv, electric, totalTenthKm) - paid;
}

/** A mileage line to price in a yearly recomputation. */
export interface MileageTrip {
  /**
   * Whose cumul the trip adds to: one person's vehicle (never a vehicle kind: two cars of one
   * person in a year are priced apart, each on its own kilometres). Chosen by the caller.
   */
  groupKey: string;
  kind: VehicleKind;
  cv: number;
  electric: boolean;
  tripTenthKm: number;
}

/**
 * Prices trips in the order given (the caller sorts them chronologically),
 * each against the cumul of its group. Reuses the previous f(after) as the
 * next f(before) so a year costs one scale evaluation per trip.
 */
export function cumulativeTripAllowances(scale: YearScale, trips: readonly MileageTrip[]): number[] {
  const state = new Map<string, { tenthKm: number; cents: number; vehicle: string }>();
  return trips.map((trip) => {
    assertDistance(trip.tripTenthKm, 'La distance du trajet');
    const vehicle = `${trip.kind}|${trip.cv}|${trip.electric ? 1 : 0}`;
    const previous = state.get(trip.groupKey);
    const beforeTenthKm = previous?.tenthKm ?? 0;
    // A group whose vehicle changed mid-year must re-evaluate f(before) with the new vehicle.
    const beforeCents =
      previous && previous.vehicle === vehicle
        ? previous.cents
        : yearlyAllowanceCents(scale, trip.kind, trip.cv, trip.electric, beforeTenthKm);
    const afterTenthKm = beforeTenthKm + trip.tripTenthKm;
    const afterCents = yearlyAllowanceCents(scale, trip.kind, trip.cv, trip.electric, afterTenthKm);
    state.set(trip.groupKey, { tenthKm: afterTenthKm, cents: afterCents, vehicle });
    return afterCents - beforeCents;
  });
}
