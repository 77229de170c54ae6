import { plural } from '../../shared/rules/plural';
import { Alert, Button, Card, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBan, IconEdit, IconFileTypePdf, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { meetingModeLabels } from '../../shared/meetings/schemas';
import type { AttendanceGrid } from '../../shared/meetings/types';
import { call, notifyError } from '../api';
import { runBatch } from '../components/batch-jobs';
import { PageHeader } from '../components/PageHeader';
import { RecordHistoryButton } from '../components/RecordHistory';
import { offerFile } from '../files';
import { showBatchResult } from '../mail/send-document';
import { formatDate, formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { AttendanceGridCard } from './AttendanceGridCard';
import { formatLongDate, formatTime } from './format';
import { Field } from '../components/Field';
import { askReason } from './ask-reason';
import { AttestationsCard } from './AttestationsCard';
import { MeetingReportsCard } from '../reports/MeetingReportsCard';

export function MeetingDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const [printing, setPrinting] = useState(false);
  const [convening, setConvening] = useState(false);
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

  const convene = () =>
    modals.openConfirmModal({
      title: 'Convoquer par e-mail ?',
      children: (
        <Text size="sm">
          Chaque personne qui a un mandat sur l’instance à la date de la réunion reçoit la convocation, avec
          une invitation qui l’ajoute à son agenda. Les personnes sans adresse e-mail sont listées à la fin.
        </Text>
      ),
      labels: { confirm: 'Envoyer les convocations', cancel: 'Annuler' },
      onConfirm: async () => {
        setConvening(true);
        try {
          showBatchResult(await call('mail:convocation', { meetingId: id }));
        } catch (error) {
          notifyError(error, 'Les convocations ne sont pas parties');
        } finally {
          setConvening(false);
        }
      },
    });

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

  return (
    <>
      <PageHeader
        title={`${meeting.instanceName} — ${formatDate(meeting.date)}`}
        back={{ to: '/reunions', label: 'Réunions' }}
        actions={
          <>
            <RecordHistoryButton
              entity="meeting"
              entityId={meeting.id}
              title={`${meeting.instanceName} — ${formatDate(meeting.date)}`}
            />
            {meeting.cancelled ? (
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
                  variant="default"
                  leftSection={<IconMailForward size={16} />}
                  onClick={convene}
                  loading={convening}
                >
                  Convoquer par e-mail
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
            )}
          </>
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
        <AttestationsCard
          attestations={attestations}
          empty="Aucune attestation pour cette réunion. Elles se délivrent depuis la grille des présences, une par personne, ou toutes ensemble."
          onChanged={refresh}
        />
      </Stack>
    </>
  );
}
