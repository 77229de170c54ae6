/**
 * « Données personnelles à revoir » in « À faire »: the people without activity for the years of
 * the retention setting, each to anonymise (from the record) or to keep for another year.
 */
import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RetentionTodo } from '../../shared/privacy/types';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { Section } from '../todo/TodoSection';

export function RetentionTodoSection(props: { hidden?: boolean }) {
  const [offset, setOffset] = useState(0);
  const { data, loading, reload } = useLoad(() => call('privacy:retentionTodo', { offset }), [offset]);
  return (
    <Section
      title="Données personnelles à revoir"
      count={data?.count ?? 0}
      empty="Personne n’est sans activité depuis la durée de conservation choisie."
      testId="donnees-a-revoir"
      note={data ? noteOf(data) : undefined}
      hidden={props.hidden}
      pending={data === null && loading ? 'Recherche des personnes sans activité…' : undefined}
      page={{ offset: data?.offset ?? 0, onPage: setOffset, loading }}
    >
      {(data?.lines ?? []).map((l) => (
        <Table.Tr key={l.representativeId}>
          <Table.Td>
            <Text size="sm" fw={500}>
              {l.personName}
            </Text>
            {l.archived && (
              <Text size="xs" c="dimmed">
                Fiche archivée
              </Text>
            )}
          </Table.Td>
          <Table.Td w={270}>
            <Text size="sm">{`Dernière activité le ${formatDate(l.lastActivity)}`}</Text>
          </Table.Td>
          <Table.Td w={260}>
            <Group gap="xs" justify="flex-end" wrap="nowrap">
              <KeepButton id={l.representativeId} name={l.personName} onKept={reload} />
              <Button
                component={Link}
                to={`/representants/${l.representativeId}`}
                size="xs"
                variant="light"
                aria-label={`Ouvrir la fiche de ${l.personName} pour l’anonymiser`}
              >
                Ouvrir la fiche
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </Section>
  );
}

const noteOf = (data: RetentionTodo): string =>
  `Sans activité depuis ${plural(data.years, 'an', 'ans')} (avant le ${formatDate(data.since)}) : anonymisez depuis la fiche, ou conservez les données un an de plus. Réglez la durée dans Paramètres › Registre.`;

function KeepButton(props: { id: number; name: string; onKept: () => void }) {
  const [busy, setBusy] = useState(false);
  const keep = async () => {
    setBusy(true);
    try {
      await call('privacy:keep', { id: props.id });
      notifications.show({
        color: 'teal',
        title: 'Données conservées',
        message: `La fiche de ${props.name} sera proposée à nouveau dans un an si rien ne se passe d’ici là.`,
      });
      props.onKept();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="xs"
      variant="subtle"
      loading={busy}
      onClick={() => void keep()}
      aria-label={`Conserver les données de ${props.name}`}
    >
      Conserver
    </Button>
  );
}
