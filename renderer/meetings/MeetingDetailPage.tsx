import { plural } from '../../shared/rules/plural';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBan, IconEdit, IconFileTypePdf } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { meetingModeLabels } from '../../shared/meetings/schemas';
import type { AttestationSummary, AttendanceGrid } from '../../shared/meetings/types';
import { call, notifyError } from '../api';
import { runBatch } from '../components/batch-jobs';
import { PageHeader } from '../components/PageHeader';
import { offerFile } from '../files';
import { formatDate, formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { AttendanceGridCard } from './AttendanceGridCard';
import { formatLongDate, formatTime } from './format';
import { Field } from '../components/Field';
import { MeetingReportsCard } from '../reports/MeetingReportsCard';

/** A modal asking for a reason, used to cancel a meeting or void an attestation. */
function askReason(options: {
  title: string;
  text: ReactNode;
  label: string;
  confirm: string;
  checkbox?: string;
  onConfirm: (reason: string, checked: boolean) => Promise<void>;
}) {
  let reason = '';
  let checked = false;
  const id = modals.openConfirmModal({
    title: options.title,
    closeOnConfirm: false,
    children: (
      <Stack gap="sm">
        <Text size="sm">{options.text}</Text>
        <Textarea
          label={options.label}
          required
          autosize
          minRows={2}
          data-autofocus
          onChange={(e) => (reason = e.currentTarget.value)}
        />
        {options.checkbox && (
          <Checkbox label={options.checkbox} onChange={(e) => (checked = e.currentTarget.checked)} />
        )}
      </Stack>
    ),
    labels: { confirm: options.confirm, cancel: 'Ne rien faire' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      if (!reason.trim()) {
        notifications.show({ color: 'red', title: 'Motif manquant', message: 'Indiquez le motif.' });
        return;
      }
      await options.onConfirm(reason.trim(), checked);
      modals.close(id);
    },
  });
}

export function MeetingDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const [printing, setPrinting] = useState(false);
  const { data: grid, setData: setGrid, loading } = useLoad(() => call('meetings:attendance', { id }), [id]);
  const { data: attestations, reload: reloadAttestations } = useLoad(
    () => call('attestations:ofMeeting', { id }),
    [id],
  );

  if (loading && !grid) return <Loader aria-label="Chargement" />;
  if (!grid) return <Alert color="red">Cette réunion n’existe pas ou plus.</Alert>;
  const { meeting } = grid;

  const onSaved = (g: AttendanceGrid) => {
    setGrid(g);
    void reloadAttestations();
  };
  const refresh = async () => {
    setGrid(await call('meetings:attendance', { id }));
    await reloadAttestations();
  };

  const cancel = () =>
    askReason({
      title: 'Annuler la réunion ?',
      text: 'La réunion reste dans l’historique, marquée « annulée » avec son motif ; ses présences ne se modifient plus.',
      label: 'Motif de l’annulation',
      confirm: 'Annuler la réunion',
      checkbox:
        meeting.validAttestationCount > 0
          ? meeting.validAttestationCount === 1
            ? 'Annuler aussi l’attestation déjà délivrée (sinon elle reste valable)'
            : `Annuler aussi les ${meeting.validAttestationCount} attestations déjà délivrées (sinon elles restent valables)`
          : undefined,
      onConfirm: async (reason, voidAttestations) => {
        try {
          await call('meetings:cancel', { id, reason, voidAttestations });
          notifications.show({ color: 'teal', title: 'Réunion annulée', message: reason });
          await refresh();
        } catch (error) {
          notifyError(error);
        }
      },
    });

  const restore = async () => {
    try {
      await call('meetings:restore', { id });
      notifications.show({
        color: 'teal',
        title: 'Réunion rétablie',
        message: 'Elle compte de nouveau dans les présences.',
      });
      await refresh();
    } catch (error) {
      notifyError(error);
    }
  };

  const printAll = async () => {
    setPrinting(true);
    try {
      const file = await runBatch('Attestations de la réunion', {
        channel: 'attestations:ofMeetingPdf',
        input: { id },
      });
      if (!file) return;
      notifications.show({
        color: 'teal',
        title: 'Attestations prêtes',
        message: `${plural(file.count, 'attestation', 'attestations')} dans un seul PDF.`,
      });
      offerFile(file, 'Attestations de la réunion');
      await refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setPrinting(false);
    }
  };

  const reprint = async (a: AttestationSummary) => {
    try {
      offerFile(await call('attestations:reprint', { id: a.id }), `Attestation ${a.reference}`);
    } catch (error) {
      notifyError(error);
    }
  };

  const voidOne = (a: AttestationSummary) =>
    askReason({
      title: `Annuler l’attestation ${a.reference} ?`,
      text: `Elle reste enregistrée avec son numéro, qui ne sera jamais réutilisé ; réimprimée, elle porte la mention « ANNULÉE ». Une nouvelle attestation de ${a.personName} prendra un nouveau numéro.`,
      label: 'Motif',
      confirm: 'Annuler l’attestation',
      onConfirm: async (reason) => {
        try {
          await call('attestations:void', { id: a.id, reason });
          notifications.show({
            color: 'teal',
            title: 'Attestation annulée',
            message: `${a.reference} : ${reason}`,
          });
          await refresh();
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <>
      <PageHeader
        title={`${meeting.instanceName} — ${formatDate(meeting.date)}`}
        back={{ to: '/reunions', label: 'Réunions' }}
        actions={
          meeting.cancelled ? (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => void restore()}
            >
              Rétablir la réunion
            </Button>
          ) : (
            <>
              <Button variant="subtle" color="red" leftSection={<IconBan size={16} />} onClick={cancel}>
                Annuler la réunion
              </Button>
              <Button
                variant="default"
                leftSection={<IconEdit size={16} />}
                onClick={() => navigate(`/reunions/${id}/modifier`)}
              >
                Modifier ou déplacer
              </Button>
              <Button
                leftSection={<IconFileTypePdf size={16} />}
                onClick={() => void printAll()}
                loading={printing}
                disabled={!grid.held}
              >
                Toutes les attestations
              </Button>
            </>
          )
        }
      />
      <Stack gap="md" maw={1200}>
        {meeting.cancelled && (
          <Alert color="gray" title="Réunion annulée">
            Annulée le {formatDateTime(meeting.cancelledAt)} — {meeting.cancelReason}
          </Alert>
        )}
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Field label="Date">{formatLongDate(meeting.date)}</Field>
            <Field label="Horaires">{`${formatTime(meeting.startTime)} – ${formatTime(meeting.endTime)}`}</Field>
            <Field label="Modalité">{meetingModeLabels[meeting.mode]}</Field>
            <Field label={meeting.mode === 'distance' ? 'Lien ou outil' : 'Lieu'}>{meeting.place}</Field>
            <Field label="Organisme">{meeting.organisationName}</Field>
            <Field label="Objet">{meeting.title}</Field>
            <Field label="Compte rendu">{meeting.minutesReference}</Field>
            <Field label="Notes">{meeting.notes}</Field>
          </SimpleGrid>
          {meeting.agenda && (
            <Stack mt="sm" gap={0}>
              <Field label="Ordre du jour">{meeting.agenda}</Field>
            </Stack>
          )}
        </Card>
        <AttendanceGridCard grid={grid} onSaved={onSaved} />
        <MeetingReportsCard meetingId={id} version={grid} />
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            Attestations délivrées
          </Title>
          {!attestations || attestations.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucune attestation pour cette réunion. Elles se délivrent depuis la grille des présences, une
              par personne, ou toutes ensemble.
            </Text>
          ) : (
            <Table aria-label="Attestations délivrées">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Référence</Table.Th>
                  <Table.Th>Représentant</Table.Th>
                  <Table.Th>Délivrée le</Table.Th>
                  <Table.Th>État</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {attestations.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {a.reference}
                      </Text>
                    </Table.Td>
                    <Table.Td>{a.personName}</Table.Td>
                    <Table.Td>{formatDate(a.issuedOn)}</Table.Td>
                    <Table.Td>
                      {a.voided ? (
                        <Stack gap={0}>
                          <Badge color="red" variant="light">
                            Annulée
                          </Badge>
                          <Text size="xs" c="dimmed">
                            {a.voidReason}
                          </Text>
                        </Stack>
                      ) : (
                        <Badge color="teal" variant="light">
                          Valable
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => void reprint(a)}>
                          Réimprimer
                        </Button>
                        {!a.voided && (
                          <Button size="xs" variant="subtle" color="red" onClick={() => voidOne(a)}>
                            Annuler
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </Stack>
    </>
  );
}
