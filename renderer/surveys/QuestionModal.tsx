import { ActionIcon, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  MAX_CHOICES,
  questionInput,
  questionKindLabels,
  questionKinds,
  type QuestionInput,
  type QuestionKind,
} from '../../shared/surveys/schemas';
import type { Survey, SurveyQuestion } from '../../shared/surveys/types';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';

interface Values {
  kind: QuestionKind;
  label: string;
  required: boolean;
  options: string[];
}

const toPayload = (v: Values): QuestionInput => ({ ...v, options: v.kind === 'choix' ? v.options : [] });

/** Adds a question to a draft, or edits one. */
export function QuestionModal(props: {
  surveyId: number;
  opened: boolean;
  editing: SurveyQuestion | null;
  onClose: () => void;
  onSaved: (survey: Survey) => void;
}) {
  const { opened, editing } = props;
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: 'echelle', label: '', required: false, options: ['', ''] },
    validate: schemaValidator<Values>(questionInput, toPayload),
  });

  useEffect(() => {
    if (!opened) return;
    const values: Values = editing
      ? {
          kind: editing.kind,
          label: editing.label,
          required: editing.required,
          options: editing.kind === 'choix' ? editing.options : ['', ''],
        }
      : { kind: 'echelle', label: '', required: false, options: ['', ''] };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, editing]);

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const survey = editing
        ? await call('surveys:updateQuestion', {
            surveyId: props.surveyId,
            questionId: editing.id,
            data: toPayload(values),
          })
        : await call('surveys:addQuestion', { surveyId: props.surveyId, data: toPayload(values) });
      props.onSaved(survey);
      props.onClose();
    } catch (error) {
      if (error instanceof ApiCallError) {
        const fields = Object.fromEntries(
          Object.entries(error.fieldErrors).map(([k, m]) => [k.replace(/^data\./, ''), m]),
        );
        form.setErrors(fields);
      }
      notifyError(error, 'La question n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  const options = form.values.options;
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={editing ? 'Modifier la question' : 'Ajouter une question'}
      size="lg"
    >
      <form onSubmit={form.onSubmit((v) => void save(v))} noValidate>
        <Stack gap="md">
          <TextInput label="Question" withAsterisk data-autofocus {...form.getInputProps('label')} />
          <Select
            label="Type de réponse"
            withAsterisk
            allowDeselect={false}
            data={questionKinds.map((k) => ({ value: k, label: questionKindLabels[k] }))}
            {...form.getInputProps('kind')}
          />
          {form.values.kind === 'choix' && (
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Réponses proposées (une seule sera cochée)
              </Text>
              {options.map((_, i) => (
                <Group key={i} gap="xs" wrap="nowrap">
                  <TextInput
                    aria-label={`Réponse proposée ${i + 1}`}
                    style={{ flex: 1 }}
                    {...form.getInputProps(`options.${i}`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Retirer la réponse ${i + 1}`}
                    disabled={options.length <= 2}
                    onClick={() => form.removeListItem('options', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {typeof form.errors.options === 'string' && (
                <Text size="xs" c="red" role="alert">
                  {form.errors.options}
                </Text>
              )}
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                disabled={options.length >= MAX_CHOICES}
                onClick={() => form.insertListItem('options', '')}
                w="fit-content"
              >
                Ajouter une réponse proposée
              </Button>
            </Stack>
          )}
          <Checkbox label="Réponse obligatoire" {...form.getInputProps('required', { type: 'checkbox' })} />
          <Group justify="flex-end">
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
