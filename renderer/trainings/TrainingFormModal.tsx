import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { hoursTextToMinutes, trainingInput, type TrainingInput } from '../../shared/trainings/schemas';
import type { Training, TrainingKind } from '../../shared/trainings/types';
import type { RepresentativeSummary } from '../../shared/register/representative-types';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';
import { DateField } from '../components/DateField';

interface Values {
  representativeId: string;
  kindId: string;
  date: string;
  hours: string;
  organiser: string;
  notes: string;
}

function toPayload(v: Values): TrainingInput {
  return {
    representativeId: Number(v.representativeId) || 0,
    kindId: Number(v.kindId) || 0,
    date: v.date,
    durationMinutes: hoursTextToMinutes(v.hours),
    organiser: v.organiser,
    notes: v.notes,
  };
}

const hoursOf = (minutes: number | null) =>
  minutes === null ? '' : String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');

/**
 * Adds or edits one training. With `representativeId` the person is fixed (the card on a
 * representative's page); otherwise it is chosen in the form (the trainings list).
 */
export function TrainingFormModal(props: {
  opened: boolean;
  onClose: () => void;
  onSaved: (t: Training) => void;
  editing: Training | null;
  representativeId?: number;
}) {
  const { opened, editing } = props;
  const [kinds, setKinds] = useState<TrainingKind[]>([]);
  const [people, setPeople] = useState<RepresentativeSummary[]>([]);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { representativeId: '', kindId: '', date: '', hours: '', organiser: '', notes: '' },
    validate: schemaValidator<Values>(trainingInput, toPayload),
  });

  useEffect(() => {
    if (!opened) return;
    const values: Values = editing
      ? {
          representativeId: String(editing.representativeId),
          kindId: String(editing.kindId),
          date: editing.date,
          hours: hoursOf(editing.durationMinutes),
          organiser: editing.organiser ?? '',
          notes: editing.notes ?? '',
        }
      : {
          representativeId: props.representativeId ? String(props.representativeId) : '',
          kindId: '',
          date: '',
          hours: '',
          organiser: '',
          notes: '',
        };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    call('trainingKinds:list', { includeArchived: true }).then(setKinds).catch(notifyError);
    if (!props.representativeId)
      call('representatives:list', { status: 'actifs' })
        .then((l) => setPeople(l.rows))
        .catch(notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, editing]);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const payload = toPayload(values);
      const saved = editing
        ? await call('trainings:update', { id: editing.id, data: payload })
        : await call('trainings:create', payload);
      notifications.show({
        color: 'teal',
        title: 'Formation enregistrée',
        message: `${saved.kindLabel} — ${saved.personName}`,
      });
      props.onSaved(saved);
      props.onClose();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'La formation n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  // Archived kinds are offered only to keep the one an existing training already has.
  const kindChoices = kinds
    .filter((k) => !k.archived || (editing && k.id === editing.kindId))
    .map((k) => ({ value: String(k.id), label: k.isBase ? `${k.label} (formation de base)` : k.label }));

  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={editing ? 'Modifier la formation' : 'Ajouter une formation'}
      size="lg"
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {!props.representativeId && (
            <Select
              label="Représentant"
              searchable
              required
              nothingFoundMessage="Aucun représentant"
              data={people.map((p) => ({
                value: String(p.id),
                label: `${p.lastName.toUpperCase()} ${p.firstName}`,
              }))}
              {...form.getInputProps('representativeId')}
            />
          )}
          <Select label="Type de formation" required data={kindChoices} {...form.getInputProps('kindId')} />
          <Group grow align="start">
            <DateField label="Date" required {...form.getInputProps('date')} />
            <TextInput
              label="Durée (heures)"
              description="Exemple : 14 ou 3,5"
              inputMode="decimal"
              {...form.getInputProps('hours')}
              error={form.errors.durationMinutes}
            />
          </Group>
          <TextInput label="Organisme de formation" {...form.getInputProps('organiser')} />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={props.onClose}>
              Annuler
            </Button>
            <Button type="submit" loading={saving}>
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
