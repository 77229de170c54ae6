/**
 * French sentences showing how a mileage amount was reached, for the claim
 * printout and the treasurer's check. They recompute with the same functions
 * as the amounts themselves so the text can never disagree with the figure.
 */

import { formatEuros, formatKm, formatRateMilli, formatTenths, NBSP } from '../rules/format-fr';
import {
  bandFor,
  bracketFor,
  flatRateAllowanceCents,
  regularisationCents,
  tripAllowanceCents,
  vehicleKindLabel,
  yearlyAllowanceCents,
  type VehicleKind,
  type YearScale,
} from './mileage-scale';

/**
 * "voiture 9 CV (tranche 7 CV et plus) électrique immatriculée AB-123-CD": the vehicle whose own
 * kilometres and power band the figures use (a person may drive several in a year). Without a
 * scale (flat rate), no bracket is named.
 */
export function vehicleDescription(
  scale: YearScale | null,
  kind: VehicleKind,
  cv: number,
  electric: boolean,
  plate: string | null = null,
): string {
  let text = vehicleKindLabel(kind);
  if (kind !== 'cyclomoteur') {
    const own = `${cv}${NBSP}CV`;
    const bracket = scale ? bracketFor(scale, kind, cv) : null;
    // A bracket like "7 CV et plus" is named so the reader sees why 9 CV uses its rates.
    const bracketIsThisPower = !bracket || (bracket.minCv === cv && bracket.maxCv === cv);
    text += bracketIsThisPower ? ` ${own}` : ` ${own} (tranche ${bracket.label})`;
  }
  if (electric) text += ' électrique';
  // « une voiture, une moto immatriculée », « un cyclomoteur immatriculé ».
  if (plate) text += ` ${kind === 'cyclomoteur' ? 'immatriculé' : 'immatriculée'} ${plate}`;
  return text;
}

/** "(a + b km) × rate + fixed €", with the electric increase when it applies. */
function formula(
  scale: YearScale,
  kind: VehicleKind,
  cv: number,
  electric: boolean,
  distanceText: string,
  totalTenthKm: number,
): string {
  const selected = bandFor(bracketFor(scale, kind, cv).bands, totalTenthKm);
  let text = `${distanceText} × ${formatRateMilli(selected.rateMilli)}`;
  if (selected.fixedCents !== 0) text += ` + ${formatEuros(selected.fixedCents, { dropZeroCents: true })}`;
  if (electric && scale.electricBonusPercent !== 0)
    text = `(${text}) + ${scale.electricBonusPercent}${NBSP}%`;
  return text;
}

function header(
  scale: YearScale,
  kind: VehicleKind,
  cv: number,
  electric: boolean,
  plate: string | null,
): string {
  return `Barème ${scale.year}, ${vehicleDescription(scale, kind, cv, electric, plate)}`;
}

/**
 * E.g. "Barème 2025, voiture 5 CV : (4 950,0 + 120,0 km) × 0,357 + 1 395 € = 3 204,99 € ;
 * déjà indemnisé pour ce véhicule (4 950,0 km × 0,636) : 3 148,20 € ; ligne = 56,79 €".
 * The cumul is that of this vehicle only, never of the person's other vehicles.
 */
export function explainTripAllowance(
  scale: YearScale,
  kind: VehicleKind,
  cv: number,
  electric: boolean,
  cumulativeBeforeTenthKm: number,
  tripTenthKm: number,
  plate: string | null = null,
): string {
  const line = tripAllowanceCents(scale, kind, cv, electric, cumulativeBeforeTenthKm, tripTenthKm);
  const total = cumulativeBeforeTenthKm + tripTenthKm;
  const after = yearlyAllowanceCents(scale, kind, cv, electric, total);
  if (cumulativeBeforeTenthKm === 0) {
    return `${header(scale, kind, cv, electric, plate)} : ${formula(scale, kind, cv, electric, formatKm(tripTenthKm), total)} = ${formatEuros(after)} ; ligne = ${formatEuros(line)}`;
  }
  const before = yearlyAllowanceCents(scale, kind, cv, electric, cumulativeBeforeTenthKm);
  const cumulText = `(${formatTenths(cumulativeBeforeTenthKm)} + ${formatKm(tripTenthKm)})`;
  const beforeFormula = formula(
    scale,
    kind,
    cv,
    electric,
    formatKm(cumulativeBeforeTenthKm),
    cumulativeBeforeTenthKm,
  );
  return (
    `${header(scale, kind, cv, electric, plate)} : ${formula(scale, kind, cv, electric, cumulText, total)} = ${formatEuros(after)}` +
    ` ; déjà indemnisé pour ce véhicule (${beforeFormula}) : ${formatEuros(before)} ; ligne = ${formatEuros(line)}`
  );
}

/** E.g. "Taux voté : 120,0 km × 0,30 €/km ; ligne = 36,00 €". */
export function explainFlatRateAllowance(rateMilli: number, tripTenthKm: number): string {
  const line = flatRateAllowanceCents(rateMilli, tripTenthKm);
  return `Taux voté : ${formatKm(tripTenthKm)} × ${formatRateMilli(rateMilli)}${NBSP}€/km ; ligne = ${formatEuros(line)}`;
}

/** E.g. "Barème 2025, voiture 5 CV : 6 000,0 km × 0,357 + 1 395 € = 3 537,00 € ; déjà indemnisé : 3 400,00 € ; régularisation = 137,00 €". */
export function explainRegularisation(
  scale: YearScale,
  kind: VehicleKind,
  cv: number,
  electric: boolean,
  totalTenthKm: number,
  alreadyFixedCents: readonly number[],
  plate: string | null = null,
): string {
  const due = yearlyAllowanceCents(scale, kind, cv, electric, totalTenthKm);
  const balance = regularisationCents(scale, kind, cv, electric, totalTenthKm, alreadyFixedCents);
  const paid = due - balance;
  return (
    `${header(scale, kind, cv, electric, plate)} : ${formula(scale, kind, cv, electric, formatKm(totalTenthKm), totalTenthKm)} = ${formatEuros(due)}` +
    ` ; déjà indemnisé : ${formatEuros(paid)} ; régularisation = ${formatEuros(balance)}`
  );
}

/**
 * With a voted rate, what the year's trips with one vehicle are worth (each line rounded once) against
 * what is fixed, e.g. "Taux voté, voiture 5 CV : 6 000,0 km dans l’année, lignes au taux de 0,30 €/km :
 * 1 800,00 € ; déjà indemnisé : 1 500,00 € ; régularisation = 300,00 €".
 */
export function explainFlatRateRegularisation(
  vehicle: { kind: VehicleKind; cv: number; electric: boolean; plate: string | null },
  rateMilli: number,
  totalTenthKm: number,
  dueCents: number,
  alreadyFixedCents: number,
): string {
  const description = vehicleDescription(null, vehicle.kind, vehicle.cv, vehicle.electric, vehicle.plate);
  return (
    `Taux voté, ${description} : ${formatKm(totalTenthKm)} dans l’année, lignes au taux de ${formatRateMilli(rateMilli)}${NBSP}€/km : ${formatEuros(dueCents)}` +
    ` ; déjà indemnisé : ${formatEuros(alreadyFixedCents)} ; régularisation = ${formatEuros(dueCents - alreadyFixedCents)}`
  );
}
