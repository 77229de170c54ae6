/** How the dashboard names its scope and its months. */
import { instanceTypeLabel, organisationName, projectTitle } from '../../db/indicators/scope-options';
import type { ScopeData } from '../../shared/indicators/schemas';
import { notFound } from '../errors';
import type { ServiceContext } from '../service-context';

const MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

/** '2026-03' → « mars 2026 ». */
export function monthLabel(yearMonth: string): string {
  return `${MONTHS[Number(yearMonth.slice(5, 7)) - 1] ?? ''} ${yearMonth.slice(0, 4)}`;
}

export function departmentLabel(code: string): string {
  return `Département ${code}`;
}

export async function scopeLabel(ctx: ServiceContext, scope: ScopeData): Promise<string> {
  switch (scope.kind) {
    case 'tout':
      return 'Toutes les instances';
    case 'organisation': {
      const name = await organisationName(ctx.db, scope.id);
      if (name === null) throw notFound('Organisation');
      return name;
    }
    case 'typeInstance': {
      const label = await instanceTypeLabel(ctx.db, scope.id);
      if (label === null) throw notFound('Type d’instance');
      return `Instances de type ${label}`;
    }
    case 'departement':
      return departmentLabel(scope.code);
    case 'projet': {
      const title = await projectTitle(ctx.db, scope.id);
      if (title === null) throw notFound('Projet');
      return `Projet « ${title} »`;
    }
  }
}
