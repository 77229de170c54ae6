/** New session of an action (/actions/:id/seances/nouvelle), or edit one (/seances/:id/modifier). */
import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { MeetingMode } from '../../shared/meetings/schemas';
import { sessionInput } from '../../shared/meetings/sessions';
import type { Session, SessionAction } from '../../shared/meetings/types';
import { engagementLabel } from '../../shared/meetings/engagement';
import { isIsoDate } from '../../shared/rules/dates';
import { ApiCallError, call, notifyError } from '../api';
import { DateField } from '../components/DateField';
import { PageForm } from '../components/PageForm';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { formatDate } from '../format';
import { TimeField } from '../meetings/fields';
import { formatLongDate } from '../meetings/format';

interface Values {
  date: string;
  startTime: string;
  endTime: string;
  mode: MeetingMode;
  place: string;
  title: string;
  notes: string;
  countedParticipants: number | '';
}

const toPayload = (actionId: number) => (v: Values) => ({
  actionId,
  date: v.date,
  startTime: v.startTime,
  endTime: v.endTime,
  mode: v.mode,
  place: v.place,
  title: v.title,
  notes: v.notes,
  countedParticipants: v.countedParticipants === '' ? null : v.countedParticipants,
});

export function SessionFormPage() {
  const params = useParams();
  // /seances/:id/modifier edits a session; /actions/:actionId/seances/nouvelle adds one.
  const editing = params.sessionId ? Number(params.sessionId) : null;
  const navigate = useNavigate();
  const [existing, setExisting] = useState<Session | null>(null);
  const [action, setAction] = useState<SessionAction | null>(null);
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const actionId = existing?.actionId ?? (params.actionId ? Number(params.actionId) : 0);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      date: '',
      startTime: '14:00',
      endTime: '16:00',
      mode: 'sur_place',
      place: '',
      title: '',
      notes: '',
      countedParticipants: '',
    },
    validate: (v) => schemaValidator<Values>(sessionInput, toPayload(actionId))(v),
  });

  useEffect(() => {
    const load = async () => {
      const session = editing ? await call('sessions:get', { id: editing }) : null;
      const info = await call('sessions:action', { id: session?.actionId ?? Number(params.actionId) });
      setAction(info);
      if (session) {
        setExisting(session);
        const values: Values = {
          date: session.date,
          startTime: session.startTime,
          endTime: session.endTime,
          mode: session.mode,
          place: session.place ?? '',
          title: session.title ?? '',
          notes: session.notes ?? '',
          countedParticipants: session.countedParticipants ?? '',
        };
        form.setValues(values);
        form.resetDirty(values);
      } else if (info.place) {
        form.setValues({ place: info.place });
        form.resetDirty();
      }
    };
    load().catch((e: unknown) => {
      setMissing(true);
      notifyError(e, 'Chargement impossible');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing, params.actionId]);

  const backTo = editing ? `/seances/${editing}` : `/actions/${actionId}`;

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const data = sessionInput.parse(toPayload(actionId)(values));
      const saved = editing
        ? await call('sessions:update', { id: editing, data })
        : await call('sessions:create', data);
      notifications.show({
        color: 'teal',
        title: editing ? 'Séance enregistrée' : 'Séance créée',
        message: `${saved.actionTitle}, ${formatDate(saved.date)}`,
      });
      form.resetDirty();
      navigate(`/seances/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const submit = (values: Values) => {
    const moved =
      existing !== null &&
      (values.date !== existing.date ||
        values.startTime !== existing.startTime ||
        values.endTime !== existing.endTime ||
        values.mode !== existing.mode);
    if (moved && existing.validAttestationCount > 0) {
      modals.openConfirmModal({
        title: 'Déplacer la séance ?',
        children: (
          <Text size="sm">
            {existing.validAttestationCount === 1
              ? 'Une attestation a été délivrée pour cette séance. Elle sera annulée'
              : `${existing.validAttestationCount} attestations ont été délivrées pour cette séance. Elles seront annulées`}{' '}
            avec le motif « séance déplacée » ; il faudra en imprimer de nouvelles, avec de nouveaux numéros.
          </Text>
        ),
        labels: { confirm: 'Déplacer et annuler les attestations', cancel: 'Ne rien changer' },
        confirmProps: { color: 'red' },
        onConfirm: () => void save(values),
      });
      return;
    }
    void save(values);
  };

  if (missing) return <Alert color="red">Cette action ou cette séance n’existe pas ou plus.</Alert>;
  if (!action || (editing && !existing)) return <Loader aria-label="Chargement" />;

  return (
    <>
      <PageHeader
        title={editing ? 'Modifier ou déplacer la séance' : 'Nouvelle séance'}
        back={editing ? { to: backTo, label: 'Séance' } : { to: backTo, label: action.title }}
      />
      <PageForm form={form} onSubmit={submit} onCancel={() => navigate(backTo)}>
        <Stack gap="md" maw={900}>
          <Text size="sm" c="dimmed">
            Action : {engagementLabel({ kind: 'action', name: action.title, carrier: action.carrier })} —{' '}
            {action.attestationKind === 'representation'
              ? 'attestation de présence (congé de représentation)'
              : 'attestation de participation'}
          </Text>
          {existing && existing.validAttestationCount > 0 && (
            <Alert color="orange" title="Des attestations ont été délivrées">
              Changer la date, les horaires ou la modalité annulera{' '}
              {existing.validAttestationCount === 1
                ? 'l’attestation déjà délivrée'
                : `les ${existing.validAttestationCount} attestations déjà délivrées`}
              .
            </Alert>
          )}
          <Card withBorder>
            <Stack gap="sm">
              <DateField
                label="Date"
                required
                value={form.values.date}
                onChange={(v) => form.setFieldValue('date', v)}
                error={form.errors.date}
                description={isIsoDate(form.values.date) ? formatLongDate(form.values.date) : undefined}
                maw={260}
              />
              <Group gap="md" align="start">
                <TimeField
                  label="Début"
                  required
                  w={120}
                  value={form.values.startTime}
                  onChange={(v) => form.setFieldValue('startTime', v)}
                  error={form.errors.startTime}
                />
                <TimeField
                  label="Fin"
                  required
                  w={120}
                  value={form.values.endTime}
                  onChange={(v) => form.setFieldValue('endTime', v)}
                  error={form.errors.endTime}
                />
                <div>
                  <Text size="sm" fw={500} mb={3}>
                    Modalité
                  </Text>
                  <SegmentedControl<MeetingMode>
                    aria-label="Modalité"
                    value={form.values.mode}
                    onChange={(v) => form.setFieldValue('mode', v)}
                    data={[
                      { value: 'sur_place', label: 'Sur place' },
                      { value: 'distance', label: 'Visioconférence' },
                    ]}
                  />
                </div>
              </Group>
              <TextInput
                label={form.values.mode === 'distance' ? 'Lien ou outil de visioconférence' : 'Lieu'}
                description={
                  form.values.mode === 'sur_place' && action.place
                    ? `Lieu de l’action : ${action.place}`
                    : undefined
                }
                {...form.getInputProps('place')}
              />
              <TextInput
                label="Intitulé de la séance"
                placeholder="Ex. : atelier n° 3, stand du forum, restitution"
                {...form.getInputProps('title')}
              />
              <NumberInput
                label="Participants hors registre"
                description="Personnes venues sans être dans le registre (habitants, public d’un forum) : comptées, pas nommées"
                min={0}
                allowDecimal={false}
                maw={480}
                {...form.getInputProps('countedParticipants')}
              />
              <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
            </Stack>
          </Card>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(backTo)}>
              Annuler
            </Button>
            <Button type="submit" loading={saving}>
              {editing ? 'Enregistrer' : 'Créer la séance'}
            </Button>
          </Group>
        </Stack>
      </PageForm>
    </>
  );
}
