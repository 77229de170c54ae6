/** « Suivis »: the follow-ups of every report, to do, late or done, marked done in one click. */
import {
  Badge,
  Button,
  Card,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { followUpStateLabels } from '../../shared/reports/report-rules';
import { followUpFilterLabels, followUpFilters, type FollowUpFilter } from '../../shared/reports/schemas';
import type { FollowUpLine } from '../../shared/reports/types';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { reportPath } from './links';

const PAGE = 50;
const stateColor = { fait: 'teal', en_retard: 'red', a_echeance: 'orange', a_faire: 'gray' } as const;

export function FollowUpsList() {
  const [params, setParams] = useSearchParams();
  const state: FollowUpFilter = followUpFilters.find((f) => f === params.get('etat')) ?? 'a_faire';
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const { data, reload } = useLoad(
    () => call('reports:followUps', { state, search, offset: (page - 1) * PAGE, limit: PAGE }),
    [state, search, page],
  );

  const markDone = async (f: FollowUpLine) => {
    try {
      await call('reports:markDone', { id: f.id, doneOn: null });
      notifications.show({ color: 'teal', title: 'Suivi fait', message: f.description });
      await reload();
    } catch (e) {
      notifyError(e);
    }
  };
  const reopen = async (f: FollowUpLine) => {
    try {
      await call('reports:reopen', { id: f.id });
      notifications.show({ color: 'teal', title: 'Suivi rouvert', message: f.description });
      await reload();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          aria-label="Suivis à afficher"
          value={state}
          onChange={(v) => {
            setParams((p) => {
              p.set('onglet', 'suivis');
              p.set('etat', v);
              return p;
            });
            setPage(1);
          }}
          data={followUpFilters.map((f) => ({ value: f, label: followUpFilterLabels[f] }))}
        />
        <TextInput
          aria-label="Rechercher un suivi"
          placeholder="Nom, instance, mot…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={260}
        />
      </Group>
      {data && data.total === 0 ? (
        <Text size="sm" c="dimmed">
          {state === 'faits'
            ? 'Aucun suivi fait pour l’instant.'
            : state === 'en_retard'
              ? 'Aucun suivi en retard.'
              : 'Aucun suivi à faire : tout ce qui a été décidé est fait.'}
        </Text>
      ) : (
        <Card withBorder padding={0}>
          <Table striped aria-label="Suivis" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Suivi</Table.Th>
                <Table.Th>Responsable</Table.Th>
                <Table.Th w={150}>Échéance</Table.Th>
                <Table.Th>Compte rendu</Table.Th>
                <Table.Th w={150} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.rows ?? []).map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Text size="sm">{f.description}</Text>
                  </Table.Td>
                  <Table.Td>{f.ownerName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.dueOn ? formatDate(f.dueOn) : 'Sans date'}</Text>
                    <Badge size="sm" variant="light" color={stateColor[f.state]}>
                      {f.doneOn ? `Fait le ${formatDate(f.doneOn)}` : followUpStateLabels[f.state]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      component={Link}
                      to={reportPath(f.meeting.id, f.representativeId)}
                      c="blue"
                    >
                      {f.personName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {f.meeting.label}, {formatDate(f.meeting.date)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {f.doneOn ? (
                      <Button size="xs" variant="subtle" onClick={() => void reopen(f)}>
                        Rouvrir
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        color="teal"
                        aria-label={`Marquer fait\u00a0: ${f.description}`}
                        onClick={() => void markDone(f)}
                      >
                        Marquer fait
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {data && data.total > PAGE && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {plural(data.total, 'suivi', 'suivis')}
          </Text>
          <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
    </Stack>
  );
}
