/** A session of an action (/seances/:id): what, when, who took part, the attestations issued. */
import { Alert, Anchor, Button, Card, Loader, SimpleGrid, Stack } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBan, IconEdit, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { meetingModeLabels } from '../../shared/meetings/schemas';
import type { SessionAttendance } from '../../shared/meetings/types';
import { carrierText } from '../../shared/meetings/engagement';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';
import { Field } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { RecordHistoryButton } from '../components/RecordHistory';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { askReason } from '../meetings/ask-reason';
import { AttestationsCard } from '../meetings/AttestationsCard';
import { formatLongDate, formatTime } from '../meetings/format';
import { SessionAttendanceCard } from './SessionAttendanceCard';
import { MeetingReportsCard } from '../reports/MeetingReportsCard';

export function SessionPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data, setData, loading } = useLoad(() => call('sessions:attendance', { id }), [id]);
  const { data: attestations, reload: reloadAttestations } = useLoad(
    () => call('attestations:ofMeeting', { id }),
    [id],
  );

  if (loading && !data) return <Loader aria-label="Chargement" />;
  if (!data) return <Alert color="red">Cette séance n’existe pas ou plus.</Alert>;
  const { session } = data;

  const onChanged = (a: SessionAttendance) => {
    setData(a);
    void reloadAttestations();
  };
  const refresh = async () => onChanged(await call('sessions:attendance', { id }));

  const cancel = () =>
    askReason({
      title: 'Annuler la séance ?',
      text: 'La séance reste dans l’historique de l’action, marquée « annulée » avec son motif ; ses présences ne se modifient plus.',
      label: 'Motif de l’annulation',
      confirm: 'Annuler la séance',
      checkbox:
        session.validAttestationCount > 0
          ? 'Annuler aussi les attestations déjà délivrées (sinon elles restent valables)'
          : undefined,
      onConfirm: async (reason, voidAttestations) => {
        try {
          await call('sessions:cancel', { id, reason, voidAttestations });
          notifications.show({ color: 'teal', title: 'Séance annulée', message: reason });
          await refresh();
        } catch (error) {
          notifyError(error);
        }
      },
    });

  const restore = async () => {
    try {
      await call('sessions:restore', { id });
      notifications.show({ color: 'teal', title: 'Séance rétablie', message: formatDate(session.date) });
      await refresh();
    } catch (error) {
      notifyError(error);
    }
  };

  const remove = () =>
    modals.openConfirmModal({
      title: 'Supprimer la séance ?',
      children: 'Elle n’a ni présence, ni attestation, ni note de frais : elle disparaît de l’action.',
      labels: { confirm: 'Supprimer', cancel: 'Garder' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('sessions:delete', { id });
          notifications.show({ color: 'teal', title: 'Séance supprimée', message: session.actionTitle });
          navigate(`/actions/${session.actionId}`);
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <>
      <PageHeader
        title={`${session.title ?? 'Séance'} — ${formatDate(session.date)}`}
        back={{ to: `/actions/${session.actionId}`, label: session.actionTitle }}
        actions={
          <>
            <RecordHistoryButton
              entity="meeting"
              entityId={session.id}
              title={`${session.title ?? 'Séance'} — ${formatDate(session.date)}`}
            />
            {session.cancelled ? (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => void restore()}
              >
                Rétablir la séance
              </Button>
            ) : (
              <>
                {session.deletable ? (
                  <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
                    Supprimer
                  </Button>
                ) : (
                  <Button variant="subtle" color="red" leftSection={<IconBan size={16} />} onClick={cancel}>
                    Annuler la séance
                  </Button>
                )}
                <Button
                  variant="default"
                  leftSection={<IconEdit size={16} />}
                  onClick={() => navigate(`/seances/${id}/modifier`)}
                >
                  Modifier ou déplacer
                </Button>
              </>
            )}
          </>
        }
      />
      <Stack gap="md" maw={1200}>
        {session.cancelled && (
          <Alert color="gray" title="Séance annulée">
            {session.cancelReason}
          </Alert>
        )}
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Field label="Action">
              <Anchor component={Link} to={`/actions/${session.actionId}`} size="sm">
                {session.actionTitle}
              </Anchor>
            </Field>
            <Field label="Porteur">{carrierText(session.carrier, 'L’association')}</Field>
            <Field label="Date">{formatLongDate(session.date)}</Field>
            <Field label="Horaires">{`${formatTime(session.startTime)} – ${formatTime(session.endTime)}`}</Field>
            <Field label="Modalité">{meetingModeLabels[session.mode]}</Field>
            <Field label={session.mode === 'distance' ? 'Lien ou outil' : 'Lieu'}>{session.place}</Field>
            <Field label="Participants hors registre">
              {session.countedParticipants === null
                ? null
                : plural(session.countedParticipants, 'personne', 'personnes')}
            </Field>
            <Field label="Attestation">
              {session.attestationKind === 'representation'
                ? 'De présence (congé de représentation)'
                : 'De participation'}
            </Field>
          </SimpleGrid>
          {session.notes && (
            <Stack mt="sm" gap={0}>
              <Field label="Notes">{session.notes}</Field>
            </Stack>
          )}
        </Card>
        <SessionAttendanceCard attendance={data} onChanged={onChanged} />
        <MeetingReportsCard meetingId={session.id} version={data} />
        <AttestationsCard
          attestations={attestations}
          empty="Aucune attestation pour cette séance. Elles se délivrent depuis la liste des participants, une par personne."
          personLabel="Participant"
          onChanged={refresh}
        />
      </Stack>
    </>
  );
}
