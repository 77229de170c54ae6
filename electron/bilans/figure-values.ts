/**
 * The values of chosen figures of the dashboard's catalogue for a period and a scope, through the
 * dashboard's own service (and the congé figure's, which the dashboard asks apart): an objective's
 * computed result and the bilan's « chiffres clés » are the dashboard's numbers, never a second
 * spelling of a figure.
 */
import type { FigureId } from '../../shared/indicators/catalogue';
import type { PeriodData, ScopeData } from '../../shared/indicators/schemas';
import type { DashboardFigure } from '../../shared/indicators/types';
import { congeFigure } from '../indicators/conge-figure';
import { dashboard } from '../indicators/dashboard';
import type { ServiceContext } from '../service-context';

export async function dashboardFigures(
  ctx: ServiceContext,
  period: PeriodData,
  scope: ScopeData,
  ids: readonly FigureId[],
): Promise<Map<FigureId, DashboardFigure>> {
  const found = new Map<FigureId, DashboardFigure>();
  if (ids.length === 0) return found;
  const wanted = new Set(ids);
  if ([...wanted].some((id) => id !== 'congeUsed')) {
    const board = await dashboard(ctx, period, scope);
    for (const f of board.figures) if (wanted.has(f.id)) found.set(f.id, f);
  }
  if (wanted.has('congeUsed')) found.set('congeUsed', await congeFigure(ctx, period, scope));
  return found;
}
