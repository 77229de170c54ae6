/**
 * Adds or edits one « temps bénévole » entry. With `representativeId` the person is fixed (the
 * card on a person's record); otherwise it is chosen in the form (the list).
 */
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { durationText, volunteerTimeInput, type VolunteerTimeInput } from '../../shared/valorisation/schemas';
import type { VolunteerCategory, VolunteerTime } from '../../shared/valorisation/types';
import { ApiCallError, call, notifyError } from '../api';
import { PersonSelect } from '../claims/ui';
import { DateField } from '../components/DateField';
import { notifyIncomplete, schemaValidator } from '../forms';
import { useLoad } from '../hooks';
import { formatDate } from '../format';
import { formatDuration } from '../../shared/rules/format-fr';

interface Values {
  representativeId: number | null;
  date: string;
  duration: string;
  categoryId: string;
  actionId: string | null;
  instanceId: string | null;
  description: string;
}

const toPayload = (v: Values): VolunteerTimeInput => ({
  representativeId: v.representativeId ?? 0,
  date: v.date,
  duration: v.duration,
  categoryId: Number(v.categoryId) || 0,
  actionId: v.actionId ? Number(v.actionId) : null,
  instanceId: v.instanceId ? Number(v.instanceId) : null,
  description: v.description,
});

const empty: Values = {
  representativeId: null,
  date: '',
  duration: '',
  categoryId: '',
  actionId: null,
  instanceId: null,
  description: '',
};

/** The action an entry is tied to: searched in the main process, a few at a time. */
function ActionSelect(props: {
  value: string | null;
  currentTitle: string | null;
  onChange: (v: string | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const { data } = useLoad(
    () => call('actions:list', { search: debounced, sort: 'date', direction: 'desc', offset: 0, limit: 30 }),
    [debounced],
  );
  const options = (data?.rows ?? []).map((a) => ({ value: String(a.id), label: a.title }));
  if (props.value !== null && props.currentTitle && !options.some((o) => o.value === props.value))
    options.unshift({ value: props.value, label: props.currentTitle });
  return (
    <Select
      label="Action ou projet"
      placeholder="Aucun"
      searchable
      clearable
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage="Aucune action trouvée"
      value={props.value}
      onChange={props.onChange}
      error={props.error}
    />
  );
}

export function VolunteerTimeFormModal(props: {
  opened: boolean;
  onClose: () => void;
  onSaved: (entry: VolunteerTime) => void;
  /** After a deletion (confirmed): the list reloads. */
  onDeleted: () => void;
  editing: VolunteerTime | null;
  representativeId?: number;
}) {
  const { opened, editing } = props;
  const [categories, setCategories] = useState<VolunteerCategory[]>([]);
  const [instances, setInstances] = useState<Array<{ value: string; label: string }>>([]);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: empty,
    validate: schemaValidator<Values>(volunteerTimeInput, toPayload),
  });

  useEffect(() => {
    if (!opened) return;
    const values: Values = editing
      ? {
          representativeId: editing.representativeId,
          date: editing.date,
          duration: durationText(editing.minutes),
          categoryId: String(editing.categoryId),
          actionId: editing.actionId === null ? null : String(editing.actionId),
          instanceId: editing.instanceId === null ? null : String(editing.instanceId),
          description: editing.description ?? '',
        }
      : { ...empty, representativeId: props.representativeId ?? null };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    call('volunteerCategories:list', {}).then(setCategories).catch(notifyError);
    call('instances:list', { status: 'actifs', search: '', sort: 'nom', direction: 'asc' })
      .then((l) => setInstances(l.rows.map((i) => ({ value: String(i.id), label: i.name }))))
      .catch(notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, editing]);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const payload = toPayload(values);
      const saved = editing
        ? await call('volunteerTime:update', { id: editing.id, data: payload })
        : await call('volunteerTime:create', payload);
      notifications.show({
        color: 'teal',
        title: 'Temps bénévole enregistré',
        message: `${saved.personName} — ${saved.categoryLabel}`,
      });
      props.onSaved(saved);
      props.onClose();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Le temps bénévole n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };

  const confirmDelete = (entry: VolunteerTime) =>
    modals.openConfirmModal({
      title: 'Supprimer ce temps bénévole ?',
      children: (
        <Text size="sm">
          {formatDuration(entry.minutes)} de « {entry.categoryLabel} » le {formatDate(entry.date)} pour{' '}
          {entry.personName} ne compteront plus dans la valorisation. Cette action est définitive.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('volunteerTime:delete', { id: entry.id });
          notifications.show({
            color: 'teal',
            title: 'Temps bénévole supprimé',
            message: `${entry.personName}, ${formatDate(entry.date)}`,
          });
          props.onDeleted();
          props.onClose();
        } catch (error) {
          notifyError(error);
        }
      },
    });

  // An archived category is offered only to keep the one an existing entry already has.
  const categoryChoices = categories
    .filter((c) => !c.archived || (editing && c.id === editing.categoryId))
    .map((c) => ({ value: String(c.id), label: c.label }));
  // Instances archived since stay shown on the entry that has one.
  const instanceChoices =
    editing?.instanceId && !instances.some((i) => i.value === String(editing.instanceId))
      ? [{ value: String(editing.instanceId), label: editing.instanceName ?? '' }, ...instances]
      : instances;

  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={editing ? 'Modifier le temps bénévole' : 'Ajouter du temps bénévole'}
      size="lg"
    >
      <form onSubmit={form.onSubmit(submit, notifyIncomplete)} noValidate>
        <Stack gap="sm">
          {!props.representativeId && (
            <PersonSelect
              label="Personne"
              value={form.values.representativeId}
              onChange={(v) => form.setFieldValue('representativeId', v)}
              error={form.errors.representativeId as string | undefined}
            />
          )}
          <Group grow align="start">
            <DateField label="Date" required {...form.getInputProps('date')} />
            <TextInput
              label="Durée"
              description="Heures et minutes, par exemple 02:30"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder="HH:MM"
              required
              {...form.getInputProps('duration')}
            />
          </Group>
          <Select label="Catégorie" required data={categoryChoices} {...form.getInputProps('categoryId')} />
          <Group grow align="start">
            <ActionSelect
              value={form.values.actionId}
              currentTitle={editing?.actionTitle ?? null}
              onChange={(v) => form.setFieldValue('actionId', v)}
              error={form.errors.actionId as string | undefined}
            />
            <Select
              label="Instance"
              placeholder="Aucune"
              searchable
              clearable
              nothingFoundMessage="Aucune instance"
              data={instanceChoices}
              {...form.getInputProps('instanceId')}
            />
          </Group>
          <Textarea
            label="Description"
            description="Ce qui a été fait : préparation d’une CDU, tenue de la trésorerie…"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Group justify="flex-end" mt="sm">
            {editing && (
              <Button variant="subtle" color="red" mr="auto" onClick={() => confirmDelete(editing)}>
                Supprimer
              </Button>
            )}
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
