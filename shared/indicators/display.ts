/**
 * How a figure is said: its value (« 412 personnes », « 74 % », « 1 234 h 30 », « 1 234,56 € »)
 * and its evolution against the previous period (« ↑ +12 personnes par rapport à 2025 »). Pure:
 * the dashboard, and later the bilan and the exports, say it the same way.
 */
import { formatDuration, formatEuros, formatInteger, NBSP } from '../rules/format-fr';
import { halfDaysText } from '../meetings/conge-rules';
import { plural } from '../rules/plural';
import type { FigureDef } from './catalogue';
import type { FigureValue } from './types';

/** Percentage of a part, rounded to the unit; null without a whole. */
export function percentOf(value: FigureValue): number | null {
  if (value.of === null || value.of === 0) return null;
  return Math.round((value.value * 100) / value.of);
}

/** A mean score to one decimal (the surveys' rule, shared/surveys/results.ts); null without scores. */
export function meanOf(value: FigureValue): number | null {
  if (value.of === null || value.of === 0) return null;
  return Math.round((value.value * 10) / value.of) / 10;
}

const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 4.2 → « 4,2 / 5 ». */
export function meanText(mean: number): string {
  return `${oneDecimal.format(mean)}${NBSP}/${NBSP}5`;
}

/** The main text of a figure's card. */
export function valueText(def: FigureDef, value: FigureValue): string {
  switch (def.display) {
    case 'nombre':
      return plural(value.value, def.noun[0], def.noun[1]);
    case 'taux': {
      const percent = percentOf(value);
      return percent === null ? '—' : `${formatInteger(percent)}${NBSP}%`;
    }
    case 'duree':
      return formatDuration(value.value);
    case 'montant':
      return formatEuros(value.value);
    case 'demiJournees':
      return halfDaysText(value.value);
    case 'moyenne': {
      const mean = meanOf(value);
      return mean === null ? '—' : meanText(mean);
    }
  }
}

/** The line under the value: « 412 sièges sur 600 », « 12 notes de frais ». */
export function valueDetail(def: FigureDef, value: FigureValue): string | null {
  if (def.display === 'taux')
    return value.of === null
      ? null
      : `${plural(value.value, def.noun[0], def.noun[1])} sur ${formatInteger(value.of)}`;
  if (def.display === 'montant' || def.display === 'demiJournees' || def.display === 'moyenne')
    return value.of === null ? null : plural(value.of, def.noun[0], def.noun[1]);
  return null;
}

export type Trend = 'hausse' | 'baisse' | 'stable' | 'sans';

export interface Evolution {
  trend: Trend;
  /** « ↑ +12 personnes par rapport à 2025 », « ↓ −3 points par rapport à la période précédente ». */
  text: string;
}

/** The difference with the previous period, in the figure's own unit (points for a `taux`). */
export function evolution(
  def: FigureDef,
  current: FigureValue,
  previous: FigureValue,
  previousLabel: string,
): Evolution {
  let diff: number;
  let amount: string;
  if (def.display === 'taux') {
    const now = percentOf(current);
    const before = percentOf(previous);
    if (now === null || before === null)
      return { trend: 'sans', text: `Pas de comparaison possible avec ${previousLabel}` };
    diff = now - before;
    amount = plural(Math.abs(diff), 'point', 'points');
  } else if (def.display === 'moyenne') {
    const now = meanOf(current);
    const before = meanOf(previous);
    if (now === null || before === null)
      return { trend: 'sans', text: `Pas de comparaison possible avec ${previousLabel}` };
    // Tenths, counted as integers: 4.3 − 4.1 must say 0,2, not 0,19999.
    const tenths = Math.round(now * 10) - Math.round(before * 10);
    diff = tenths;
    amount = `${oneDecimal.format(Math.abs(tenths) / 10)}${NBSP}${Math.abs(tenths) >= 20 ? 'points' : 'point'}`;
  } else {
    diff = current.value - previous.value;
    const size = Math.abs(diff);
    amount =
      def.display === 'duree'
        ? formatDuration(size)
        : def.display === 'montant'
          ? formatEuros(size)
          : def.display === 'demiJournees'
            ? halfDaysText(size)
            : plural(size, def.noun[0], def.noun[1]);
  }
  const against = `par rapport à ${previousLabel}`;
  if (diff === 0) return { trend: 'stable', text: `= stable ${against}` };
  return diff > 0
    ? { trend: 'hausse', text: `↑ +${amount} ${against}` }
    : { trend: 'baisse', text: `↓ −${amount} ${against}` };
}
