import { Button, Card, Group, Loader, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { call, notifyError } from '../api';
import { offerFile } from '../files';
import { useLoad } from '../hooks';
import { MandateHistory } from './MandateHistory';
import { useMandateActions } from './useMandateActions';
import { localTodayIso } from '../../shared/rules/dates';

const localToday = () => localTodayIso();

/** The « Mandats » card of a representative's page: history, new mandate, PDF list. */
export function PersonMandatesCard(props: {
  representativeId: number;
  personName: string;
  archived: boolean;
}) {
  const { data, loading, reload } = useLoad(
    () => call('mandates:listForPerson', { representativeId: props.representativeId }),
    [props.representativeId],
  );
  const today = localToday();
  const actions = useMandateActions(today, () => void reload());
  const [printing, setPrinting] = useState(false);
  const rows = data ?? [];

  const printList = async () => {
    setPrinting(true);
    try {
      offerFile(
        await call('mandates:personListPdf', { representativeId: props.representativeId }),
        'Liste des mandats',
      );
    } catch (error) {
      notifyError(error, 'La liste des mandats n’a pas pu être produite');
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Mandats
        </Title>
        <Group gap="xs">
          {rows.length > 0 && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileTypePdf size={14} />}
              loading={printing}
              onClick={() => void printList()}
            >
              Liste des mandats (PDF)
            </Button>
          )}
          {!props.archived && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                actions.openCreate({
                  representativeId: props.representativeId,
                  representativeName: props.personName,
                  startDate: today,
                })
              }
            >
              Ajouter un mandat
            </Button>
          )}
        </Group>
      </Group>
      {loading && !data ? (
        <Loader size="sm" aria-label="Chargement des mandats" />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun mandat pour l’instant.
        </Text>
      ) : (
        <MandateHistory rows={rows} show="instance" actions={actions} label="Mandats de la personne" />
      )}
      {actions.modals}
    </Card>
  );
}
