import {
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Radio,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  surveyAttachmentLabels,
  surveyAttachments,
  surveyAudienceLabels,
  surveyAudiences,
  surveyInput,
  type SurveyAttachment,
  type SurveyAudience,
  type SurveyInput,
} from '../../shared/surveys/schemas';
import { ApiCallError, call, notifyError } from '../api';
import { PageForm } from '../components/PageForm';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';

interface Values {
  title: string;
  audience: SurveyAudience | '';
  attachedTo: SurveyAttachment;
  actionId: string;
  instanceId: string;
  year: number | string;
  introduction: string;
}

function toPayload(v: Values): SurveyInput {
  return {
    title: v.title,
    // An empty choice is refused by the schema with its French message.
    audience: v.audience as SurveyAudience,
    attachedTo: v.attachedTo,
    actionId: v.actionId === '' ? null : Number(v.actionId),
    instanceId: v.instanceId === '' ? null : Number(v.instanceId),
    year: typeof v.year === 'number' ? v.year : Number.NaN,
    introduction: v.introduction,
  };
}

/** An action or an instance, found by its name among the register's (50 shown at a time). */
function AttachmentSelect(props: {
  kind: 'action' | 'instance';
  value: string;
  initialLabel: string | null;
  onChange: (value: string) => void;
  error?: React.ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [choices, setChoices] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    call('surveys:attachmentChoices', { kind: props.kind, search: debounced })
      .then((rows) => {
        const list = rows.map((r) => ({ value: String(r.id), label: r.label }));
        if (props.value !== '' && props.initialLabel && !list.some((c) => c.value === props.value))
          list.unshift({ value: props.value, label: props.initialLabel });
        setChoices(list);
      })
      .catch(notifyError);
  }, [props.kind, debounced, props.value, props.initialLabel]);
  return (
    <Select
      label={props.kind === 'action' ? 'Action' : 'Instance'}
      placeholder={props.kind === 'action' ? 'Chercher une action…' : 'Chercher une instance…'}
      searchable
      withAsterisk
      onSearchChange={setSearch}
      nothingFoundMessage={props.kind === 'action' ? 'Aucune action trouvée' : 'Aucune instance trouvée'}
      data={choices}
      value={props.value === '' ? null : props.value}
      onChange={(v) => props.onChange(v ?? '')}
      error={props.error}
    />
  );
}

export function SurveyFormPage() {
  const params = useParams();
  const editingId = params.id ? Number(params.id) : null;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState(editingId === null);
  const [saving, setSaving] = useState(false);
  const [labels, setLabels] = useState<{ action: string | null; instance: string | null }>({
    action: null,
    instance: null,
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      title: '',
      audience: '',
      attachedTo: 'annee',
      actionId: '',
      instanceId: '',
      year: new Date().getFullYear(),
      introduction: '',
    },
    validate: schemaValidator<Values>(surveyInput, toPayload),
  });

  useEffect(() => {
    if (editingId === null) return;
    call('surveys:get', { id: editingId })
      .then((s) => {
        const values: Values = {
          title: s.title,
          audience: s.audience,
          attachedTo: s.attachedTo,
          actionId: s.actionId === null ? '' : String(s.actionId),
          instanceId: s.instanceId === null ? '' : String(s.instanceId),
          year: s.year,
          introduction: s.introduction ?? '',
        };
        setLabels({ action: s.actionTitle, instance: s.instanceName });
        form.setValues(values);
        form.resetDirty(values);
        setLoaded(true);
      })
      .catch(notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  const back = editingId === null ? '/questionnaires' : `/questionnaires/${editingId}`;
  const save = async (values: Values) => {
    setSaving(true);
    try {
      const saved =
        editingId === null
          ? await call('surveys:create', toPayload(values))
          : await call('surveys:update', { id: editingId, data: toPayload(values) });
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: `« ${saved.title} » est enregistré.`,
      });
      form.resetDirty();
      navigate(`/questionnaires/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      notifyError(error, 'Le questionnaire n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };

  if (!loaded) return <Loader aria-label="Chargement" />;
  const attachedTo = form.values.attachedTo;

  return (
    <>
      <PageHeader
        title={editingId === null ? 'Nouveau questionnaire' : 'Modifier le questionnaire'}
        back={{ to: back, label: editingId === null ? 'Questionnaires' : 'Retour au questionnaire' }}
      />
      <PageForm form={form} onSubmit={save} onCancel={() => navigate(back)}>
        <Card withBorder maw={760}>
          <Stack gap="md">
            <TextInput
              label="Titre"
              withAsterisk
              data-autofocus
              placeholder="Exemple : Forum santé — votre avis"
              {...form.getInputProps('title')}
            />
            <Radio.Group label="Destiné aux" withAsterisk {...form.getInputProps('audience')}>
              <Stack gap={6} mt={6}>
                {surveyAudiences.map((a) => (
                  <Radio key={a} value={a} label={surveyAudienceLabels[a]} />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group
              label="Se rapporte à"
              withAsterisk
              {...form.getInputProps('attachedTo')}
              onChange={(v) => form.setFieldValue('attachedTo', v as SurveyAttachment)}
            >
              <Group gap="lg" mt={6}>
                {surveyAttachments.map((a) => (
                  <Radio key={a} value={a} label={surveyAttachmentLabels[a]} />
                ))}
              </Group>
            </Radio.Group>
            {attachedTo === 'action' && (
              <AttachmentSelect
                kind="action"
                value={form.values.actionId}
                initialLabel={labels.action}
                onChange={(v) => form.setFieldValue('actionId', v)}
                error={form.errors.actionId}
              />
            )}
            {attachedTo === 'instance' && (
              <AttachmentSelect
                kind="instance"
                value={form.values.instanceId}
                initialLabel={labels.instance}
                onChange={(v) => form.setFieldValue('instanceId', v)}
                error={form.errors.instanceId}
              />
            )}
            <NumberInput
              label="Année"
              withAsterisk
              w={140}
              allowDecimal={false}
              min={2000}
              max={2100}
              {...form.getInputProps('year')}
            />
            <Textarea
              label="Introduction"
              description="Imprimée en tête du formulaire : à quoi servent les réponses, qu’elles sont anonymes."
              autosize
              minRows={2}
              {...form.getInputProps('introduction')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate(back)}>
                Annuler
              </Button>
              <Button type="submit" loading={saving}>
                Enregistrer
              </Button>
            </Group>
          </Stack>
        </Card>
      </PageForm>
    </>
  );
}
