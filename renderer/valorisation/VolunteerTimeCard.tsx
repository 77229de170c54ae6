/**
 * The « Bénévolat » card of a person's record: the year's hours and their valorisation (meetings,
 * sessions and temps bénévole together), and the temps bénévole entered for the person.
 */
import { ActionIcon, Anchor, Button, Card, Group, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDuration, formatEuros } from '../../shared/rules/format-fr';
import { missingRatesMessage } from '../../shared/valorisation/rules';
import type { VolunteerTime } from '../../shared/valorisation/types';
import { call } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { VolunteerTimeFormModal } from './VolunteerTimeFormModal';

/** The latest entries shown on the card; the list page holds them all. */
const SHOWN = 10;

export function VolunteerTimeCard(props: { representativeId: number }) {
  const { representativeId } = props;
  const year = new Date().getFullYear();
  const [version, setVersion] = useState(0);
  const { data } = useLoad(
    () =>
      call('volunteerTime:list', {
        representativeId,
        sort: 'date',
        direction: 'desc',
        offset: 0,
        limit: SHOWN,
      }),
    [representativeId, version],
  );
  const { data: total } = useLoad(
    () => call('valorisation:year', { year, representativeId }),
    [representativeId, year, version],
  );
  const [editing, setEditing] = useState<VolunteerTime | null>(null);
  const [opened, setOpened] = useState(false);
  const reload = () => setVersion((v) => v + 1);
  const rows = data?.rows ?? [];
  const warning = total ? missingRatesMessage(total.missing) : null;

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Bénévolat
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            setEditing(null);
            setOpened(true);
          }}
        >
          Ajouter du temps
        </Button>
      </Group>
      {total && (
        <Text size="sm" mb="xs" data-testid="valorisation-personne">
          {total.totalMinutes === 0
            ? `Aucune heure de bénévolat comptée en ${year}.`
            : `En ${year} : ${formatDuration(total.totalMinutes)} de bénévolat (réunions, séances et temps saisi), valorisées ${formatEuros(total.totalCents)}.`}
        </Text>
      )}
      {warning && (
        <Text size="sm" c="orange.9" mb="xs">
          {warning}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun temps bénévole saisi hors réunion.
        </Text>
      ) : (
        <Table aria-label="Temps bénévole saisi">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Catégorie</Table.Th>
              <Table.Th>Durée</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDate(e.date)}</Table.Td>
                <Table.Td>{e.categoryLabel}</Table.Td>
                <Table.Td>{formatDuration(e.minutes)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {e.description ?? e.actionTitle ?? e.instanceName ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label="Modifier ou supprimer">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Modifier le temps bénévole du ${formatDate(e.date)}`}
                      onClick={() => {
                        setEditing(e);
                        setOpened(true);
                      }}
                    >
                      <IconEdit size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && data.total > SHOWN && (
        <Anchor component={Link} to={`/temps-benevole?personne=${representativeId}`} size="sm" mt="xs">
          Voir les {data.total} saisies
        </Anchor>
      )}
      <VolunteerTimeFormModal
        opened={opened}
        onClose={() => setOpened(false)}
        onSaved={reload}
        onDeleted={reload}
        editing={editing}
        representativeId={representativeId}
      />
    </Card>
  );
}
