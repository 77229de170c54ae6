/**
 * The dashboard's period and scope in the address (« ?annee=2025&perimetre=organisation-3 »), so
 * that the list behind a figure, the back button and a bookmark keep them.
 */
import { localTodayIso } from '../../shared/rules/dates';
import type { PeriodInput, ScopeInput } from '../../shared/indicators/schemas';

export interface DashboardParams {
  period: PeriodInput;
  scope: ScopeInput;
}

const currentYear = () => Number(localTodayIso().slice(0, 4));

export function readParams(params: URLSearchParams): DashboardParams {
  const from = params.get('du');
  const to = params.get('au');
  const period: PeriodInput =
    from && to
      ? { kind: 'dates', from, to }
      : { kind: 'annee', year: Number(params.get('annee')) || currentYear() };
  const [kind, value] = (params.get('perimetre') ?? 'tout').split('-');
  const id = Number(value);
  const scope: ScopeInput =
    kind === 'organisation' && id > 0
      ? { kind: 'organisation', id }
      : kind === 'type' && id > 0
        ? { kind: 'typeInstance', id }
        : kind === 'departement' && value
          ? { kind: 'departement', code: value }
          : kind === 'projet' && id > 0
            ? { kind: 'projet', id }
            : { kind: 'tout' };
  return { period, scope };
}

/** The scope as one picker value: « tout », « organisation-3 », « type-1 », « departement-35 », « projet-7 ». */
export function scopeKey(scope: ScopeInput): string {
  switch (scope.kind) {
    case 'tout':
      return 'tout';
    case 'organisation':
      return `organisation-${scope.id}`;
    case 'typeInstance':
      return `type-${scope.id}`;
    case 'departement':
      return `departement-${scope.code}`;
    case 'projet':
      return `projet-${scope.id}`;
  }
}

export function writeParams(p: DashboardParams): Record<string, string> {
  const out: Record<string, string> =
    p.period.kind === 'annee' ? { annee: String(p.period.year) } : { du: p.period.from, au: p.period.to };
  const key = scopeKey(p.scope);
  if (key !== 'tout') out.perimetre = key;
  return out;
}
