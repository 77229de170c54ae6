/**
 * One person's valorisation du bénévolat for the relevé annuel, when the settings put it there:
 * the same computation as the dashboard's, restricted to the person and the calendar year. A
 * relevé states an amount, so hours without an hourly value refuse it with the message saying which.
 */
import type { RecordValorisation } from '../documents/types';
import type { ValorisationSettings } from '../../shared/valorisation/settings';
import type { ServiceContext } from '../service-context';
import { requireValued, valorisationOf, yearBounds } from './valorisation';

export async function recordValorisation(
  ctx: ServiceContext,
  person: { id: number; firstName: string; lastName: string },
  year: number,
  settings: ValorisationSettings,
): Promise<RecordValorisation> {
  const v = await valorisationOf(
    ctx,
    { ...yearBounds(year), scope: null, representativeId: person.id },
    settings,
  );
  requireValued(v, `Le relevé ${year} de ${person.firstName} ${person.lastName} n’est pas produit`);
  return {
    lines: v.lines.map((l) => ({
      category: l.categoryLabel,
      minutes: l.minutes,
      hourlyCents: l.hourlyCents ?? 0,
      valueCents: l.valueCents ?? 0,
    })),
    totalMinutes: v.totalMinutes,
    totalCents: v.totalCents,
  };
}
