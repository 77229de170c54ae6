import {
  Button,
  Fieldset,
  Group,
  Loader,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { actionStatusLabel, offeredThemes } from '../../shared/actions/rules';
import {
  actionCarrierLabels,
  actionCarriers,
  actionInput,
  actionKindLabels,
  actionPhaseLabels,
  actionPhases,
  actionStatuses,
  type ActionCarrier,
  type ActionKind,
} from '../../shared/actions/schemas';
import { involvementLabels, involvementLevels } from '../../shared/register/schemas';
import { ApiCallError, call, notifyError } from '../api';
import { DateField } from '../components/DateField';
import { PageForm } from '../components/PageForm';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { useLoad } from '../hooks';
import { emptyValues, toPayload, valuesOf, type ActionValues } from './form-values';
import { ProjectSelect } from './ProjectSelect';

export function ActionFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const editingId = id ? Number(id) : null;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState(editingId === null);
  const [saving, setSaving] = useState(false);
  const [projectTitle, setProjectTitle] = useState<string | null>(null);
  const { data: themes } = useLoad(() => call('actionThemes:list', {}), []);
  const { data: organisations } = useLoad(() => call('organisations:list', { status: 'actifs' }), []);
  const { data: instances } = useLoad(() => call('meetings:instances', {}), []);
  const initialKind: ActionKind = params.get('type') === 'projet' ? 'projet' : 'action';
  const form = useForm<ActionValues>({
    mode: 'controlled',
    initialValues: emptyValues(initialKind, params.get('projet')),
    validate: schemaValidator<ActionValues>(actionInput, toPayload),
    validateInputOnBlur: true,
  });
  const [initialTheme, setInitialTheme] = useState<number | null>(null);

  useEffect(() => {
    const projectId = params.get('projet');
    if (editingId === null && projectId !== null)
      call('actions:get', { id: Number(projectId) })
        .then((p) => setProjectTitle(p.title))
        .catch(() => undefined);
    if (editingId === null) return;
    call('actions:get', { id: editingId })
      .then((a) => {
        const values = valuesOf(a);
        form.setInitialValues(values);
        form.setValues(values);
        setProjectTitle(a.projectTitle);
        setInitialTheme(a.themeId);
        setLoaded(true);
      })
      .catch((error: unknown) => notifyError(error, 'Action introuvable'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  const cancel = () => navigate(editingId === null ? '/actions' : `/actions/${editingId}`);
  const submit = async (values: ActionValues) => {
    setSaving(true);
    try {
      const payload = toPayload(values);
      const saved =
        editingId === null
          ? await call('actions:create', payload)
          : await call('actions:update', { id: editingId, data: payload });
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: `« ${saved.title} » est enregistré${saved.kind === 'action' ? 'e' : ''}.`,
      });
      form.resetDirty(values);
      navigate(`/actions/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      notifyError(error, 'L’action n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  if (!loaded) return <Loader aria-label="Chargement" />;
  const v = form.values;
  const themeOptions = offeredThemes(themes ?? [], initialTheme).map((t) => ({
    value: String(t.id),
    label: t.archived ? `${t.label} (archivée)` : t.label,
  }));
  const title =
    editingId === null
      ? v.kind === 'projet'
        ? 'Nouveau projet'
        : 'Nouvelle action'
      : v.kind === 'projet'
        ? 'Modifier le projet'
        : 'Modifier l’action';

  return (
    <>
      <PageHeader title={title} back={{ to: '/actions', label: 'Actions et projets' }} />
      <PageForm form={form} onSubmit={submit} onCancel={cancel}>
        <Stack gap="lg" maw={900}>
          <Fieldset legend="Projet ou action">
            <Stack gap="sm">
              <div>
                <Text size="sm" fw={500} mb={4}>
                  C’est…
                </Text>
                <SegmentedControl
                  aria-label="Projet ou action"
                  data={(['action', 'projet'] as const).map((k) => ({
                    value: k,
                    label: actionKindLabels[k],
                  }))}
                  value={v.kind}
                  onChange={(k) => form.setFieldValue('kind', k === 'projet' ? 'projet' : 'action')}
                />
                <Text size="xs" c="dimmed" mt={4}>
                  {v.kind === 'projet'
                    ? 'Un projet rassemble plusieurs actions (par exemple un parcours diabète de la CPTS).'
                    : 'Une action a ses séances : groupe de travail, forum, atelier, réunion de diagnostic…'}
                </Text>
              </div>
              <TextInput label="Titre" required {...form.getInputProps('title')} />
              {v.kind === 'action' && (
                <ProjectSelect
                  value={v.projectId}
                  currentTitle={projectTitle}
                  onChange={(p) => form.setFieldValue('projectId', p)}
                  error={form.errors.projectId as string | undefined}
                />
              )}
            </Stack>
          </Fieldset>
          <Fieldset legend="Porteur">
            <Radio.Group
              label="Qui porte cette action ?"
              value={v.carrier}
              onChange={(c) => form.setFieldValue('carrier', c as ActionCarrier)}
            >
              <Group mt={6}>
                {actionCarriers.map((c) => (
                  <Radio key={c} value={c} label={actionCarrierLabels[c]} />
                ))}
              </Group>
            </Radio.Group>
            {v.carrier === 'organisation' && (
              <Select
                mt="sm"
                label="Organisation"
                required
                searchable
                data={(organisations?.rows ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
                nothingFoundMessage="Aucune organisation : créez-la d’abord dans Organisations"
                {...form.getInputProps('organisationId')}
              />
            )}
            {v.carrier === 'instance' && (
              <Select
                mt="sm"
                label="Instance"
                required
                searchable
                data={(instances ?? [])
                  .filter((i) => !i.archived || String(i.id) === v.instanceId)
                  .map((i) => ({ value: String(i.id), label: `${i.name} — ${i.organisationName}` }))}
                nothingFoundMessage="Aucune instance trouvée"
                {...form.getInputProps('instanceId')}
              />
            )}
          </Fieldset>
          <Fieldset legend="Description">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Thématique"
                clearable
                searchable
                data={themeOptions}
                {...form.getInputProps('themeId')}
              />
              <Select
                label="Statut"
                required
                allowDeselect={false}
                data={actionStatuses.map((s) => ({ value: s, label: actionStatusLabel(v.kind, s) }))}
                {...form.getInputProps('status')}
              />
              <Select
                label="Phase"
                clearable
                data={actionPhases.map((p) => ({ value: p, label: actionPhaseLabels[p] }))}
                {...form.getInputProps('phase')}
              />
              <Select
                label="Niveau d’implication des usagers"
                clearable
                data={involvementLevels.map((l) => ({ value: l, label: involvementLabels[l] }))}
                {...form.getInputProps('involvementLevel')}
              />
              <DateField
                label="Début"
                clearable
                value={v.startDate}
                onChange={(d) => form.setFieldValue('startDate', d)}
                error={form.errors.startDate}
              />
              <DateField
                label="Fin"
                clearable
                value={v.endDate}
                onChange={(d) => form.setFieldValue('endDate', d)}
                error={form.errors.endDate}
              />
            </SimpleGrid>
            <TextInput mt="sm" label="Lieu" {...form.getInputProps('place')} />
            <Textarea
              mt="sm"
              label="Description"
              autosize
              minRows={3}
              {...form.getInputProps('description')}
            />
            <Textarea
              mt="sm"
              label="Partenaires"
              placeholder="CPTS, DAC, établissements, associations…"
              autosize
              minRows={2}
              {...form.getInputProps('partners')}
            />
          </Fieldset>
          <Fieldset legend="Bénéficiaires">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Nombre prévu"
                min={0}
                allowDecimal={false}
                thousandSeparator=" "
                {...form.getInputProps('expectedBeneficiaries')}
              />
              <NumberInput
                label="Nombre touché"
                min={0}
                allowDecimal={false}
                thousandSeparator=" "
                {...form.getInputProps('actualBeneficiaries')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Attestation des participants">
            <Radio.Group
              value={v.attestationKind}
              onChange={(k) =>
                form.setFieldValue(
                  'attestationKind',
                  k === 'representation' ? 'representation' : 'participation',
                )
              }
              description="Ce que recevront les personnes présentes aux séances."
              inputWrapperOrder={['label', 'description', 'input', 'error']}
              label="Type d’attestation"
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="participation"
                  label="Attestation de participation"
                  description="Pour un groupe de travail, un forum, un atelier. Une participation à un groupe de travail n’ouvre pas droit au congé de représentation : l’attestation ne cite aucun article du Code du travail."
                />
                <Radio
                  value="representation"
                  label="Attestation de présence (représentation)"
                  description="Seulement si l’action se tient dans une instance au sens de l’article L3142-60 du Code du travail : les heures comptent dans le congé de représentation."
                />
              </Stack>
            </Radio.Group>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Annuler
            </Button>
            <Button type="submit" loading={saving}>
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </PageForm>
    </>
  );
}
