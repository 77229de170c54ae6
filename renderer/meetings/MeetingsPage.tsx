import { plural } from '../../shared/rules/plural';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconMail, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { meetingModeLabels } from '../../shared/meetings/schemas';
import type { MeetingSummary } from '../../shared/meetings/types';
import { call } from '../api';
import { runBatch } from '../components/batch-jobs';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { offerFile } from '../files';
import { showBatchResult } from '../mail/send-document';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { formatTime, todayIso } from './format';

type Period = 'a_venir' | 'passees' | 'toutes';

function statusBadge(m: MeetingSummary) {
  if (m.cancelled)
    return (
      <Badge color="gray" variant="light">
        Annulée
      </Badge>
    );
  if (m.date > todayIso())
    return (
      <Badge color="blue" variant="light">
        Prévue
      </Badge>
    );
  if (m.recordedCount === 0)
    return (
      <Badge color="orange" variant="light">
        Présences à saisir
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      Tenue
    </Badge>
  );
}

const columns: Column<MeetingSummary, 'date'>[] = [
  {
    key: 'date',
    label: 'Date',
    width: '105px',
    sortKey: 'date',
    render: (m) => (
      <Text size="sm" fw={500} td={m.cancelled ? 'line-through' : undefined}>
        {formatDate(m.date)}
      </Text>
    ),
  },
  {
    key: 'heures',
    priority: 1,
    label: 'Horaires',
    width: '155px',
    render: (m) => `${formatTime(m.startTime)} – ${formatTime(m.endTime)}`,
  },
  {
    key: 'instance',
    label: 'Instance',
    width: 'minmax(220px, 3fr)',
    render: (m) => (
      <Stack gap={0}>
        <Text size="sm" truncate>
          {m.instanceName}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {m.organisationName}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'objet',
    priority: 2,
    label: 'Objet',
    width: 'minmax(120px, 1.5fr)',
    render: (m) => (
      <Text size="sm" truncate>
        {m.title ?? '—'}
      </Text>
    ),
  },
  { key: 'mode', priority: 3, label: 'Modalité', width: '140px', render: (m) => meetingModeLabels[m.mode] },
  {
    key: 'presents',
    label: 'Présents',
    width: '80px',
    render: (m) => (m.recordedCount === 0 ? '—' : String(m.presentCount)),
  },
  { key: 'statut', label: 'Statut', width: '175px', render: statusBadge },
];

function openBatchModal() {
  let year = new Date().getFullYear();
  modals.openConfirmModal({
    title: 'Relevés annuels de participation',
    children: (
      <Stack gap="sm">
        <Text size="sm">
          Un seul PDF avec le relevé de chaque représentant actif ayant eu un mandat ou une réunion dans
          l’année : mandats, réunions suivies, taux de présence, heures et jours de congé de représentation.
        </Text>
        <NumberInput
          label="Année"
          defaultValue={year}
          min={2000}
          max={2100}
          onChange={(v) => (year = Number(v))}
        />
      </Stack>
    ),
    labels: { confirm: 'Générer le PDF', cancel: 'Annuler' },
    onConfirm: async () => {
      // A job: the panel shows its progress and « Annuler », and the user may go on meanwhile.
      const file = await runBatch(`Relevés annuels ${year}`, {
        channel: 'attestations:allParticipationPdf',
        input: { year },
      });
      if (!file) return;
      notifications.show({
        color: 'teal',
        title: 'Relevés prêts',
        message: `${plural(file.count, 'relevé', 'relevés')} pour ${year}.`,
      });
      offerFile(file, `Relevés de participation ${year}`);
    },
  });
}

function openSendRelevesModal() {
  let year = new Date().getFullYear();
  modals.openConfirmModal({
    title: 'Envoyer les relevés annuels par e-mail',
    children: (
      <Stack gap="sm">
        <Text size="sm">
          Chaque représentant actif ayant eu un mandat ou une réunion dans l’année reçoit son propre relevé en
          pièce jointe, avec le message réglé dans Paramètres › Envoi des documents. Les personnes sans
          adresse e-mail sont listées à la fin, pour leur imprimer le relevé.
        </Text>
        <NumberInput
          label="Année"
          defaultValue={year}
          min={2000}
          max={2100}
          onChange={(v) => (year = Number(v))}
        />
      </Stack>
    ),
    labels: { confirm: 'Envoyer les relevés', cancel: 'Annuler' },
    onConfirm: async () => {
      const result = await runBatch(`Envoi des relevés ${year}`, {
        channel: 'mail:sendReleves',
        input: { year },
      });
      if (result) showBatchResult(result);
    },
  });
}

export function MeetingsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 150);
  const period = (params.get('periode') as Period | null) ?? 'toutes';
  const instanceId = params.get('instance') ? Number(params.get('instance')) : null;
  const direction = params.get('ordre') === 'asc' ? 'asc' : 'desc';
  const includeCancelled = params.get('annulees') !== 'non';

  const { data: instances } = useLoad(() => call('meetings:instances', {}), []);
  const { data, loading } = useLoad(
    () => call('meetings:list', { search: debounced, period, instanceId, direction, includeCancelled }),
    [debounced, period, instanceId, direction, includeCancelled],
  );
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const rows = data?.rows ?? [];
  const nothingAtAll =
    !loading && rows.length === 0 && debounced === '' && period === 'toutes' && instanceId === null;

  return (
    <>
      <PageHeader
        title="Réunions"
        actions={
          <>
            <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={openBatchModal}>
              Relevés annuels
            </Button>
            <Button variant="default" leftSection={<IconMail size={16} />} onClick={openSendRelevesModal}>
              Envoyer les relevés
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/reunions/nouvelle')}>
              Nouvelle réunion
            </Button>
          </>
        }
      />
      <Group mb="md" gap="md" wrap="wrap" align="end">
        <TextInput
          label="Rechercher"
          placeholder="Instance, organisme, objet, lieu…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            update({ q: e.currentTarget.value || null });
          }}
          w={300}
        />
        <Select
          label="Instance"
          placeholder="Toutes les instances"
          clearable
          searchable
          w={300}
          value={instanceId ? String(instanceId) : null}
          onChange={(v) => update({ instance: v })}
          data={(instances ?? []).map((i) => ({
            value: String(i.id),
            label: `${i.name} — ${i.organisationName}`,
          }))}
          nothingFoundMessage="Aucune instance"
        />
        <SegmentedControl
          aria-label="Période"
          value={period}
          onChange={(v) => update({ periode: v })}
          data={[
            { value: 'a_venir', label: 'À venir' },
            { value: 'passees', label: 'Passées' },
            { value: 'toutes', label: 'Toutes' },
          ]}
        />
        <Checkbox
          label="Afficher les annulées"
          checked={includeCancelled}
          onChange={(e) => update({ annulees: e.currentTarget.checked ? null : 'non' })}
          mb={8}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte" mb={8}>
          {loading && !data ? 'Chargement…' : plural(rows.length, 'réunion', 'réunions')}
        </Text>
      </Group>
      {nothingAtAll ? (
        <EmptyState
          title="Aucune réunion pour l’instant"
          actionLabel="Nouvelle réunion"
          onAction={() => navigate('/reunions/nouvelle')}
        >
          Programmez les séances des instances (une seule ou toute une série), notez qui était présent, puis
          imprimez les attestations de présence à remettre aux employeurs.
        </EmptyState>
      ) : rows.length === 0 && !loading ? (
        <EmptyState title="Aucun résultat">Aucune réunion ne correspond à ces critères.</EmptyState>
      ) : (
        <VirtualTable
          label="Liste des réunions"
          rows={rows}
          columns={columns}
          rowKey={(m) => m.id}
          onOpen={(m) => navigate(`/reunions/${m.id}`)}
          sort="date"
          direction={direction}
          onSort={(_s, d) => update({ ordre: d })}
        />
      )}
    </>
  );
}
