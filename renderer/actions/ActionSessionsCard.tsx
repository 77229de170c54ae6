/** The sessions of an action on its record: a page of 20 at a time, each opening its own page. */
import { Anchor, Badge, Button, Card, Group, Pagination, Table, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatClockTime, formatInteger } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { call } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks';

const PAGE = 20;

export function ActionSessionsCard(props: { actionId: number; cancelled: boolean }) {
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const { data, loading } = useLoad(
    () => call('actions:sessions', { actionId: props.actionId, offset: (page - 1) * PAGE, limit: PAGE }),
    [props.actionId, page],
  );
  const total = data?.total ?? 0;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Séances
        </Title>
        {!props.cancelled && (
          <Button
            size="xs"
            leftSection={<IconCalendarPlus size={14} />}
            onClick={() => navigate(`/actions/${props.actionId}/seances/nouvelle`)}
          >
            Ajouter une séance
          </Button>
        )}
      </Group>
      {loading && !data ? (
        <Text size="sm" c="dimmed">
          Chargement…
        </Text>
      ) : total === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune séance pour l’instant. Chaque séance prend les présences comme une réunion : défraiements et
          attestations en découlent.
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {plural(total, 'séance', 'séances')}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6} aria-label="Séances de l’action">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Horaires</Table.Th>
                  <Table.Th>Lieu</Table.Th>
                  <Table.Th>Participants</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(data?.rows ?? []).map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/seances/${s.id}`} size="sm" fw={500}>
                        {formatDate(s.date)}
                      </Anchor>
                      {s.title && (
                        <Text size="xs" c="dimmed">
                          {s.title}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {formatClockTime(s.startTime)} – {formatClockTime(s.endTime)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.place ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {plural(s.presentCount, 'présent', 'présents')}
                        {s.countedParticipants
                          ? ` + ${formatInteger(s.countedParticipants)} sans inscription`
                          : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {s.cancelled && (
                        <Badge color="gray" variant="light">
                          Annulée
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {total > PAGE && (
            <Pagination
              mt="sm"
              size="sm"
              total={Math.ceil(total / PAGE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({
                'aria-label':
                  control === 'next'
                    ? 'Page suivante'
                    : control === 'previous'
                      ? 'Page précédente'
                      : undefined,
              })}
            />
          )}
        </>
      )}
    </Card>
  );
}
