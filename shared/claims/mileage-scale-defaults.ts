/** The fiscal mileage scales shipped with the application (see DOMAIN.md), and finding a year's among scales. */
import { MileageScaleError, type PowerBracket, type ScaleBand, type YearScale } from './mileage-scale';

function band(upToKm: number | null, rateMilli: number, fixedEuros = 0): ScaleBand {
  return { upToKm, rateMilli, fixedCents: fixedEuros * 100 };
}

/** Builds the three bands every vehicle kind uses: d ≤ first, first < d ≤ second, d > second. */
function threeBands(
  firstKm: number,
  secondKm: number,
  rates: [number, number, number],
  fixedEuros: number,
): ScaleBand[] {
  return [band(firstKm, rates[0]), band(secondKm, rates[1], fixedEuros), band(null, rates[2])];
}

/** Scale published for income of 2022, unchanged for 2023, 2024 and 2025 (see DOMAIN.md). */
function scale2022To2025(year: number): YearScale {
  const car = (
    label: string,
    minCv: number,
    maxCv: number | null,
    r1: number,
    r2: number,
    fixed: number,
    r3: number,
  ): PowerBracket => ({
    label,
    minCv,
    maxCv,
    bands: threeBands(5000, 20000, [r1, r2, r3], fixed),
  });
  const twoWheeler = (
    label: string,
    minCv: number,
    maxCv: number | null,
    r1: number,
    r2: number,
    fixed: number,
    r3: number,
  ): PowerBracket => ({
    label,
    minCv,
    maxCv,
    bands: threeBands(3000, 6000, [r1, r2, r3], fixed),
  });
  return {
    year,
    electricBonusPercent: 20,
    kinds: {
      voiture: [
        car('3 CV et moins', 1, 3, 529, 316, 1065, 370),
        car('4 CV', 4, 4, 606, 340, 1330, 407),
        car('5 CV', 5, 5, 636, 357, 1395, 427),
        car('6 CV', 6, 6, 665, 374, 1457, 447),
        car('7 CV et plus', 7, null, 697, 394, 1515, 470),
      ],
      moto: [
        twoWheeler('1 ou 2 CV', 1, 2, 395, 99, 891, 248),
        twoWheeler('3 à 5 CV', 3, 5, 468, 82, 1158, 275),
        twoWheeler('plus de 5 CV', 6, null, 606, 79, 1583, 343),
      ],
      cyclomoteur: [twoWheeler('50 cm³ et moins', 1, null, 315, 79, 711, 198)],
    },
  };
}

/**
 * Scales shipped with the application; the user can add or correct years as data.
 * 2026 is a copy of 2025 pending the publication of the 2026 scale (published in
 * spring of the following year): check and replace it then.
 */
export const DEFAULT_SCALES: readonly YearScale[] = [2022, 2023, 2024, 2025, 2026].map(scale2022To2025);

export function scaleForYear(scales: readonly YearScale[], year: number): YearScale {
  const found = scales.find((scale) => scale.year === year);
  if (!found) {
    throw new MileageScaleError(
      'unknown-year',
      `Aucun barème kilométrique n’est défini pour l’année ${year}`,
    );
  }
  return found;
}
