import { plural } from '../../shared/rules/plural';
import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendarEvent, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { formatEuros } from '../../shared/rules/format-fr';
import { claimStatusLabels, claimStatuses, type ClaimStatus } from '../../shared/claims/schemas';
import type { ClaimSummary } from '../../shared/claims/types';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { RegularisationModal } from './RegularisationModal';
import { PersonSelect, StatusBadge } from './ui';

type Sort = 'numero' | 'personne' | 'date' | 'montant' | 'statut';
type StatusFilter = ClaimStatus | 'tous' | 'a_traiter';

const columns: Column<ClaimSummary, Sort>[] = [
  {
    key: 'numero',
    label: 'Numéro',
    width: '130px',
    sortKey: 'numero',
    render: (c) =>
      c.number ?? (
        <Text size="sm" c="dimmed">
          non numérotée
        </Text>
      ),
  },
  {
    key: 'personne',
    label: 'Représentant',
    width: 'minmax(160px, 1.6fr)',
    sortKey: 'personne',
    render: (c) => (
      <Text size="sm" fw={500} truncate>
        {c.personName}
      </Text>
    ),
  },
  {
    key: 'objet',
    priority: 2,
    label: 'Objet',
    width: 'minmax(140px, 1.6fr)',
    render: (c) => (
      <Text size="sm" truncate>
        {c.title ?? '—'}
      </Text>
    ),
  },
  {
    key: 'date',
    priority: 1,
    label: 'Période',
    width: '205px',
    sortKey: 'date',
    render: (c) =>
      c.firstDate
        ? c.firstDate === c.lastDate
          ? formatDate(c.firstDate)
          : `${formatDate(c.firstDate)} – ${formatDate(c.lastDate)}`
        : '—',
  },
  { key: 'lignes', priority: 3, label: 'Lignes', width: '70px', render: (c) => c.lineCount },
  {
    key: 'montant',
    label: 'Montant',
    width: '120px',
    sortKey: 'montant',
    render: (c) => (
      <Text size="sm" ta="right" w="100%">
        {formatEuros(c.totalCents)}
      </Text>
    ),
  },
  {
    key: 'statut',
    label: 'Statut',
    width: '190px',
    sortKey: 'statut',
    render: (c) => <StatusBadge status={c.status} />,
  },
];

export function ClaimsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 150);
  const status = (params.get('statut') as StatusFilter | null) ?? 'tous';
  const yearParam = params.get('annee');
  const year = yearParam ? Number(yearParam) : null;
  const personParam = params.get('personne');
  const person = personParam ? Number(personParam) : null;
  const sort = (params.get('tri') as Sort | null) ?? 'date';
  const direction = params.get('ordre') === 'asc' ? 'asc' : 'desc';

  const { data, loading } = useLoad(
    () => call('claims:list', { search: debounced, status, year, representativeId: person, sort, direction }),
    [debounced, status, year, person, sort, direction],
  );

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const [regularising, setRegularising] = useState(false);
  const rows = data?.rows ?? [];
  const filtered = debounced !== '' || status !== 'tous' || year !== null || person !== null;
  const nothingAtAll = !loading && rows.length === 0 && !filtered;

  return (
    <>
      <PageHeader
        title="Notes de frais"
        actions={
          <>
            <Button variant="subtle" onClick={() => setRegularising(true)}>
              Régularisation annuelle
            </Button>
            <Button
              variant="default"
              leftSection={<IconCalendarEvent size={16} />}
              onClick={() => navigate('/frais/depuis-presences')}
            >
              Créer la note de frais depuis les présences
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/frais/nouvelle')}>
              Nouvelle note de frais
            </Button>
          </>
        }
      />
      <Group mb="md" gap="md" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Nom, numéro, objet…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={260}
          autoFocus
        />
        <Select
          label="Statut"
          w={190}
          allowDeselect={false}
          value={status}
          onChange={(v) => update({ statut: v })}
          data={[
            { value: 'tous', label: 'Tous les statuts' },
            { value: 'a_traiter', label: 'À traiter (soumises, validées)' },
            ...claimStatuses.map((s) => ({ value: s, label: claimStatusLabels[s] })),
          ]}
        />
        <Select
          label="Année"
          w={130}
          clearable
          placeholder="Toutes"
          value={year === null ? null : String(year)}
          onChange={(v) => update({ annee: v })}
          data={(data?.years ?? []).map((y) => String(y))}
        />
        <PersonSelect
          label="Représentant"
          clearable
          value={person}
          onChange={(v) => update({ personne: v === null ? null : String(v) })}
          w={240}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte">
          {loading && !data
            ? 'Chargement…'
            : `${plural(rows.length, 'note', 'notes')} · total ${formatEuros(data?.totalCents ?? 0)}`}
        </Text>
      </Group>
      <RegularisationModal opened={regularising} onClose={() => setRegularising(false)} />
      {nothingAtAll ? (
        <EmptyState
          title="Aucune note de frais pour l’instant"
          actionLabel="Créer la note de frais depuis les présences"
          onAction={() => navigate('/frais/depuis-presences')}
        >
          Une note de frais rassemble les déplacements et dépenses d’un représentant : kilomètres au barème
          fiscal ou au taux voté, billets, repas, hébergement, avec leurs justificatifs. Elle peut être
          remboursée ou abandonnée au profit de l’association contre un reçu fiscal.
        </EmptyState>
      ) : rows.length === 0 && !loading ? (
        <EmptyState title="Aucun résultat">
          Aucune note ne correspond à ces critères. Essayez « Tous les statuts » ou une autre année.
        </EmptyState>
      ) : (
        <VirtualTable
          label="Liste des notes de frais"
          rows={rows}
          columns={columns}
          rowKey={(c) => c.id}
          onOpen={(c) => navigate(`/frais/${c.id}`)}
          sort={sort}
          direction={direction}
          onSort={(s, d) => update({ tri: s, ordre: d })}
        />
      )}
    </>
  );
}
