/** The filters of the list of actions, kept in the address so that « Retour » finds them again. */
import { Select } from '@mantine/core';
import {
  actionKindLabels,
  actionKinds,
  actionStatuses,
  actionStatusLabels,
} from '../../shared/actions/schemas';
import type { ActionFilterInput } from '../../shared/actions/schemas';
import type { ActionTheme } from '../../shared/actions/types';
import { involvementLabels, involvementLevels } from '../../shared/register/schemas';
import type { OrganisationSummary } from '../../shared/register/types';
import { filterYears } from './labels';

/** URL parameter → filter; a value that is not one of the options is ignored. */
export function filterOf(params: URLSearchParams, search: string): ActionFilterInput {
  const pick = <T extends string>(key: string, values: readonly T[]): T | null => {
    const v = params.get(key);
    return values.find((x) => x === v) ?? null;
  };
  const positive = (key: string): number | null => {
    const n = Number(params.get(key));
    return Number.isInteger(n) && n > 0 ? n : null;
  };
  const carrier = params.get('porteur');
  return {
    search,
    kind: pick('type', actionKinds),
    status: pick('statut', actionStatuses),
    themeId: positive('theme'),
    involvementLevel: pick('niveau', involvementLevels),
    year: positive('annee'),
    carrier: carrier === 'association' ? 'association' : null,
    organisationId: carrier !== null && /^\d+$/.test(carrier) ? Number(carrier) : null,
    projectId: positive('projet'),
  };
}

export function ActionFilters(props: {
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
  themes: ActionTheme[];
  organisations: OrganisationSummary[];
}) {
  const { params, update } = props;
  const common = { clearable: true, w: 190, size: 'sm' as const };
  return (
    <>
      <Select
        {...common}
        label="Porteur"
        placeholder="Tous"
        searchable
        data={[
          { value: 'association', label: 'L’association' },
          ...props.organisations.map((o) => ({ value: String(o.id), label: o.name })),
        ]}
        value={params.get('porteur')}
        onChange={(v) => update({ porteur: v })}
      />
      <Select
        {...common}
        label="Thématique"
        placeholder="Toutes"
        data={props.themes.map((t) => ({ value: String(t.id), label: t.label }))}
        value={params.get('theme')}
        onChange={(v) => update({ theme: v })}
      />
      <Select
        {...common}
        label="Niveau d’implication"
        placeholder="Tous"
        data={involvementLevels.map((l) => ({ value: l, label: involvementLabels[l] }))}
        value={params.get('niveau')}
        onChange={(v) => update({ niveau: v })}
      />
      <Select
        {...common}
        w={110}
        label="Année"
        placeholder="Toutes"
        data={filterYears().map(String)}
        value={params.get('annee')}
        onChange={(v) => update({ annee: v })}
      />
      <Select
        {...common}
        w={130}
        label="Statut"
        placeholder="Tous"
        data={actionStatuses.map((s) => ({ value: s, label: actionStatusLabels[s] }))}
        value={params.get('statut')}
        onChange={(v) => update({ statut: v })}
      />
      <Select
        {...common}
        w={120}
        label="Type"
        placeholder="Tous"
        data={actionKinds.map((k) => ({ value: k, label: actionKindLabels[k] }))}
        value={params.get('type')}
        onChange={(v) => update({ type: v })}
      />
    </>
  );
}
