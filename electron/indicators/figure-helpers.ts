/** Small builders the families of figures share: a figure with its breakdowns, a count, the months of a period. */
import type { FigureId } from '../../shared/indicators/catalogue';
import type { Breakdown, DashboardFigure, FigureValue, ResolvedPeriod } from '../../shared/indicators/types';
import { addMonths } from '../../shared/rules/dates';
import { monthLabel } from './labels';

export const figure = (
  id: FigureId,
  current: FigureValue,
  previous: FigureValue,
  breakdowns: Breakdown[] = [],
): DashboardFigure => ({ id, current, previous, breakdowns: breakdowns.filter((b) => b.items.length > 0) });

export const count = (value: number): FigureValue => ({ value, of: null });

/** 'YYYY-MM' of every month from the period's first day to its last day counted. */
export function monthsOf(period: ResolvedPeriod): string[] {
  const months: string[] = [];
  for (
    let m = period.from.slice(0, 7);
    m <= period.until.slice(0, 7);
    m = addMonths(`${m}-01`, 1).slice(0, 7)
  )
    months.push(m);
  return months;
}

/** Every month of the period, those without anything at zero: the chart keeps the calendar. */
export function byMonth(period: ResolvedPeriod, sums: ReadonlyMap<string, number>): Breakdown {
  return {
    key: 'mois',
    label: 'Par mois',
    items: monthsOf(period).map((m) => ({ label: monthLabel(m), value: sums.get(m) ?? 0 })),
  };
}
