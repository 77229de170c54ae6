/** « Comptes rendus de mandat » on a meeting's (or a session's) page: one line per person present. */
import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { plural } from '../../shared/rules/plural';
import { call } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { reportPath } from './links';

export function MeetingReportsCard(props: {
  meetingId: number;
  /** Changes when attendance is saved. */ version?: unknown;
}) {
  const { data } = useLoad(
    () => call('reports:ofMeeting', { id: props.meetingId }),
    [props.meetingId, props.version],
  );
  if (!data) return null;
  return (
    <Card withBorder data-testid="comptes-rendus-reunion">
      <Title order={3} size="h5" mb="sm">
        Comptes rendus de mandat
      </Title>
      {data.meeting.cancelled ? (
        <Text size="sm" c="dimmed">
          Une réunion annulée n’appelle pas de compte rendu.
        </Text>
      ) : !data.open ? (
        <Text size="sm" c="dimmed">
          Chaque personne présente pourra rendre compte de la réunion une fois qu’elle aura eu lieu.
        </Text>
      ) : data.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Personne n’est encore noté présent : remplissez la feuille de présence, puis chaque personne
          présente rend compte ici de ce qu’elle a soulevé et des suites à donner.
        </Text>
      ) : (
        <Table aria-label="Comptes rendus de mandat" verticalSpacing={6}>
          <Table.Tbody>
            {data.lines.map((l) => (
              <Table.Tr key={l.representativeId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {l.personName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {l.report ? (
                    <Group gap="xs">
                      <Text size="sm">Rédigé le {formatDate(l.report.writtenOn)}</Text>
                      {l.report.confidential && (
                        <Badge color="grape" variant="light" leftSection={<IconLock size={12} />}>
                          Confidentiel
                        </Badge>
                      )}
                      {l.report.openFollowUps > 0 && (
                        <Badge color="orange" variant="light">
                          {plural(l.report.openFollowUps, 'suivi ouvert', 'suivis ouverts')}
                        </Badge>
                      )}
                      {l.report.documentCount > 0 && (
                        <Badge color="gray" variant="light">
                          {plural(l.report.documentCount, 'document', 'documents')}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Pas encore de compte rendu
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" w={190}>
                  <Button
                    component={Link}
                    to={reportPath(data.meeting.id, l.representativeId)}
                    size="xs"
                    variant={l.report ? 'default' : 'light'}
                    aria-label={`${l.report ? 'Ouvrir' : 'Rédiger'} le compte rendu de ${l.personName}`}
                  >
                    {l.report ? 'Ouvrir' : 'Rédiger le compte rendu'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
