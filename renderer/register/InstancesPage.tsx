import { Badge, Button, Group, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { InstanceSummary } from '../../shared/register/types';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { useLoad } from '../hooks';
import { plural } from './labels';

type Sort = 'nom' | 'organisation' | 'type' | 'vacants';
type Status = 'actifs' | 'archives' | 'tous';

const columns: Column<InstanceSummary, Sort>[] = [
  {
    key: 'nom',
    label: 'Instance',
    width: 'minmax(200px, 2.2fr)',
    sortKey: 'nom',
    render: (i) => (
      <Text size="sm" fw={500} truncate>
        {i.name}
      </Text>
    ),
  },
  {
    key: 'organisation',
    label: 'Organisation',
    width: 'minmax(180px, 2fr)',
    sortKey: 'organisation',
    render: (i) => (
      <Text size="sm" truncate>
        {i.organisationName}
      </Text>
    ),
  },
  {
    key: 'type',
    priority: 1,
    label: 'Type',
    width: 'minmax(150px, 1.2fr)',
    sortKey: 'type',
    render: (i) => (
      <Text size="sm" truncate title={i.typeLabel}>
        {i.typeLabel}
      </Text>
    ),
  },
  {
    key: 'titulaires',
    label: 'Titulaires',
    width: '100px',
    render: (i) => `${i.activeTitulaires} / ${i.seatsTitulaire}`,
  },
  {
    key: 'suppleants',
    label: 'Suppléants',
    width: '100px',
    render: (i) => `${i.activeSuppleants} / ${i.seatsSuppleant}`,
  },
  {
    key: 'vacants',
    label: 'Vacants',
    width: '100px',
    sortKey: 'vacants',
    render: (i) =>
      i.archived ? (
        <Badge color="gray" variant="light">
          Archivée
        </Badge>
      ) : i.vacantSeats > 0 ? (
        <Badge color="orange" variant="light">
          {i.vacantSeats}
        </Badge>
      ) : (
        '—'
      ),
  },
];

export function InstancesPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 120);
  const status = (params.get('statut') as Status | null) ?? 'actifs';
  const sort = (params.get('tri') as Sort | null) ?? 'nom';
  const direction = params.get('ordre') === 'desc' ? 'desc' : 'asc';
  const typeId = params.get('type') ? Number(params.get('type')) : null;
  const organisationId = params.get('organisation') ? Number(params.get('organisation')) : null;

  const { data, loading } = useLoad(
    () => call('instances:list', { search: debounced, status, sort, direction, typeId, organisationId }),
    [debounced, status, sort, direction, typeId, organisationId],
  );
  const { data: types } = useLoad(() => call('instanceTypes:list', {}), []);
  const { data: organisations } = useLoad(() => call('organisations:list', { status: 'tous' }), []);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const rows = data?.rows ?? [];
  const filtered = debounced !== '' || status !== 'actifs' || typeId !== null || organisationId !== null;
  const nothingAtAll = !loading && rows.length === 0 && !filtered;
  const add = () => navigate('/instances/nouvelle');

  return (
    <>
      <PageHeader
        title="Instances"
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={add}>
            Ajouter une instance
          </Button>
        }
      />
      <Group mb="md" gap="md" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Instance, organisation, type…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={300}
          autoFocus
        />
        <Select
          label="Type"
          placeholder="Tous les types"
          clearable
          w={200}
          value={typeId === null ? null : String(typeId)}
          onChange={(v) => update({ type: v })}
          data={(types ?? []).map((t) => ({ value: String(t.id), label: t.code }))}
        />
        <Select
          label="Organisation"
          placeholder="Toutes"
          clearable
          searchable
          w={240}
          value={organisationId === null ? null : String(organisationId)}
          onChange={(v) => update({ organisation: v })}
          data={(organisations?.rows ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
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
          {loading && !data ? 'Chargement…' : plural(rows.length, 'instance', 'instances')}
        </Text>
      </Group>
      {nothingAtAll ? (
        <EmptyState title="Aucune instance pour l’instant" actionLabel="Ajouter une instance" onAction={add}>
          Une instance est un organe où siègent des représentants des usagers : commission des usagers d’un
          hôpital, conseil territorial de santé, conseil d’administration d’une CPTS… Indiquez ses sièges pour
          voir ceux qui sont vacants.
        </EmptyState>
      ) : rows.length === 0 && !loading ? (
        <EmptyState title="Aucun résultat">Aucune instance ne correspond à ces critères.</EmptyState>
      ) : (
        <VirtualTable
          label="Liste des instances"
          rows={rows}
          columns={columns}
          rowKey={(i) => i.id}
          onOpen={(i) => navigate(`/instances/${i.id}`)}
          sort={sort}
          direction={direction}
          onSort={(s, d) => update({ tri: s, ordre: d })}
        />
      )}
    </>
  );
}
