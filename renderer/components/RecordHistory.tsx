import { Badge, Button, Drawer, Group, Loader, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import type { HistoryEntity, HistoryEntry } from '../../shared/history/types';
import { plural } from '../../shared/rules/plural';
import { call } from '../api';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { EmptyState } from './EmptyState';

/** As the main process pages it (electron/history/history.ts). */
const PAGE_SIZE = 20;

function Entry({ entry }: { entry: HistoryEntry }) {
  return (
    <Stack gap={6} component="li" style={{ listStyle: 'none' }}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{entry.action.charAt(0).toUpperCase() + entry.action.slice(1)}</Text>
        <Text size="sm" c="dimmed">
          le {formatDateTime(entry.at)} par {entry.actor}
        </Text>
        {entry.redacted && (
          <Badge color="gray" variant="light">
            Données personnelles effacées
          </Badge>
        )}
      </Group>
      {entry.changes.length > 0 && (
        <Table withTableBorder withColumnBorders fz="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">Champ</Table.Th>
              <Table.Th>Avant</Table.Th>
              <Table.Th>Après</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.changes.map((c) => (
              <Table.Tr key={c.label}>
                <Table.Td>{c.label}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>
                  <Text span size="sm" td="line-through" c="dimmed">
                    {c.before}
                  </Text>
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>→ {c.after}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {entry.notes.map((note) => (
        <Text key={note} size="sm">
          {note}
        </Text>
      ))}
    </Stack>
  );
}

function HistoryList(props: { entity: HistoryEntity; entityId: number }) {
  const [page, setPage] = useState(1);
  const { data, loading } = useLoad(
    () =>
      call('history:ofRecord', {
        entity: props.entity,
        entityId: props.entityId,
        offset: (page - 1) * PAGE_SIZE,
      }),
    [props.entity, props.entityId, page],
  );
  if (!data) return loading ? <Loader size="sm" aria-label="Chargement de l’historique" /> : null;
  if (data.total === 0) {
    return (
      <EmptyState title="Aucune modification enregistrée">
        Les créations et modifications de cette fiche apparaîtront ici, avec leur auteur et leur date.
      </EmptyState>
    );
  }
  const pages = Math.ceil(data.total / PAGE_SIZE);
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {plural(data.total, 'événement', 'événements')}, du plus récent au plus ancien.
      </Text>
      <Stack gap="lg" component="ol" p={0} m={0}>
        {data.entries.map((e) => (
          <Entry key={e.id} entry={e} />
        ))}
      </Stack>
      {pages > 1 && (
        <Pagination
          value={page}
          onChange={setPage}
          total={pages}
          getControlProps={(control) => ({
            'aria-label': control === 'next' ? 'Page suivante' : 'Page précédente',
          })}
        />
      )}
    </Stack>
  );
}

/** The « Historique » of a record in a side panel, for pages that open it from a menu. */
export function RecordHistoryDrawer(props: {
  entity: HistoryEntity;
  entityId: number | null;
  title: string;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={props.entityId !== null}
      onClose={props.onClose}
      position="right"
      size="lg"
      title={`Historique — ${props.title}`}
      closeButtonProps={{ 'aria-label': 'Fermer l’historique' }}
    >
      {props.entityId !== null && <HistoryList entity={props.entity} entityId={props.entityId} />}
    </Drawer>
  );
}

/**
 * « Historique » of a record: who changed what and when, before → after, from the audit log.
 * The button goes among the actions of the record's page; the list opens in a side panel.
 */
export function RecordHistoryButton(props: { entity: HistoryEntity; entityId: number; title: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => setOpened(true)}>
        Historique
      </Button>
      <RecordHistoryDrawer
        entity={props.entity}
        entityId={opened ? props.entityId : null}
        title={props.title}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
