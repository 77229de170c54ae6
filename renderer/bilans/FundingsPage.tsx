import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconTarget } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { periodText } from '../../shared/actions/rules';
import {
  fundingSorts,
  fundingStatuses,
  fundingStatusLabels,
  type FundingSort,
} from '../../shared/bilans/fundings';
import type { FundingSummary } from '../../shared/bilans/types';
import { formatEuros } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { usePagedList } from '../hooks';
import { FundingStatusBadge } from './labels';

const columns: Column<FundingSummary, FundingSort>[] = [
  {
    key: 'periode',
    label: 'Période',
    width: '150px',
    sortKey: 'periode',
    render: (f) => <Text size="sm">{periodText(f.from, f.to)}</Text>,
  },
  {
    key: 'financeur',
    label: 'Financeur et intitulé',
    width: 'minmax(220px, 2.5fr)',
    sortKey: 'financeur',
    render: (f) => (
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {f.funder}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {f.title}
          {f.agreementRef ? ` · ${f.agreementRef}` : ''}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'montant',
    label: 'Montant',
    width: '130px',
    sortKey: 'montant',
    render: (f) => <Text size="sm">{formatEuros(f.amountCents)}</Text>,
  },
  {
    key: 'bilans',
    priority: 1,
    label: 'Bilans',
    width: '80px',
    render: (f) => f.bilanCount,
  },
  {
    key: 'statut',
    label: 'Statut',
    width: '110px',
    sortKey: 'statut',
    render: (f) => <FundingStatusBadge status={f.status} />,
  },
];

const years = (() => {
  const now = new Date().getFullYear();
  return Array.from({ length: 12 }, (_, i) => String(now + 1 - i));
})();

/** « Financements et bilans »: the grants, searched, filtered, sorted, a page at a time. */
export function FundingsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 120);
  const sort = fundingSorts.find((s) => s === params.get('tri')) ?? 'periode';
  const direction = params.get('ordre') === 'asc' ? 'asc' : 'desc';
  const status = fundingStatuses.find((s) => s === params.get('statut')) ?? null;
  const year = Number(params.get('annee')) || null;
  const { rows, total, loading, onVisibleRangeChange } = usePagedList(
    (offset, limit) =>
      call('fundings:list', { search: debounced, status, year, sort, direction, offset, limit }),
    [debounced, status, year, sort, direction],
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
  const count = total ?? 0;
  const filtering = debounced.trim() !== '' || status !== null || year !== null;
  const create = () => navigate('/financements/nouveau');

  return (
    <>
      <PageHeader
        title="Financements et bilans"
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconTarget size={16} />}
              onClick={() => navigate('/objectifs')}
            >
              Objectifs de l’année
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={create}>
              Nouveau financement
            </Button>
          </>
        }
      />
      <Group mb="md" gap="sm" align="end" wrap="wrap">
        <TextInput
          label="Rechercher"
          placeholder="Financeur, intitulé, référence…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={280}
          autoFocus
        />
        <Select
          label="Statut"
          placeholder="Tous"
          clearable
          w={150}
          data={fundingStatuses.map((s) => ({ value: s, label: fundingStatusLabels[s] }))}
          value={status}
          onChange={(v) => update({ statut: v })}
        />
        <Select
          label="Année"
          placeholder="Toutes"
          clearable
          w={120}
          data={years}
          value={year ? String(year) : null}
          onChange={(v) => update({ annee: v })}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte" mb={8}>
          {loading ? 'Chargement…' : plural(count, 'financement', 'financements')}
        </Text>
      </Group>
      {!loading && count === 0 ? (
        filtering ? (
          <EmptyState title="Aucun résultat">Aucun financement ne correspond à cette recherche.</EmptyState>
        ) : (
          <EmptyState
            title="Aucun financement pour l’instant"
            actionLabel="Nouveau financement"
            onAction={create}
          >
            Enregistrez ici les subventions de l’ARS, de la CPTS, de la région… : le financeur, la convention,
            le montant, la période et les projets financés. Le bilan d’action de chaque période se prépare
            ensuite depuis le financement.
          </EmptyState>
        )
      ) : (
        <VirtualTable
          label="Liste des financements"
          rows={rows}
          onVisibleRangeChange={onVisibleRangeChange}
          columns={columns}
          rowKey={(f) => f.id}
          onOpen={(f) => navigate(`/financements/${f.id}`)}
          sort={sort}
          direction={direction}
          onSort={(s, d) => update({ tri: s, ordre: d })}
          height="calc(100vh - 260px)"
        />
      )}
    </>
  );
}
