import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { actionKindLabels, actionSorts, type ActionSort } from '../../shared/actions/schemas';
import type { ActionSummary } from '../../shared/actions/types';
import { plural } from '../../shared/rules/plural';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ExportMenu } from '../components/ExportMenu';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { useLoad, usePagedList } from '../hooks';
import { ActionFilters, filterOf } from './ActionFilters';
import { formatDate } from '../format';
import { StatusBadge } from './labels';

const columns: Column<ActionSummary, ActionSort>[] = [
  {
    key: 'date',
    label: 'Dates',
    width: '120px',
    sortKey: 'date',
    render: (a) => (
      <Stack gap={0}>
        <Text size="sm">{a.startDate ? formatDate(a.startDate) : '—'}</Text>
        {a.endDate !== null && a.endDate !== a.startDate && (
          <Text size="xs" c="dimmed">
            au {formatDate(a.endDate)}
          </Text>
        )}
      </Stack>
    ),
  },
  {
    key: 'titre',
    label: 'Titre',
    width: 'minmax(200px, 2.4fr)',
    sortKey: 'titre',
    render: (a) => (
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {a.title}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {actionKindLabels[a.kind]}
          {a.projectTitle ? ` · ${a.projectTitle}` : ''}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'porteur',
    label: 'Porteur',
    width: 'minmax(150px, 1.6fr)',
    sortKey: 'porteur',
    render: (a) => (
      <Text size="sm" truncate>
        {a.carrierName}
      </Text>
    ),
  },
  {
    key: 'theme',
    priority: 2,
    label: 'Thématique',
    width: 'minmax(140px, 1.4fr)',
    render: (a) => (
      <Text size="sm" truncate>
        {a.themeLabel ?? '—'}
      </Text>
    ),
  },
  {
    key: 'seances',
    priority: 1,
    label: 'Séances',
    width: '80px',
    render: (a) => a.sessionCount,
  },
  {
    key: 'statut',
    label: 'Statut',
    width: '125px',
    sortKey: 'statut',
    render: (a) => <StatusBadge kind={a.kind} status={a.status} />,
  },
];

const FILTER_KEYS = ['porteur', 'theme', 'niveau', 'annee', 'statut', 'type', 'projet'] as const;

export function ActionsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 120);
  const sort = actionSorts.find((s) => s === params.get('tri')) ?? 'date';
  const direction = params.get('ordre') === 'asc' ? 'asc' : 'desc';
  const filter = filterOf(params, debounced);
  const filterKey = JSON.stringify(filter);
  const { data: themes } = useLoad(() => call('actionThemes:list', {}), []);
  const projectId = filter.projectId ?? null;
  const { data: project } = useLoad(
    () => (projectId === null ? Promise.resolve(null) : call('actions:get', { id: projectId })),
    [projectId],
  );
  const { data: organisations } = useLoad(() => call('organisations:list', { status: 'tous' }), []);

  const { rows, total, loading, onVisibleRangeChange } = usePagedList(
    (offset, limit) => call('actions:list', { ...filter, sort, direction, offset, limit }),
    [filterKey, sort, direction],
    200,
  );

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const filtering = FILTER_KEYS.some((k) => params.has(k));
  const clearFilters = () => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])));

  const count = total ?? 0;
  const nothingAtAll = !loading && count === 0 && debounced.trim() === '' && !filtering;
  const newAction = () => navigate('/actions/nouvelle');

  return (
    <>
      <PageHeader
        title="Actions et projets"
        actions={
          <>
            <ExportMenu
              produce={(format) => call('actions:export', { ...filter, sort, direction, format })}
            />
            <Button leftSection={<IconPlus size={16} />} onClick={newAction}>
              Nouvelle action ou projet
            </Button>
          </>
        }
      />
      <Group mb="md" gap="sm" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Titre, description, partenaires, lieu…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={300}
          size="sm"
          autoFocus
        />
        <ActionFilters
          params={params}
          update={update}
          themes={themes ?? []}
          organisations={organisations?.rows ?? []}
        />
        <Stack gap={0} justify="end" mih={36}>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte">
            {loading ? 'Chargement…' : plural(count, 'action ou projet', 'actions et projets')}
            {project ? ` du projet « ${project.title} »` : ''}
          </Text>
          {filtering && (
            <Anchor component="button" size="sm" onClick={clearFilters}>
              Effacer les filtres
            </Anchor>
          )}
        </Stack>
      </Group>
      {nothingAtAll ? (
        <EmptyState
          title="Aucune action ni aucun projet pour l’instant"
          actionLabel="Nouvelle action ou projet"
          onAction={newAction}
        >
          Enregistrez ici les projets et les actions auxquels l’association prend part : groupes de travail
          d’une CPTS ou d’un DAC, forums santé, ateliers, diagnostic territorial… Leurs séances prennent les
          présences comme une réunion, pour les défraiements et les attestations.
        </EmptyState>
      ) : count === 0 && !loading ? (
        <EmptyState title="Aucun résultat">
          {debounced.trim() === ''
            ? 'Aucune action ne correspond à ces filtres.'
            : `Aucune action ne correspond à « ${debounced.trim()} »${filtering ? ' avec ces filtres' : ''}.`}
        </EmptyState>
      ) : (
        <VirtualTable
          label="Liste des actions et projets"
          rows={rows}
          onVisibleRangeChange={onVisibleRangeChange}
          columns={columns}
          rowKey={(a) => a.id}
          onOpen={(a) => navigate(`/actions/${a.id}`)}
          sort={sort}
          direction={direction}
          onSort={(s, d) => update({ tri: s, ordre: d })}
          height="calc(100vh - 300px)"
        />
      )}
    </>
  );
}
