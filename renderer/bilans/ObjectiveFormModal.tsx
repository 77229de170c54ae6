import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { objectiveUpdate, type ObjectiveOwner } from '../../shared/bilans/objectives';
import type { ObjectiveSet } from '../../shared/bilans/types';
import { ApiCallError, call, notifyError } from '../api';
import { notifyIncomplete, schemaValidator } from '../forms';

/** Adds an objective to an owner, or renames one (`editing`). */
export function ObjectiveFormModal(props: {
  opened: boolean;
  owner: ObjectiveOwner;
  editing: { id: number; label: string } | null;
  onClose: () => void;
  onSaved: (set: ObjectiveSet) => void;
}) {
  const [saving, setSaving] = useState(false);
  const form = useForm<{ label: string }>({
    mode: 'controlled',
    initialValues: { label: '' },
    validate: schemaValidator<{ label: string }>(objectiveUpdate, (v) => ({ id: 1, label: v.label })),
  });
  useEffect(() => {
    if (!props.opened) return;
    const values = { label: props.editing?.label ?? '' };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.opened, props.editing]);

  const submit = async ({ label }: { label: string }) => {
    setSaving(true);
    try {
      const set = props.editing
        ? await call('objectives:update', { id: props.editing.id, label })
        : await call('objectives:create', { owner: props.owner, label });
      props.onSaved(set);
      props.onClose();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'L’objectif n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.editing ? 'Modifier l’objectif' : 'Ajouter un objectif opérationnel'}
      size="lg"
    >
      <form onSubmit={form.onSubmit(submit, () => notifyIncomplete())} noValidate>
        <Stack gap="sm">
          <Textarea
            label="Objectif opérationnel"
            description="Par exemple : promouvoir l’exercice coordonné et l’initiation de CPTS"
            required
            autosize
            minRows={2}
            data-autofocus
            onKeyDown={(e) => {
              // Enter saves, as in every form; Shift+Enter starts a new line.
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            {...form.getInputProps('label')}
          />
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
