import {
  Button,
  Fieldset,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  instanceInput,
  involvementLabels,
  involvementLevels,
  participationFormLabels,
  participationForms,
  type InstanceInput,
  type InvolvementLevel,
  type ParticipationForm,
} from '../../shared/register/schemas';
import { ApiCallError, call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { useLoad } from '../hooks';
import { formatMonths } from './labels';
import { PageForm } from '../components/PageForm';

interface Values {
  organisationId: string | null;
  typeId: string | null;
  name: string;
  seatsTitulaire: number | string;
  seatsSuppleant: number | string;
  targetMin: number | string;
  mandateMonths: number | string;
  involvementLevel: InvolvementLevel | null;
  participationForm: ParticipationForm | null;
  meetingPlace: string;
  notes: string;
}

const num = (v: number | string): number => (v === '' ? Number.NaN : Number(v));

/** Form values → the payload the schema expects (empty selects become invalid numbers the schema names). */
export function toPayload(v: Values): InstanceInput {
  return {
    organisationId: v.organisationId === null ? (undefined as unknown as number) : Number(v.organisationId),
    typeId: v.typeId === null ? (undefined as unknown as number) : Number(v.typeId),
    name: v.name,
    seatsTitulaire: v.seatsTitulaire === '' ? (undefined as unknown as number) : num(v.seatsTitulaire),
    seatsSuppleant: v.seatsSuppleant === '' ? (undefined as unknown as number) : num(v.seatsSuppleant),
    targetMin: v.targetMin === '' ? (undefined as unknown as number) : num(v.targetMin),
    mandateMonths: v.mandateMonths === '' ? null : num(v.mandateMonths),
    involvementLevel: v.involvementLevel,
    participationForm: v.participationForm,
    meetingPlace: v.meetingPlace,
    notes: v.notes,
  };
}

export function InstanceFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const editingId = id ? Number(id) : null;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState(editingId === null);
  const [saving, setSaving] = useState(false);
  const { data: organisations } = useLoad(() => call('organisations:list', { status: 'actifs' }), []);
  const { data: types } = useLoad(() => call('instanceTypes:list', {}), []);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      organisationId: params.get('organisation'),
      typeId: null,
      name: '',
      seatsTitulaire: 2,
      seatsSuppleant: 2,
      targetMin: 2,
      mandateMonths: '',
      involvementLevel: null,
      participationForm: null,
      meetingPlace: '',
      notes: '',
    },
    validate: schemaValidator<Values>(instanceInput, toPayload),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    if (editingId === null) return;
    call('instances:get', { id: editingId })
      .then((i) => {
        const values: Values = {
          organisationId: String(i.organisationId),
          typeId: String(i.typeId),
          name: i.name,
          seatsTitulaire: i.seatsTitulaire,
          seatsSuppleant: i.seatsSuppleant,
          targetMin: i.targetMin,
          mandateMonths: i.mandateMonths ?? '',
          involvementLevel: i.involvementLevel,
          participationForm: i.participationForm,
          meetingPlace: i.meetingPlace ?? '',
          notes: i.notes ?? '',
        };
        form.setInitialValues(values);
        form.setValues(values);
        setLoaded(true);
      })
      .catch((error: unknown) => notifyError(error, 'Instance introuvable'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  const cancel = () => navigate(editingId === null ? '/instances' : `/instances/${editingId}`);
  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const payload = toPayload(values);
      const saved =
        editingId === null
          ? await call('instances:create', payload)
          : await call('instances:update', { id: editingId, data: payload });
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: `« ${saved.name} » est enregistrée.`,
      });
      form.resetDirty();
      navigate(`/instances/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      notifyError(error, 'L’instance n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  if (!loaded) return <Loader aria-label="Chargement" />;
  const selectedType = types?.find((t) => String(t.id) === form.values.typeId);
  const typeOptions = (types ?? [])
    .filter((t) => !t.archived || String(t.id) === form.values.typeId)
    .map((t) => ({ value: String(t.id), label: t.label }));

  return (
    <>
      <PageHeader
        title={editingId === null ? 'Nouvelle instance' : 'Modifier l’instance'}
        back={{ to: '/instances', label: 'Instances' }}
      />
      <PageForm form={form} onSubmit={submit} onCancel={cancel}>
        <Stack gap="lg" maw={900}>
          <Fieldset legend="Instance">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Organisation"
                required
                searchable
                data={(organisations?.rows ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
                nothingFoundMessage="Aucune organisation : créez-la d’abord"
                {...form.getInputProps('organisationId')}
              />
              <Select
                label="Type d’instance"
                required
                searchable
                data={typeOptions}
                {...form.getInputProps('typeId')}
              />
            </SimpleGrid>
            <TextInput
              mt="sm"
              label="Nom de l’instance"
              required
              placeholder="Commission des usagers"
              {...form.getInputProps('name')}
            />
          </Fieldset>
          <Fieldset legend="Sièges des usagers">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Sièges de titulaire"
                min={0}
                max={200}
                allowDecimal={false}
                {...form.getInputProps('seatsTitulaire')}
              />
              <NumberInput
                label="Sièges de suppléant"
                min={0}
                max={200}
                allowDecimal={false}
                {...form.getInputProps('seatsSuppleant')}
              />
              <NumberInput
                label="Minimum de représentants souhaité"
                min={0}
                max={200}
                allowDecimal={false}
                {...form.getInputProps('targetMin')}
              />
              <NumberInput
                label="Durée du mandat (mois)"
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                description={
                  selectedType
                    ? `Par défaut pour ce type : ${formatMonths(selectedType.defaultMandateMonths)}`
                    : 'Vide : durée du type'
                }
                min={1}
                max={240}
                allowDecimal={false}
                {...form.getInputProps('mandateMonths')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Participation">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Niveau d’implication"
                clearable
                data={involvementLevels.map((l) => ({ value: l, label: involvementLabels[l] }))}
                {...form.getInputProps('involvementLevel')}
              />
              <Select
                label="Forme"
                clearable
                data={participationForms.map((f) => ({ value: f, label: participationFormLabels[f] }))}
                {...form.getInputProps('participationForm')}
              />
            </SimpleGrid>
            <TextInput mt="sm" label="Lieu des réunions" {...form.getInputProps('meetingPlace')} />
          </Fieldset>
          <Fieldset legend="Notes">
            <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
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
