import { Badge, Button, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { organisationKindLabels } from '../../shared/register/schemas';
import type { OrganisationSummary } from '../../shared/register/types';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { useLoad } from '../hooks';
import { plural } from './labels';

type Sort = 'nom' | 'type' | 'ville' | 'instances';
type Status = 'actifs' | 'archives' | 'tous';

const columns: Column<OrganisationSummary, Sort>[] = [
  {
    key: 'nom',
    label: 'Nom',
    width: 'minmax(220px, 2.5fr)',
    sortKey: 'nom',
    render: (o) => (
      <Text size="sm" fw={500} truncate>
        {o.name}
      </Text>
    ),
  },
  {
    key: 'type',
    priority: 1,
    label: 'Type',
    width: 'minmax(160px, 2fr)',
    sortKey: 'type',
    render: (o) => organisationKindLabels[o.kind],
  },
  {
    key: 'ville',
    priority: 2,
    label: 'Ville',
    width: 'minmax(120px, 1fr)',
    sortKey: 'ville',
    render: (o) => [o.postalCode, o.city].filter(Boolean).join(' ') || '—',
  },
  {
    key: 'instances',
    label: 'Instances',
    width: '110px',
    sortKey: 'instances',
    render: (o) => o.instanceCount,
  },
  {
    key: 'statut',
    label: 'Statut',
    width: '100px',
    render: (o) =>
      o.archived ? (
        <Badge color="gray" variant="light">
          Archivée
        </Badge>
      ) : null,
  },
];

export function OrganisationsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 120);
  const status = (params.get('statut') as Status | null) ?? 'actifs';
  const sort = (params.get('tri') as Sort | null) ?? 'nom';
  const direction = params.get('ordre') === 'desc' ? 'desc' : 'asc';
  const { data, loading } = useLoad(
    () => call('organisations:list', { search: debounced, status, sort, direction }),
    [debounced, status, sort, direction],
  );
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setParams(next, { replace: true });
  };
  const rows = data?.rows ?? [];
  const nothingAtAll = !loading && rows.length === 0 && debounced === '' && status === 'actifs';
  const add = () => navigate('/organisations/nouvelle');

  return (
    <>
      <PageHeader
        title="Organisations"
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={add}>
            Ajouter une organisation
          </Button>
        }
      />
      <Group mb="md" gap="md" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Nom, ville…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={320}
          autoFocus
        />
        <SegmentedControl
          aria-label="Afficher"
          value={status}
          onChange={(v) => update({ statut: v })}
          data={[
            { value: 'actifs', label: 'Actives' },
            { value: 'archives', label: 'Archivées' },
            { value: 'tous', label: 'Toutes' },
          ]}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte">
          {loading && !data ? 'Chargement…' : plural(rows.length, 'organisation', 'organisations')}
        </Text>
      </Group>
      {nothingAtAll ? (
        <EmptyState
          title="Aucune organisation pour l’instant"
          actionLabel="Ajouter une organisation"
          onAction={add}
        >
          Les organisations sont les établissements, l’ARS, la CPAM, les CPTS… auprès desquels l’association
          siège. Chacune regroupe ses instances (CDU, conseil, assemblée générale…).
        </EmptyState>
      ) : rows.length === 0 && !loading ? (
        <EmptyState title="Aucun résultat">
          {debounced.trim() === ''
            ? `Aucune organisation ${status === 'archives' ? 'archivée' : 'dans cette liste'}.`
            : `Aucune organisation ne correspond à « ${debounced} »${status === 'actifs' ? ' parmi les actives. Essayez « Toutes ».' : '.'}`}
        </EmptyState>
      ) : (
        <VirtualTable
          label="Liste des organisations"
          rows={rows}
          columns={columns}
          rowKey={(o) => o.id}
          onOpen={(o) => navigate(`/organisations/${o.id}`)}
          sort={sort}
          direction={direction}
          onSort={(s, d) => update({ tri: s, ordre: d })}
        />
      )}
    </>
  );
}
