/** The comptes rendus' sections of « À faire »: reports expected, follow-ups due or late. */
import { Badge, Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { followUpStateLabels } from '../../shared/reports/report-rules';
import type { FollowUpLine, ReportsTodo } from '../../shared/reports/types';
import { call, notifyError } from '../api';
import { formatDate } from '../format';
import { Fix, Section } from '../todo/TodoSection';
import { reportPath } from './links';

/** `data` is loaded by « À faire » itself, so that its counts include these sections. */
export function ReportsTodoSections(props: {
  data: ReportsTodo | null | undefined;
  reload: () => Promise<unknown>;
  hidden?: boolean;
}) {
  const { data, reload } = props;
  const markDone = async (f: FollowUpLine) => {
    try {
      await call('reports:markDone', { id: f.id, doneOn: null });
      notifications.show({ color: 'teal', title: 'Suivi fait', message: f.description });
      await reload();
    } catch (e) {
      notifyError(e);
    }
  };
  const pending = data ? undefined : 'Calcul des comptes rendus attendus…';
  return (
    <>
      <Section
        hidden={props.hidden}
        testId="a-faire-comptes-rendus"
        title="Comptes rendus attendus"
        count={data?.expected.total ?? 0}
        pending={pending}
        empty="Chaque personne présente aux réunions passées a rendu compte."
        note={
          data
            ? `Réclamés ${data.reportDueDays} jours après la réunion ou la séance, sur les douze derniers mois (Paramètres › Réunions).`
            : undefined
        }
        more={{ to: '/comptes-rendus', label: 'Voir les comptes rendus' }}
      >
        {(data?.expected.lines ?? []).map((l) => (
          <Table.Tr key={`${l.meetingId}-${l.representativeId}`}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {l.personName}
              </Text>
              <Text size="xs" c="dimmed">
                {l.meetingLabel}, {formatDate(l.meetingDate)}
              </Text>
            </Table.Td>
            <Table.Td w={270}>
              <Text size="sm">Attendu depuis le {formatDate(l.expectedSince)}</Text>
            </Table.Td>
            <Fix
              to={reportPath(l.meetingId, l.representativeId)}
              label={`Rédiger le compte rendu de ${l.personName} — ${l.meetingLabel}`}
            >
              Rédiger
            </Fix>
          </Table.Tr>
        ))}
      </Section>
      <Section
        hidden={props.hidden}
        testId="a-faire-suivis"
        title="Suivis à échéance"
        count={data?.followUps.total ?? 0}
        pending={pending}
        empty="Aucun suivi de compte rendu n’arrive à échéance."
        more={{ to: '/comptes-rendus?onglet=suivis', label: 'Voir tous les suivis' }}
      >
        {(data?.followUps.lines ?? []).map((f) => (
          <Table.Tr key={f.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {f.description}
              </Text>
              <Text size="xs" c="dimmed">
                {f.ownerName ? `${f.ownerName} — ` : ''}compte rendu de {f.personName}, {f.meeting.label} du{' '}
                {formatDate(f.meeting.date)}
              </Text>
            </Table.Td>
            <Table.Td w={270}>
              <Text size="sm">Échéance le {formatDate(f.dueOn)}</Text>
              <Badge size="sm" variant="light" color={f.state === 'en_retard' ? 'red' : 'orange'}>
                {followUpStateLabels[f.state]}
              </Badge>
            </Table.Td>
            <Table.Td w={170} ta="right">
              <Button
                size="xs"
                variant="light"
                color="teal"
                aria-label={`Marquer fait\u00a0: ${f.description}`}
                onClick={() => void markDone(f)}
              >
                Marquer fait
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Section>
    </>
  );
}
