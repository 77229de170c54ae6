import { plural } from '../../shared/rules/plural';
import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  meetingInput,
  meetingSeriesInput,
  seriesDates,
  seriesFrequencies,
  seriesFrequencyLabels,
  type MeetingMode,
  type SeriesFrequency,
} from '../../shared/meetings/schemas';
import type { Meeting } from '../../shared/meetings/types';
import { ApiCallError, call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { DateField } from '../components/DateField';
import { TimeField } from './fields';
import { dateFieldError, isIsoDate } from '../../shared/rules/dates';
import { formatLongDate, weekdayOf } from './format';
import { PageForm } from '../components/PageForm';

interface Values {
  kind: 'une' | 'serie';
  instanceId: string;
  date: string;
  frequency: SeriesFrequency;
  count: number;
  startTime: string;
  endTime: string;
  mode: MeetingMode;
  place: string;
  title: string;
  agenda: string;
  minutesReference: string;
  notes: string;
}

const common = (v: Values) => ({
  instanceId: Number(v.instanceId) || 0,
  startTime: v.startTime,
  endTime: v.endTime,
  mode: v.mode,
  place: v.place,
  title: v.title,
  agenda: v.agenda,
  minutesReference: v.minutesReference,
  notes: v.notes,
});

const datesOf = (v: Values): string[] =>
  isIsoDate(v.date) && v.count >= 1 && v.count <= 60 ? seriesDates(v.date, v.frequency, v.count) : [];

const toPayload = (v: Values) =>
  v.kind === 'serie' ? { ...common(v), dates: datesOf(v) } : { ...common(v), date: v.date };

const validate = (v: Values) => {
  const errors = schemaValidator<Values>(
    v.kind === 'serie' ? meetingSeriesInput : meetingInput,
    toPayload,
  )(v);
  if (errors.dates) errors.date = dateFieldError(v.date) ?? errors.dates;
  if (errors.instanceId) errors.instanceId = 'Choisissez l’instance';
  return errors;
};

export function MeetingFormPage() {
  const params = useParams();
  const editing = params.id ? Number(params.id) : null;
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [existing, setExisting] = useState<Meeting | null>(null);
  const { data: instances } = useLoad(() => call('meetings:instances', {}), []);
  const { data: settings } = useLoad(() => call('meetings:settings', {}), []);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      kind: 'une',
      instanceId: search.get('instance') ?? '',
      date: '',
      frequency: 'trimestrielle',
      count: 4,
      startTime: '14:00',
      endTime: '16:30',
      mode: 'sur_place',
      place: '',
      title: '',
      agenda: '',
      minutesReference: '',
      notes: '',
    },
    validate,
  });

  useEffect(() => {
    if (!editing && settings && !form.isDirty('startTime') && !form.isDirty('endTime')) {
      form.setValues({ startTime: settings.defaultStartTime, endTime: settings.defaultEndTime });
      form.resetDirty();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings, editing]);

  useEffect(() => {
    if (!editing) return;
    call('meetings:get', { id: editing })
      .then((m) => {
        setExisting(m);
        const values: Values = {
          kind: 'une',
          instanceId: String(m.instanceId),
          date: m.date,
          frequency: 'trimestrielle',
          count: 4,
          startTime: m.startTime,
          endTime: m.endTime,
          mode: m.mode,
          place: m.place ?? '',
          title: m.title ?? '',
          agenda: m.agenda ?? '',
          minutesReference: m.minutesReference ?? '',
          notes: m.notes ?? '',
        };
        form.setValues(values);
        form.resetDirty(values);
      })
      .catch((e: unknown) => notifyError(e, 'Chargement impossible'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing]);

  const instance = instances?.find((i) => String(i.id) === form.values.instanceId);
  const chooseInstance = (value: string | null) => {
    form.setFieldValue('instanceId', value ?? '');
    const chosen = instances?.find((i) => String(i.id) === value);
    // The usual place of the instance, unless the user already typed one.
    if (chosen?.meetingPlace && (!form.values.place || form.values.place === instance?.meetingPlace)) {
      form.setFieldValue('place', chosen.meetingPlace);
    }
  };

  const preview = useMemo(() => (form.values.kind === 'serie' ? datesOf(form.values) : []), [form.values]);

  const save = async (values: Values) => {
    setSaving(true);
    try {
      if (editing) {
        const saved = await call('meetings:update', {
          id: editing,
          data: { ...common(values), date: values.date },
        });
        notifications.show({
          color: 'teal',
          title: 'Réunion enregistrée',
          message: `${saved.instanceName}, ${formatDate(saved.date)}`,
        });
        form.resetDirty();
        navigate(`/reunions/${editing}`);
      } else if (values.kind === 'serie') {
        const created = await call('meetings:createSeries', { ...common(values), dates: datesOf(values) });
        notifications.show({
          color: 'teal',
          title: 'Série créée',
          message: `${plural(created.length, 'réunion programmée', 'réunions programmées')}.`,
        });
        form.resetDirty();
        navigate(`/reunions?instance=${values.instanceId}&periode=a_venir&ordre=asc`);
      } else {
        const created = await call('meetings:create', { ...common(values), date: values.date });
        notifications.show({
          color: 'teal',
          title: 'Réunion créée',
          message: `${created.instanceName}, ${formatDate(created.date)}`,
        });
        form.resetDirty();
        navigate(`/reunions/${created.id}`);
      }
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
        title: 'Déplacer la réunion ?',
        children: (
          <Text size="sm">
            {existing.validAttestationCount === 1
              ? 'Une attestation a été délivrée pour cette réunion. Elle sera annulée'
              : `${existing.validAttestationCount} attestations ont été délivrées pour cette réunion. Elles seront annulées`}{' '}
            avec le motif « réunion déplacée » ; il faudra en imprimer de nouvelles, avec de nouveaux numéros.
            {values.startTime !== existing.startTime || values.endTime !== existing.endTime
              ? ' Les horaires de présence propres à une personne qui sortent des nouveaux horaires reprendront ceux de la réunion.'
              : ''}
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

  if (editing && !existing) return <Loader aria-label="Chargement" />;

  const weekend = (iso: string) => weekdayOf(iso) === 0 || weekdayOf(iso) === 6;

  return (
    <>
      <PageHeader
        title={editing ? 'Modifier ou déplacer la réunion' : 'Nouvelle réunion'}
        back={
          editing ? { to: `/reunions/${editing}`, label: 'Réunion' } : { to: '/reunions', label: 'Réunions' }
        }
      />
      <PageForm form={form} onSubmit={submit}>
        <Stack gap="md" maw={900}>
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
              {!editing && (
                <SegmentedControl
                  aria-label="Une réunion ou une série"
                  value={form.values.kind}
                  onChange={(v) => form.setFieldValue('kind', v as Values['kind'])}
                  data={[
                    { value: 'une', label: 'Une réunion' },
                    { value: 'serie', label: 'Une série de réunions' },
                  ]}
                  w="fit-content"
                />
              )}
              <Select
                label="Instance"
                required
                searchable
                placeholder="Choisissez l’instance"
                data={(instances ?? [])
                  .filter((i) => !i.archived || String(i.id) === form.values.instanceId)
                  .map((i) => ({ value: String(i.id), label: `${i.name} — ${i.organisationName}` }))}
                nothingFoundMessage="Aucune instance : créez-la d’abord dans le registre"
                value={form.values.instanceId || null}
                onChange={chooseInstance}
                error={form.errors.instanceId}
              />
              <SimpleGrid cols={{ base: 1, sm: form.values.kind === 'serie' ? 3 : 1 }}>
                <DateField
                  label={form.values.kind === 'serie' ? 'Première date' : 'Date'}
                  required
                  value={form.values.date}
                  onChange={(v) => form.setFieldValue('date', v)}
                  error={form.errors.date}
                  description={
                    isIsoDate(form.values.date) && form.values.kind === 'une'
                      ? formatLongDate(form.values.date)
                      : undefined
                  }
                  maw={form.values.kind === 'serie' ? undefined : 260}
                />
                {form.values.kind === 'serie' && (
                  <>
                    <Select
                      label="Fréquence"
                      data={seriesFrequencies.map((f) => ({ value: f, label: seriesFrequencyLabels[f] }))}
                      value={form.values.frequency}
                      onChange={(v) => v && form.setFieldValue('frequency', v as SeriesFrequency)}
                      allowDeselect={false}
                    />
                    <NumberInput
                      label="Nombre de réunions"
                      min={1}
                      max={60}
                      {...form.getInputProps('count')}
                    />
                  </>
                )}
              </SimpleGrid>
              {form.values.kind === 'serie' && preview.length > 0 && (
                <Text size="sm" c="dimmed" data-testid="apercu-serie">
                  {plural(preview.length, 'réunion', 'réunions')} :{' '}
                  {preview.map((d) => `${formatDate(d)}${weekend(d) ? ' (week-end)' : ''}`).join(', ')}
                </Text>
              )}
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
                  form.values.mode === 'sur_place' && instance?.meetingPlace
                    ? `Lieu habituel : ${instance.meetingPlace}`
                    : undefined
                }
                {...form.getInputProps('place')}
              />
              <TextInput
                label="Objet"
                placeholder="Ex. : séance plénière, examen du rapport annuel"
                {...form.getInputProps('title')}
              />
              <Textarea label="Ordre du jour" autosize minRows={3} {...form.getInputProps('agenda')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label="Référence du compte rendu" {...form.getInputProps('minutesReference')} />
                <TextInput label="Notes" {...form.getInputProps('notes')} />
              </SimpleGrid>
            </Stack>
          </Card>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => navigate(editing ? `/reunions/${editing}` : '/reunions')}
            >
              Annuler
            </Button>
            <Button type="submit" loading={saving}>
              {editing
                ? 'Enregistrer'
                : form.values.kind === 'serie'
                  ? `Créer les ${preview.length} réunions`
                  : 'Créer la réunion'}
            </Button>
          </Group>
        </Stack>
      </PageForm>
    </>
  );
}
