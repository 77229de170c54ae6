/**
 * The period of a figure: a calendar year or any dates, the last day counted (today while the
 * period runs: a meeting planned for December is not « held » in November), and the previous
 * period the evolution compares with — the previous year for a year, otherwise as many days
 * ending the day before.
 */
import { addDays, dayBefore, daysBetween, frenchDate } from '../rules/dates';
import type { PeriodData } from './schemas';
import type { ResolvedPeriod } from './types';

function resolved(from: string, to: string, today: string, label: string): ResolvedPeriod {
  return { from, to, until: to < today ? to : today, label };
}

export function resolvePeriod(period: PeriodData, today: string): ResolvedPeriod {
  if (period.kind === 'annee')
    return resolved(`${period.year}-01-01`, `${period.year}-12-31`, today, String(period.year));
  return resolved(period.from, period.to, today, `du ${frenchDate(period.from)} au ${frenchDate(period.to)}`);
}

export function previousPeriod(period: PeriodData, today: string): ResolvedPeriod {
  if (period.kind === 'annee') return resolvePeriod({ kind: 'annee', year: period.year - 1 }, today);
  const to = dayBefore(period.from);
  const from = addDays(to, -daysBetween(period.from, period.to));
  return resolvePeriod({ kind: 'dates', from, to }, today);
}

/** How the evolution names the previous period: « 2025 », « la période précédente ». */
export function comparedWith(period: PeriodData): string {
  return period.kind === 'annee' ? String(period.year - 1) : 'la période précédente';
}
