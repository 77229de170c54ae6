/** « Temps bénévole »: the time given outside meetings, searched, filtered, sorted, exported. */
import { Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDuration } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { volunteerTimeSorts, type VolunteerTimeSort } from '../../shared/valorisation/schemas';
import type { VolunteerTime } from '../../shared/valorisation/types';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ExportMenu } from '../components/ExportMenu';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { formatDate } from '../format';
import { useLoad, usePagedList } from '../hooks';
import { VolunteerTimeFormModal } from './VolunteerTimeFormModal';

const columns: Column<VolunteerTime, VolunteerTimeSort>[] = [
  { key: 'date', label: 'Date', width: '110px', sortKey: 'date', render: (e) => formatDate(e.date) },
  {
    key: 'nom',
    label: 'Personne',
    width: 'minmax(150px, 1.4fr)',
    sortKey: 'nom',
    render: (e) => (
      <Text size="sm" fw={500} truncate>
        {e.personName}
      </Text>
    ),
  },
  {
    key: 'categorie',
    label: 'Catégorie',
    width: 'minmax(180px, 1.8fr)',
    sortKey: 'categorie',
    render: (e) => (
      <Text size="sm" truncate>
        {e.categoryLabel}
      </Text>
    ),
  },
  { key: 'duree', label: 'Durée', width: '90px', sortKey: 'duree', render: (e) => formatDuration(e.minutes) },
  {
    key: 'lien',
    priority: 1,
    label: 'Action ou instance',
    width: 'minmax(150px, 1.4fr)',
    render: (e) => (
      <Text size="sm" truncate>
        {e.actionTitle ?? e.instanceName ?? '—'}
      </Text>
    ),
  },
  {
    key: 'description',
    priority: 2,
    label: 'Description',
    width: 'minmax(160px, 2fr)',
    render: (e) => (
      <Text size="sm" c="dimmed" truncate>
        {e.description ?? ''}
      </Text>
    ),
  },
];

const FILTER_KEYS = ['categorie', 'annee', 'personne'] as const;

export function VolunteerTimePage() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 120);
  const sort = volunteerTimeSorts.find((s) => s === params.get('tri')) ?? 'date';
  const direction = params.get('ordre') === 'asc' ? 'asc' : 'desc';
  const number = (key: string) => (params.get(key) ? Number(params.get(key)) : null);
  const filter = {
    search: debounced,
    categoryId: number('categorie'),
    year: number('annee'),
    representativeId: number('personne'),
    sort,
    direction,
  } as const;
  const filterKey = JSON.stringify(filter);
  const [editing, setEditing] = useState<VolunteerTime | null>(null);
  const [opened, setOpened] = useState(false);
  const [version, setVersion] = useState(0);
  const [summary, setSummary] = useState<{ totalMinutes: number; years: number[] } | null>(null);

  const { rows, total, loading, onVisibleRangeChange } = usePagedList(
    async (offset, limit) => {
      const page = await call('volunteerTime:list', { ...filter, offset, limit });
      setSummary({ totalMinutes: page.totalMinutes, years: page.years });
      return page;
    },
    [filterKey, version],
    200,
  );
  const { data: categories } = useLoad(() => call('volunteerCategories:list', {}), []);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const filtering = FILTER_KEYS.some((k) => params.has(k));
  const count = total ?? 0;
  const nothingAtAll = !loading && count === 0 && debounced.trim() === '' && !filtering;
  const add = () => {
    setEditing(null);
    setOpened(true);
  };
  const reload = () => setVersion((v) => v + 1);

  return (
    <>
      <PageHeader
        title="Temps bénévole"
        actions={
          <>
            <ExportMenu produce={(format) => call('volunteerTime:export', { ...filter, format })} />
            <Button leftSection={<IconPlus size={16} />} onClick={add}>
              Ajouter du temps
            </Button>
          </>
        }
      />
      <Group mb="md" gap="sm" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Nom, catégorie, description…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={280}
        />
        <Select
          label="Catégorie"
          placeholder="Toutes"
          clearable
          w={260}
          value={params.get('categorie')}
          onChange={(v) => update({ categorie: v })}
          data={(categories ?? []).map((c) => ({
            value: String(c.id),
            label: c.archived ? `${c.label} (archivée)` : c.label,
          }))}
        />
        <Select
          label="Année"
          placeholder="Toutes"
          clearable
          w={110}
          value={params.get('annee')}
          onChange={(v) => update({ annee: v })}
          data={(summary?.years ?? []).map(String)}
        />
        <Stack gap={0} justify="end" mih={36}>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte">
            {loading && total === null
              ? 'Chargement…'
              : `${plural(count, 'saisie', 'saisies')}${summary && summary.totalMinutes > 0 ? ` — ${formatDuration(summary.totalMinutes)} au total` : ''}`}
          </Text>
          {filtering && (
            <Anchor
              component="button"
              size="sm"
              onClick={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
            >
              Effacer les filtres
            </Anchor>
          )}
        </Stack>
      </Group>
      {nothingAtAll ? (
        <EmptyState title="Aucun temps bénévole saisi" actionLabel="Ajouter du temps" onAction={add}>
          Les heures passées en réunion et aux séances des actions comptent déjà d’elles-mêmes. Notez ici le
          temps donné en dehors : préparation d’une réunion, fonctions de bureau, animation, trajets… Il
          s’ajoute à la valorisation du bénévolat du tableau de bord.
        </EmptyState>
      ) : count === 0 && !loading ? (
        <EmptyState title="Aucun résultat">Aucune saisie ne correspond à ces critères.</EmptyState>
      ) : (
        <VirtualTable
          label="Liste du temps bénévole"
          rows={rows}
          onVisibleRangeChange={onVisibleRangeChange}
          columns={columns}
          rowKey={(e) => e.id}
          onOpen={(e) => {
            setEditing(e);
            setOpened(true);
          }}
          sort={sort}
          direction={direction}
          onSort={(s, d) => update({ tri: s, ordre: d })}
          height="calc(100vh - 300px)"
        />
      )}
      <VolunteerTimeFormModal
        opened={opened}
        onClose={() => setOpened(false)}
        onSaved={reload}
        onDeleted={reload}
        editing={editing}
      />
    </>
  );
}
