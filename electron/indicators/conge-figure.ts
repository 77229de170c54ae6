/**
 * The congé de représentation used in a period, by the congé counter's own rule: the year of
 * every employed person concerned is weighed by computeYear (electron/meetings/conge.ts), and the
 * half-days of the days within the period are added. Its own call: weighing thousands of
 * people's years takes longer than the rest of the dashboard, which need not wait for it.
 */
import { employedPeopleWithPresence } from '../../db/indicators/register-figures';
import type { PeriodData, ScopeData } from '../../shared/indicators/schemas';
import type { DashboardFigure, FigureValue, ResolvedPeriod } from '../../shared/indicators/types';
import { computeYear } from '../meetings/conge';
import { getMeetingsSettings } from '../meetings/meetings';
import { todayIso, type ServiceContext } from '../service-context';
import { periodsOf } from './dashboard';

export interface CongeOfPerson {
  representativeId: number;
  halfDays: number;
}

/** Half-days per person with some congé in the period, most first. */
export async function congeByPerson(
  ctx: ServiceContext,
  scope: ScopeData,
  period: ResolvedPeriod,
): Promise<CongeOfPerson[]> {
  if (period.until < period.from) return [];
  const ids = await employedPeopleWithPresence(ctx.db, scope, period);
  if (ids.length === 0) return [];
  const settings = await getMeetingsSettings(ctx);
  const today = todayIso(ctx);
  const halfDays = new Map<number, number>();
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.until.slice(0, 4)); year += 1) {
    const people = await computeYear(ctx, ids, year, settings, today);
    for (const person of people.values()) {
      const inPeriod = person.days
        .filter((d) => d.date >= period.from && d.date <= period.until)
        .reduce((s, d) => s + d.halfDays, 0);
      if (inPeriod > 0)
        halfDays.set(person.representativeId, (halfDays.get(person.representativeId) ?? 0) + inPeriod);
    }
  }
  return [...halfDays.entries()]
    .map(([representativeId, n]) => ({ representativeId, halfDays: n }))
    .sort((a, b) => b.halfDays - a.halfDays || a.representativeId - b.representativeId);
}

const total = (list: readonly CongeOfPerson[]): FigureValue => ({
  value: list.reduce((s, p) => s + p.halfDays, 0),
  of: list.length,
});

export async function congeFigure(
  ctx: ServiceContext,
  period: PeriodData,
  scope: ScopeData,
): Promise<DashboardFigure> {
  const p = periodsOf(ctx, period);
  const [now, before] = [
    await congeByPerson(ctx, scope, p.current),
    await congeByPerson(ctx, scope, p.previous),
  ];
  return { id: 'congeUsed', current: total(now), previous: total(before), breakdowns: [] };
}
