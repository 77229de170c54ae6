/**
 * The « Bénévolat » family of the dashboard: hours and their valorisation over the period and
 * the one before, by category, from the same computation as the relevé and the journal.
 */
import type { ScopeData } from '../../shared/indicators/schemas';
import { countedHoursByPerson } from '../../db/valorisation/counted-hours';
import type {
  Breakdown,
  DashboardFigure,
  FigureDetailLine,
  ResolvedPeriod,
} from '../../shared/indicators/types';
import { formatDuration } from '../../shared/rules/format-fr';
import { missingRatesMessage } from '../../shared/valorisation/rules';
import type { Valorisation } from '../../shared/valorisation/types';
import type { ServiceContext } from '../service-context';
import { getValorisationSettings, sourcesOf, valorisationOf } from './valorisation';

/** Sums the lines of several years by category, in the categories' order. */
function byCategory(v: Valorisation, valueOf: (l: Valorisation['lines'][number]) => number): Breakdown {
  const sums = new Map<string, number>();
  for (const line of v.lines)
    sums.set(line.categoryLabel, (sums.get(line.categoryLabel) ?? 0) + valueOf(line));
  return {
    key: 'categorie',
    label: 'Par catégorie',
    items: [...sums.entries()].map(([label, value]) => ({ label, value })),
  };
}

export async function volunteeringFigures(
  ctx: ServiceContext,
  scope: ScopeData,
  p: { current: ResolvedPeriod; previous: ResolvedPeriod },
): Promise<DashboardFigure[]> {
  const settings = await getValorisationSettings(ctx);
  const of = (period: ResolvedPeriod) =>
    valorisationOf(ctx, { from: period.from, until: period.until, scope, representativeId: null }, settings);
  const [now, before] = await Promise.all([of(p.current), of(p.previous)]);
  const nonEmpty = (b: Breakdown) => (b.items.length > 0 ? [b] : []);
  const warning = missingRatesMessage(now.missing);
  return [
    {
      id: 'volunteerHours',
      current: { value: now.totalMinutes, of: null },
      previous: { value: before.totalMinutes, of: null },
      breakdowns: nonEmpty(byCategory(now, (l) => l.minutes)),
    },
    {
      id: 'volunteerValue',
      current: { value: now.totalCents, of: null },
      previous: { value: before.totalCents, of: null },
      breakdowns: nonEmpty(byCategory(now, (l) => l.valueCents ?? 0)),
      ...(warning === null ? {} : { warning }),
    },
  ];
}

/** The list behind both figures: the people with counted hours, most first, one page at a time. */
export async function volunteerPeopleList(
  ctx: ServiceContext,
  scope: ScopeData,
  period: ResolvedPeriod,
  page: { offset: number; limit: number },
): Promise<{ total: number; lines: FigureDetailLine[] }> {
  if (period.until < period.from) return { total: 0, lines: [] };
  const settings = await getValorisationSettings(ctx);
  const result = await countedHoursByPerson(
    ctx.db,
    sourcesOf(settings),
    { from: period.from, until: period.until, scope, representativeId: null },
    page,
  );
  return {
    total: result.total,
    lines: result.rows.map((r) => ({
      id: r.id,
      label: `${r.firstName} ${r.lastName}`,
      detail: null,
      date: null,
      value: formatDuration(r.minutes),
      link: `/representants/${r.id}`,
    })),
  };
}
