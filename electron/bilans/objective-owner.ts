/**
 * Whose objectives, and over what their computed results are counted: a project over its own dates
 * (until today while it runs) in the scope of the organisation that carries it (everything when the
 * association carries it itself); a year over that year, everything. One place, so the project's
 * page, the yearly page and the bilan count the same way.
 */
import { projectFacts } from '../../db/bilans/projects';
import type { ObjectiveOwner } from '../../shared/bilans/objectives';
import type { PeriodData, ScopeData } from '../../shared/indicators/schemas';
import { AppError, notFound } from '../errors';
import type { Executor } from '../../db/audit';
import { todayIso, type ServiceContext } from '../service-context';

export interface OwnerFacts {
  title: string;
  period: PeriodData | null;
  periodNote: string | null;
  scope: ScopeData;
}

export async function ownerFacts(
  ctx: ServiceContext,
  owner: ObjectiveOwner,
  db: Executor = ctx.db,
): Promise<OwnerFacts> {
  if (owner.kind === 'annee')
    return {
      title: `Année ${owner.year}`,
      period: { kind: 'annee', year: owner.year },
      periodNote: null,
      scope: { kind: 'tout' },
    };
  const project = await projectFacts(db, owner.actionId);
  if (!project) throw notFound('Projet');
  if (project.kind !== 'projet')
    throw new AppError(
      'VALIDATION',
      'Les objectifs et indicateurs se définissent sur un projet, pas sur une action.',
    );
  const scope: ScopeData =
    project.organisation_id === null
      ? { kind: 'tout' }
      : { kind: 'organisation', id: project.organisation_id };
  const title = `Projet « ${project.title} »`;
  if (project.start_date === null)
    return {
      title,
      period: null,
      periodNote:
        'Le projet n’a pas de date de début : indiquez-la pour que Porte-voix calcule les résultats.',
      scope,
    };
  const today = todayIso(ctx);
  const end = project.end_date ?? (today > project.start_date ? today : project.start_date);
  return { title, period: { kind: 'dates', from: project.start_date, to: end }, periodNote: null, scope };
}
