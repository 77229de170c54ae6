import { ActionIcon, Badge, Button, Card, Group, Table, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDuration } from '../../shared/rules/format-fr';
import type { Training } from '../../shared/trainings/types';
import { call, notifyError } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { TrainingFormModal } from './TrainingFormModal';

/** The "Formations" card of a representative's page. */
export function TrainingsCard(props: { representativeId: number }) {
  const { representativeId } = props;
  const { data, reload } = useLoad(
    () => call('trainings:ofPerson', { representativeId }),
    [representativeId],
  );
  const [editing, setEditing] = useState<Training | null>(null);
  const [opened, setOpened] = useState(false);
  const rows = data ?? [];
  const hasBase = rows.some((t) => t.isBase);

  const confirmDelete = (t: Training) =>
    modals.openConfirmModal({
      title: 'Supprimer cette formation ?',
      children: (
        <Text size="sm">
          La formation « {t.kindLabel} » du {formatDate(t.date)} sera retirée de la fiche. Cette action est
          définitive.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('trainings:delete', { id: t.id });
          notifications.show({
            color: 'teal',
            title: 'Formation supprimée',
            message: `${t.kindLabel} du ${formatDate(t.date)}`,
          });
          void reload();
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={3} size="h5">
            Formations
          </Title>
          {data && (
            <Badge color={hasBase ? 'teal' : 'orange'} variant="light">
              {hasBase ? 'Formation de base suivie' : 'Formation de base non suivie'}
            </Badge>
          )}
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            setEditing(null);
            setOpened(true);
          }}
        >
          Ajouter une formation
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune formation enregistrée.
        </Text>
      ) : (
        <Table aria-label="Formations suivies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Formation</Table.Th>
              <Table.Th>Durée</Table.Th>
              <Table.Th>Organisme</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{formatDate(t.date)}</Table.Td>
                <Table.Td>{t.kindLabel}</Table.Td>
                <Table.Td>{t.durationMinutes === null ? '—' : formatDuration(t.durationMinutes)}</Table.Td>
                <Table.Td>{t.organiser ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label="Modifier">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Modifier la formation du ${formatDate(t.date)}`}
                        onClick={() => {
                          setEditing(t);
                          setOpened(true);
                        }}
                      >
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Supprimer">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Supprimer la formation du ${formatDate(t.date)}`}
                        onClick={() => confirmDelete(t)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TrainingFormModal
        opened={opened}
        onClose={() => setOpened(false)}
        onSaved={() => void reload()}
        editing={editing}
        representativeId={representativeId}
      />
    </Card>
  );
}
