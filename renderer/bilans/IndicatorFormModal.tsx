import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import {
  indicatorInput,
  parseTypedValue,
  type IndicatorInput,
  type ResultSource,
} from '../../shared/bilans/objectives';
import type { ObjectiveIndicator, ObjectiveSet } from '../../shared/bilans/types';
import {
  figureDef,
  figureFamilies,
  figureFamilyLabels,
  figureIds,
  figures,
  type FigureId,
} from '../../shared/indicators/catalogue';
import { formatDecimal } from '../../shared/bilans/display';
import { issuesToFieldErrors } from '../../shared/fields';
import { ApiCallError, call, notifyError } from '../api';
import { notifyIncomplete } from '../forms';

interface Values {
  label: string;
  expected: string;
  source: ResultSource;
  figureId: string;
  result: string;
  comment: string;
}

const asFigureId = (value: string): FigureId | null => figureIds.find((f) => f === value) ?? null;

function toPayload(v: Values): IndicatorInput {
  const expected = parseTypedValue(v.expected);
  const result = v.source === 'saisi' ? parseTypedValue(v.result) : { number: null, text: null };
  return {
    label: v.label,
    expectedNumber: expected.number,
    expectedText: expected.text,
    source: v.source,
    figureId: v.source === 'calcule' ? asFigureId(v.figureId) : null,
    resultNumber: result.number,
    resultText: result.text,
    comment: v.comment,
  };
}

/** The schema's fields, as the form names them (one field for a number or a text). */
const FIELD_OF: Record<string, keyof Values> = {
  label: 'label',
  expectedNumber: 'expected',
  expectedText: 'expected',
  source: 'source',
  figureId: 'figureId',
  resultNumber: 'result',
  resultText: 'result',
  comment: 'comment',
};

function formErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = FIELD_OF[key.replace(/^data\./, '')] ?? key;
    out[field] ??= message;
  }
  return out;
}

const typedText = (n: number | null, t: string | null) => (n !== null ? formatDecimal(n) : (t ?? ''));

const figureChoices = figureFamilies.map((family) => ({
  group: figureFamilyLabels[family],
  items: figures.filter((f) => f.family === family).map((f) => ({ value: f.id, label: f.label })),
}));

/** Adds or edits one indicator line of an objective. */
export function IndicatorFormModal(props: {
  objectiveId: number | null;
  editing: ObjectiveIndicator | null;
  onClose: () => void;
  onSaved: (set: ObjectiveSet) => void;
}) {
  const opened = props.objectiveId !== null;
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { label: '', expected: '', source: 'saisi', figureId: '', result: '', comment: '' },
    validate: (values) => {
      const parsed = indicatorInput.safeParse(toPayload(values));
      return parsed.success ? {} : formErrors(issuesToFieldErrors(parsed.error.issues));
    },
  });

  useEffect(() => {
    if (!opened) return;
    const e = props.editing;
    const values: Values = e
      ? {
          label: e.label,
          expected: typedText(e.expectedNumber, e.expectedText),
          source: e.source,
          figureId: e.figureId ?? '',
          result: typedText(e.resultNumber, e.resultText),
          comment: e.comment ?? '',
        }
      : { label: '', expected: '', source: 'saisi', figureId: '', result: '', comment: '' };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, props.editing]);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const data = toPayload(values);
      const set = props.editing
        ? await call('objectives:updateIndicator', { id: props.editing.id, data })
        : await call('objectives:addIndicator', { objectiveId: props.objectiveId ?? 0, data });
      props.onSaved(set);
      props.onClose();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(formErrors(error.fieldErrors));
      notifyError(error, 'L’indicateur n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };

  const chosenId = asFigureId(form.values.figureId);
  const chosen = chosenId ? figureDef(chosenId) : null;
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={props.editing ? 'Modifier l’indicateur' : 'Ajouter un indicateur'}
      size="lg"
    >
      <form onSubmit={form.onSubmit(submit, () => notifyIncomplete())} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Indicateur"
            description="Ce qui est mesuré, par exemple : nombre de réunions d’information"
            required
            data-autofocus
            {...form.getInputProps('label')}
          />
          <TextInput
            label="Résultat attendu"
            description="Un nombre (200, 3,8) ou un texte (3 réunions par an) ; vide : non déterminé"
            {...form.getInputProps('expected')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Résultat obtenu
            </Text>
            <SegmentedControl
              data={[
                { value: 'calcule', label: 'Calculé par Porte-voix' },
                { value: 'saisi', label: 'Saisi' },
              ]}
              {...form.getInputProps('source')}
            />
          </Stack>
          {form.values.source === 'calcule' ? (
            <Select
              label="Chiffre du tableau de bord"
              description="Calculé sur la période et le périmètre du projet (ou de l’année), comme au tableau de bord"
              required
              searchable
              data={figureChoices}
              {...form.getInputProps('figureId')}
            />
          ) : (
            <TextInput
              label="Obtenu"
              description="Un nombre ou un texte ; vide : pas encore connu"
              {...form.getInputProps('result')}
            />
          )}
          {chosen && form.values.source === 'calcule' && (
            <Text size="xs" c="dimmed">
              {chosen.definition}
            </Text>
          )}
          <Textarea label="Commentaire" autosize minRows={2} {...form.getInputProps('comment')} />
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
