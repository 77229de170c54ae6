/**
 * The valorisation's arithmetic, in one place for the dashboard, the relevé and the journal:
 * hours × hourly value per category and calendar year, rounded half up to the cent once per
 * line; a line whose year has no value for its category is « non valorisée », never zero.
 */
import { divideRoundHalfUp } from '../rules/integer-rounding';
import { formatDuration } from '../rules/format-fr';
import type { Valorisation, ValorisationLine } from './types';

/** minutes × cents per hour / 60, rounded half up to the cent. */
export function valueOfMinutes(minutes: number, hourlyCents: number): number {
  return Number(divideRoundHalfUp(BigInt(minutes) * BigInt(hourlyCents), 60n));
}

export interface CountedHours {
  year: number;
  categoryId: number;
  minutes: number;
}

/**
 * Values the hours counted. `labels` names the categories, `rates` gives the cents per hour of
 * a category in a year (`${year}:${categoryId}`). Lines in the order of the categories' list,
 * years in order.
 */
export function valorise(
  hours: readonly CountedHours[],
  categories: ReadonlyArray<{ id: number; label: string }>,
  rates: ReadonlyMap<string, number>,
): Valorisation {
  const sums = new Map<string, CountedHours>();
  for (const h of hours) {
    if (h.minutes <= 0) continue;
    const key = `${h.year}:${h.categoryId}`;
    const sum = sums.get(key) ?? { year: h.year, categoryId: h.categoryId, minutes: 0 };
    sum.minutes += h.minutes;
    sums.set(key, sum);
  }
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const lines: ValorisationLine[] = [...sums.entries()]
    .map(([key, h]) => {
      const hourlyCents = rates.get(key) ?? null;
      return {
        year: h.year,
        categoryId: h.categoryId,
        categoryLabel: categories.find((c) => c.id === h.categoryId)?.label ?? 'Catégorie supprimée',
        minutes: h.minutes,
        hourlyCents,
        valueCents: hourlyCents === null ? null : valueOfMinutes(h.minutes, hourlyCents),
      };
    })
    .sort(
      (a, b) =>
        a.year - b.year ||
        (order.get(a.categoryId) ?? Number.MAX_SAFE_INTEGER) -
          (order.get(b.categoryId) ?? Number.MAX_SAFE_INTEGER),
    );
  return {
    lines,
    totalMinutes: lines.reduce((s, l) => s + l.minutes, 0),
    totalCents: lines.reduce((s, l) => s + (l.valueCents ?? 0), 0),
    missing: lines.filter((l) => l.valueCents === null),
  };
}

/**
 * Says which hours have no hourly value and where to set one: « Aucune valeur horaire pour
 * « Préparation » en 2026 (12 h 30 non valorisées). Renseignez-la dans Paramètres › Bénévolat. »
 */
export function missingRatesMessage(missing: readonly ValorisationLine[]): string | null {
  if (missing.length === 0) return null;
  const parts = missing.map((l) => `« ${l.categoryLabel} » en ${l.year} (${formatDuration(l.minutes)})`);
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
  return `Aucune valeur horaire pour ${list} : ces heures ne sont pas valorisées. Renseignez la valeur dans Paramètres › Bénévolat.`;
}
