import { plural } from '../../shared/rules/plural';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarShare, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatEuros } from '../../shared/rules/format-fr';
import { isPluralDays } from '../../shared/meetings/conge-rules';
import { call, notifyError } from '../api';
import { runBatch } from '../components/batch-jobs';
import { offerFile } from '../files';
import { SendByMailButton } from '../mail/send-document';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { DateField } from '../components/DateField';
import { formatHalfDays, formatMinutes, formatTime } from './format';

const levelColor = { ok: 'teal', proche: 'orange', depasse: 'red' } as const;

/** On the person's page: congé de représentation of the year, attestations and the yearly record. */
export function RepresentativeMeetingsCard(props: { representativeId: number; personName: string }) {
  const { representativeId } = props;
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [from, setFrom] = useState(`${currentYear}-01-01`);
  const [to, setTo] = useState(`${currentYear}-12-31`);
  const [busy, setBusy] = useState<string | null>(null);
  const { data: conge } = useLoad(
    () => call('meetings:conge', { representativeId, year }),
    [representativeId, year],
  );
  const { data: attestations } = useLoad(
    () => call('attestations:ofPerson', { representativeId, year }),
    [representativeId, year],
  );

  const chooseYear = (value: string | null) => {
    const y = Number(value ?? currentYear);
    setYear(y);
    setFrom(`${y}-01-01`);
    setTo(`${y}-12-31`);
  };

  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  const percent =
    conge && conge.allowedHalfDays > 0
      ? Math.min(100, (conge.usedHalfDays * 100) / conge.allowedHalfDays)
      : 0;
  const plannedPercent =
    conge && conge.allowedHalfDays > 0
      ? Math.min(100 - percent, (conge.plannedHalfDays * 100) / conge.allowedHalfDays)
      : 0;

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Réunions, attestations et congé de représentation
        </Title>
        <Select
          aria-label="Année"
          w={110}
          value={String(year)}
          onChange={chooseYear}
          allowDeselect={false}
          data={[currentYear + 1, currentYear, currentYear - 1, currentYear - 2, currentYear - 3].map(String)}
        />
      </Group>
      {conge && (
        <Stack gap="xs" mb="md">
          {conge.employed ? (
            <>
              <Group justify="space-between">
                <Text size="sm">
                  Congé de représentation {year}
                  {conge.employer ? ` (employeur : ${conge.employer})` : ''}
                </Text>
                <Text size="sm" fw={600} c={levelColor[conge.level]} data-testid="conge-compteur">
                  {formatHalfDays(conge.usedHalfDays)} utilisé{isPluralDays(conge.usedHalfDays) ? 's' : ''}{' '}
                  sur {formatHalfDays(conge.allowedHalfDays)}
                </Text>
              </Group>
              <Progress.Root size="lg" aria-label="Congé de représentation utilisé">
                <Progress.Section value={percent} color={levelColor[conge.level]} />
                {plannedPercent > 0 && <Progress.Section value={plannedPercent} color="gray" striped />}
              </Progress.Root>
              {conge.plannedHalfDays > 0 && (
                <Text size="xs" c="dimmed">
                  Réunions prévues d’ici la fin de l’année : {formatHalfDays(conge.plannedHalfDays)} de plus
                  (en gris).
                </Text>
              )}
              {conge.level === 'depasse' && (
                <Alert color="red" p="xs">
                  Le plafond annuel est dépassé : l’employeur peut refuser les absences supplémentaires.
                </Alert>
              )}
              <Text size="xs" c="dimmed">
                Règle : par jour ouvrable, jusqu’à {formatMinutes(conge.halfDayMaxMinutes)} de présence = une
                demi-journée, au-delà = une journée (réglable dans Paramètres › Réunions). Indemnité horaire
                de l’État si l’employeur ne maintient pas le salaire :{' '}
                {formatEuros(conge.hourlyIndemnityCents)} × {formatMinutes(conge.totalMinutes)} ≈{' '}
                {formatEuros(conge.indemnityCents)}.
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Pas d’emploi salarié noté : pas de congé de représentation à décompter.{' '}
              {formatMinutes(conge.totalMinutes)} de présence en {year}.
            </Text>
          )}
          {conge.days.length > 0 && (
            <Table fz="xs" verticalSpacing={2} aria-label="Jours de présence">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Réunions</Table.Th>
                  <Table.Th>Présence</Table.Th>
                  {conge.employed && <Table.Th>Décompte</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conge.days.map((d) => (
                  <Table.Tr key={d.date}>
                    <Table.Td>{formatDate(d.date)}</Table.Td>
                    <Table.Td>
                      {d.meetings.map((m) => (
                        <div key={m.meetingId}>
                          <Anchor
                            component={Link}
                            to={m.kind === 'action' ? `/seances/${m.meetingId}` : `/reunions/${m.meetingId}`}
                            size="xs"
                          >
                            {m.instanceName}
                          </Anchor>{' '}
                          ({formatTime(m.startTime)} – {formatTime(m.endTime)})
                        </div>
                      ))}
                    </Table.Td>
                    <Table.Td>{formatMinutes(d.minutes)}</Table.Td>
                    {conge.employed && (
                      <Table.Td>
                        {d.halfDays === 0
                          ? 'jour non ouvrable'
                          : d.halfDays === 1
                            ? 'demi-journée'
                            : 'journée'}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      {conge && conge.sessions.count > 0 && (
        <Text size="sm" mb={4}>
          Actions et projets : {plural(conge.sessions.count, 'séance', 'séances')} en {year} (
          {formatMinutes(conge.sessions.minutes)}) ; seules celles des actions qui sont une représentation
          comptent dans le congé. Le détail figure dans le relevé annuel.
        </Text>
      )}
      <Text size="sm" mb={4}>
        {attestations?.length
          ? `${plural(attestations.length, 'attestation délivrée', 'attestations délivrées')} pour ${year} : ${attestations
              .map((a) => `${a.reference}${a.voided ? ' (annulée)' : ''}`)
              .join(', ')}`
          : `Aucune attestation délivrée pour ${year}.`}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <Group gap="xs" align="end">
          <DateField label="Du" value={from} onChange={setFrom} w={140} />
          <DateField label="Au" value={to} onChange={setTo} w={140} />
          <Button
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            loading={busy === 'periode'}
            onClick={() =>
              void run('periode', async () => {
                const file = await runBatch('Attestations de la période', {
                  channel: 'attestations:ofPersonPdf',
                  input: { representativeId, from, to },
                });
                if (!file) return;
                notifications.show({
                  color: 'teal',
                  title: 'Attestations prêtes',
                  message: `${plural(file.count, 'attestation', 'attestations')}.`,
                });
                offerFile(file, 'Attestations de la période');
              })
            }
          >
            Attestations de la période
          </Button>
        </Group>
        <Group justify="flex-end" align="end">
          <Button
            leftSection={<IconFileTypePdf size={16} />}
            loading={busy === 'releve'}
            onClick={() =>
              void run('releve', async () => {
                offerFile(
                  await call('attestations:participationPdf', { representativeId, year }),
                  `Relevé annuel ${year}`,
                );
              })
            }
          >
            Relevé annuel {year}
          </Button>
          <SendByMailButton
            input={{ kind: 'releve', representativeId, year }}
            what={`Relevé ${year}`}
            personName={props.personName}
          />
          <Button
            variant="subtle"
            leftSection={<IconCalendarShare size={16} />}
            loading={busy === 'calendrier'}
            onClick={() =>
              void run('calendrier', async () => {
                offerFile(await call('calendar:person', { id: representativeId }), 'Calendrier des réunions');
              })
            }
          >
            Exporter le calendrier
          </Button>
        </Group>
      </SimpleGrid>
    </Card>
  );
}
