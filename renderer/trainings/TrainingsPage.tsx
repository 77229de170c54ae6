import { plural } from '../../shared/rules/plural';
import { Badge, Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconList, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { TrainingSort } from '../../shared/trainings/schemas';
import type { Training } from '../../shared/trainings/types';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ExportMenu } from '../components/ExportMenu';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { formatDuration } from '../../shared/rules/format-fr';
import { TrainingFormModal } from './TrainingFormModal';

const columns: Column<Training, TrainingSort>[] = [
  { key: 'date', label: 'Date', width: '110px', sortKey: 'date', render: (t) => formatDate(t.date) },
  {
    key: 'nom',
    label: 'Représentant',
    width: 'minmax(160px, 1.5fr)',
    sortKey: 'nom',
    render: (t) => (
      <Text size="sm" fw={500} truncate>
        {t.personName}
      </Text>
    ),
  },
  {
    key: 'type',
    label: 'Formation',
    width: 'minmax(200px, 2.5fr)',
    sortKey: 'type',
    render: (t) => (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" truncate>
          {t.kindLabel}
        </Text>
        {t.isBase && (
          <Badge size="xs" variant="light" color="teal" style={{ flexShrink: 0 }}>
            Base
          </Badge>
        )}
      </Group>
    ),
  },
  {
    key: 'duree',
    priority: 1,
    label: 'Durée',
    width: '100px',
    sortKey: 'duree',
    render: (t) => (t.durationMinutes === null ? '—' : formatDuration(t.durationMinutes)),
  },
  {
    key: 'organisme',
    priority: 2,
    label: 'Organisme',
    width: 'minmax(140px, 1.5fr)',
    render: (t) => t.organiser ?? '—',
  },
];

export function TrainingsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 120);
  const kindId = params.get('type') ? Number(params.get('type')) : null;
  const year = params.get('annee') ? Number(params.get('annee')) : null;
  const sort = (params.get('tri') as TrainingSort | null) ?? 'date';
  const direction = params.get('ordre') === 'asc' ? 'asc' : 'desc';
  const [editing, setEditing] = useState<Training | null>(null);
  const [opened, setOpened] = useState(false);

  const { data, loading, reload } = useLoad(
    () => call('trainings:list', { search: debounced, kindId, year, sort, direction }),
    [debounced, kindId, year, sort, direction],
  );
  const { data: kinds } = useLoad(() => call('trainingKinds:list', { includeArchived: true }), []);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const rows = data?.rows ?? [];
  const filtered = debounced !== '' || kindId !== null || year !== null;
  const add = () => {
    setEditing(null);
    setOpened(true);
  };

  return (
    <>
      <PageHeader
        title="Formations"
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconList size={16} />}
              onClick={() => navigate('/formations/types')}
            >
              Types de formation
            </Button>
            <ExportMenu kind="trainings" />
            <Button leftSection={<IconPlus size={16} />} onClick={add}>
              Ajouter une formation
            </Button>
          </>
        }
      />
      <Group mb="md" gap="md" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Nom, formation, organisme…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={300}
        />
        <Select
          label="Type de formation"
          placeholder="Tous les types"
          clearable
          w={280}
          value={kindId === null ? null : String(kindId)}
          onChange={(v) => update({ type: v })}
          data={(kinds ?? []).map((k) => ({
            value: String(k.id),
            label: k.archived ? `${k.label} (archivé)` : k.label,
          }))}
        />
        <Select
          label="Année"
          placeholder="Toutes"
          clearable
          w={120}
          value={year === null ? null : String(year)}
          onChange={(v) => update({ annee: v })}
          data={(data?.years ?? []).map((y) => String(y))}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte">
          {loading && !data
            ? 'Chargement…'
            : `${plural(rows.length, 'formation', 'formations')}${data && data.totalMinutes > 0 ? ` — ${formatDuration(data.totalMinutes)} au total` : ''}`}
        </Text>
      </Group>
      {!loading && rows.length === 0 && !filtered ? (
        <EmptyState title="Aucune formation enregistrée" actionLabel="Ajouter une formation" onAction={add}>
          Notez ici les formations suivies par les représentants, en particulier la formation de base des
          représentants des usagers, à suivre dans les mois qui suivent une première nomination.
        </EmptyState>
      ) : rows.length === 0 && !loading ? (
        <EmptyState title="Aucun résultat">Aucune formation ne correspond à ces critères.</EmptyState>
      ) : (
        <VirtualTable
          label="Liste des formations"
          rows={rows}
          columns={columns}
          rowKey={(t) => t.id}
          onOpen={(t) => {
            setEditing(t);
            setOpened(true);
          }}
          sort={sort}
          direction={direction}
          onSort={(s, d) => update({ tri: s, ordre: d })}
        />
      )}
      <TrainingFormModal
        opened={opened}
        onClose={() => setOpened(false)}
        onSaved={() => void reload()}
        editing={editing}
      />
    </>
  );
}
