/**
 * The first-mandate starts whose formation de base falls due within a period, with their due
 * date, by the register's rule (addMonths: 31/08 + 6 months is 28/02). addMonths only moves
 * forward, so the starts lie around `from − delay` … `until − delay`; a few days either side
 * catch the ends of months it clamps.
 */
import { addDays, addMonths } from '../rules/dates';
import type { ResolvedPeriod } from './types';

export function dueCalendar(period: ResolvedPeriod, delayMonths: number): Array<[string, string]> {
  if (period.until < period.from) return [];
  const pairs: Array<[string, string]> = [];
  const last = addDays(addMonths(period.until, -delayMonths), 4);
  for (
    let start = addDays(addMonths(period.from, -delayMonths), -4);
    start <= last;
    start = addDays(start, 1)
  ) {
    const due = addMonths(start, delayMonths);
    if (due >= period.from && due <= period.until) pairs.push([start, due]);
  }
  return pairs;
}
