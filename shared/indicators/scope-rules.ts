/**
 * Which figures a scope has. A project holds no instance, no mandate and no person: its figures
 * are those of its actions and sessions, the answers to their questionnaires and the claim lines
 * of their sessions. The dashboard, its page and the rapport d'activité all ask here.
 */
import { engagementFigureIds } from './catalogue-engagement';
import type { FigureId } from './catalogue';
import type { ScopeInput } from './schemas';

const projectFigures: ReadonlySet<FigureId> = new Set<FigureId>([
  ...engagementFigureIds,
  'claimsPaid',
  'claimsRenounced',
]);

export function figureApplies(id: FigureId, scope: Pick<ScopeInput, 'kind'>): boolean {
  return scope.kind !== 'projet' || projectFigures.has(id);
}
