import { archivedLabel, employedLabel } from '../../shared/rules/agreement';
import { plural } from '../../shared/rules/plural';
import { Badge, Button, Group, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { RepresentativeSummary } from '../../shared/register/representative-types';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ExportMenu } from '../components/ExportMenu';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { useLoad, usePagedList } from '../hooks';

type Sort = 'nom' | 'ville' | 'association' | 'modifie';
type Status = 'actifs' | 'archives' | 'tous';

const columns: Column<RepresentativeSummary, Sort>[] = [
  {
    key: 'nom',
    label: 'Nom',
    width: 'minmax(180px, 2fr)',
    sortKey: 'nom',
    render: (r) => (
      <Text size="sm" fw={500} truncate>
        {r.lastName.toUpperCase()} {r.firstName}
      </Text>
    ),
  },
  {
    key: 'ville',
    label: 'Ville',
    width: 'minmax(120px, 1.2fr)',
    sortKey: 'ville',
    render: (r) => r.city ?? '—',
  },
  {
    key: 'profil',
    label: 'Profil',
    width: 'minmax(190px, 1.6fr)',
    render: (r) => (
      <Text size="sm" truncate>
        {r.profileLabel ?? '—'}
      </Text>
    ),
  },
  {
    key: 'association',
    priority: 1,
    label: 'Association d’origine',
    width: 'minmax(160px, 2fr)',
    sortKey: 'association',
    render: (r) => r.originAssociation ?? '—',
  },
  {
    key: 'contact',
    priority: 2,
    label: 'Contact',
    width: 'minmax(160px, 1.5fr)',
    render: (r) => r.email ?? r.phone ?? '—',
  },
  {
    key: 'statut',
    label: 'Statut',
    width: '110px',
    render: (r) =>
      r.archived ? (
        <Badge color="gray" variant="light">
          {archivedLabel(r.civility)}
        </Badge>
      ) : r.employed ? (
        <Badge color="blue" variant="light">
          {employedLabel(r.civility)}
        </Badge>
      ) : null,
  },
];

export function RepresentativesPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 120);
  const status = (params.get('statut') as Status | null) ?? 'actifs';
  const sort = (params.get('tri') as Sort | null) ?? 'nom';
  const direction = params.get('ordre') === 'desc' ? 'desc' : 'asc';
  const profileParam = Number(params.get('profil'));
  const profileId = Number.isInteger(profileParam) && profileParam > 0 ? profileParam : null;
  const { data: profiles } = useLoad(() => call('profiles:list', {}), []);

  const { rows, total, totalCapped, loading, onVisibleRangeChange } = usePagedList(
    (offset, limit) =>
      call('representatives:list', { search: debounced, status, sort, direction, profileId, offset, limit }),
    [debounced, status, sort, direction, profileId],
    200,
    () => call('representatives:count', { search: debounced, status, profileId }),
  );

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setParams(next, { replace: true });
  };

  const count = total ?? 0;
  const nothingAtAll =
    !loading && count === 0 && debounced === '' && status === 'actifs' && profileId === null;
  const profileName = profiles?.find((p) => p.id === profileId)?.label;

  return (
    <>
      <PageHeader
        title="Personnes"
        actions={
          <>
            <ExportMenu kind="representatives" />
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/representants/nouveau')}>
              Ajouter une personne
            </Button>
          </>
        }
      />
      <Group mb="md" gap="md" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Nom, ville, association d’origine…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={340}
          autoFocus
        />
        <Select
          label="Profil"
          placeholder="Tous les profils"
          clearable
          w={240}
          data={(profiles ?? []).map((p) => ({
            value: String(p.id),
            label: p.archived ? `${p.label} (archivé)` : p.label,
          }))}
          value={profileId === null ? null : String(profileId)}
          onChange={(v) => update({ profil: v ?? '' })}
        />
        <SegmentedControl
          aria-label="Afficher"
          value={status}
          onChange={(v) => update({ statut: v })}
          data={[
            { value: 'actifs', label: 'Actifs' },
            { value: 'archives', label: 'Archivés' },
            { value: 'tous', label: 'Tous' },
          ]}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte">
          {loading
            ? 'Chargement…'
            : totalCapped
              ? `plus de ${plural(count, 'personne', 'personnes')}, comptage en cours…`
              : plural(count, 'personne', 'personnes')}
        </Text>
      </Group>
      {nothingAtAll ? (
        <EmptyState
          title="Aucune personne pour l’instant"
          actionLabel="Ajouter une personne"
          onAction={() => navigate('/representants/nouveau')}
        >
          Le registre rassemble les personnes que l’association engage — représentants des usagers, patients
          partenaires, pairs-aidants, bénévoles : leurs coordonnées, leur employeur pour le congé de
          représentation, leurs véhicules pour les frais de déplacement.
        </EmptyState>
      ) : count === 0 && !loading ? (
        <EmptyState title="Aucun résultat">
          {debounced.trim() === ''
            ? `Aucune personne ${status === 'archives' ? 'archivée' : 'dans cette liste'}${
                profileName ? ` avec le profil « ${profileName} »` : ''
              }.`
            : `Aucune personne ne correspond à « ${debounced} »${profileName ? ` avec le profil « ${profileName} »` : ''}${
                status === 'actifs'
                  ? ' parmi les actifs. Essayez « Tous » pour chercher aussi dans les archives.'
                  : '.'
              }`}
        </EmptyState>
      ) : (
        <VirtualTable
          label="Liste des personnes"
          rows={rows}
          onVisibleRangeChange={onVisibleRangeChange}
          columns={columns}
          rowKey={(r) => r.id}
          onOpen={(r) => navigate(`/representants/${r.id}`)}
          sort={sort}
          direction={direction}
          onSort={(s, d) => update({ tri: s, ordre: d })}
        />
      )}
    </>
  );
}
