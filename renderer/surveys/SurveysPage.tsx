import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  surveyAudiences,
  surveyAudienceShortLabels,
  surveyStatuses,
  surveyStatusLabels,
  type SurveyAudience,
  type SurveyStatus,
} from '../../shared/surveys/schemas';
import type { SurveyListRow } from '../../shared/surveys/types';
import { plural } from '../../shared/rules/plural';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { useLoad, usePagedList } from '../hooks';
import { SurveyStatusBadge } from './labels';

/** One order (the latest year first, then by title): the list is short. */
type Sort = 'annee';

const columns: Column<SurveyListRow, Sort>[] = [
  {
    key: 'titre',
    label: 'Questionnaire',
    width: 'minmax(220px, 2.5fr)',
    render: (s) => (
      <Text size="sm" fw={500} truncate>
        {s.title}
      </Text>
    ),
  },
  {
    key: 'public',
    label: 'Destiné aux',
    width: '140px',
    render: (s) => surveyAudienceShortLabels[s.audience],
  },
  {
    key: 'objet',
    priority: 2,
    label: 'Porte sur',
    width: 'minmax(160px, 1.5fr)',
    render: (s) => (
      <Text size="sm" truncate>
        {s.attachmentLabel}
      </Text>
    ),
  },
  { key: 'annee', priority: 1, label: 'Année', width: '80px', render: (s) => String(s.year) },
  {
    key: 'reponses',
    label: 'Réponses',
    width: '110px',
    render: (s) => (s.questionCount === 0 ? 'sans question' : plural(s.responseCount, 'réponse', 'réponses')),
  },
  { key: 'statut', label: 'Statut', width: '110px', render: (s) => <SurveyStatusBadge status={s.status} /> },
];

const isAudience = (v: string | null): v is SurveyAudience => surveyAudiences.some((a) => a === v);
const isStatus = (v: string | null): v is SurveyStatus => surveyStatuses.some((s) => s === v);

export function SurveysPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 120);
  const audienceParam = params.get('public');
  const statusParam = params.get('statut');
  const audience = isAudience(audienceParam) ? audienceParam : null;
  const status = isStatus(statusParam) ? statusParam : null;
  const year = params.get('annee') ? Number(params.get('annee')) : null;

  const { rows, total, loading, onVisibleRangeChange } = usePagedList(
    (offset, limit) => call('surveys:list', { search: debounced, audience, status, year, offset, limit }),
    [debounced, audience, status, year],
  );
  // The years come with any page; one small call keeps the filter independent of the filters.
  const { data: first } = useLoad(() => call('surveys:list', { limit: 1 }), []);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const count = total ?? 0;
  const filtered = debounced !== '' || audience !== null || status !== null || year !== null;
  const create = () => navigate('/questionnaires/nouveau');

  return (
    <>
      <PageHeader
        title="Questionnaires"
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={create}>
            Nouveau questionnaire
          </Button>
        }
      />
      <Group mb="md" gap="md" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Titre, action, instance…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value });
          }}
          w={260}
        />
        <Select
          label="Destiné aux"
          placeholder="Tous"
          clearable
          w={170}
          value={audience}
          onChange={(v) => update({ public: v })}
          data={surveyAudiences.map((a) => ({ value: a, label: surveyAudienceShortLabels[a] }))}
        />
        <Select
          label="Statut"
          placeholder="Tous"
          clearable
          w={140}
          value={status}
          onChange={(v) => update({ statut: v })}
          data={surveyStatuses.map((s) => ({ value: s, label: surveyStatusLabels[s] }))}
        />
        <Select
          label="Année"
          placeholder="Toutes"
          clearable
          w={110}
          value={year === null ? null : String(year)}
          onChange={(v) => update({ annee: v })}
          data={(first?.years ?? []).map(String)}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte">
          {loading ? 'Chargement…' : plural(count, 'questionnaire', 'questionnaires')}
        </Text>
      </Group>
      {!loading && count === 0 && !filtered ? (
        <EmptyState
          title="Aucun questionnaire pour l’instant"
          actionLabel="Nouveau questionnaire"
          onAction={create}
        >
          Recueillez l’avis des représentants sur leur rôle et leur influence, des professionnels sur la
          collaboration ou des participants à une action : questions à échelle de 1 à 5, oui/non, à choix ou
          libres, formulaire à imprimer ou fichier à remplir, résultats en graphiques.
        </EmptyState>
      ) : !loading && count === 0 ? (
        <EmptyState title="Aucun résultat">Aucun questionnaire ne correspond à ces critères.</EmptyState>
      ) : (
        <VirtualTable
          label="Liste des questionnaires"
          rows={rows}
          onVisibleRangeChange={onVisibleRangeChange}
          columns={columns}
          rowKey={(s) => s.id}
          onOpen={(s) => navigate(`/questionnaires/${s.id}`)}
          sort="annee"
          direction="desc"
          onSort={() => undefined}
        />
      )}
    </>
  );
}
