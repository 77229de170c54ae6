import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatEuros } from '../../shared/rules/format-fr';
import {
  claimInput,
  lineKindLabels,
  lineKinds,
  transportModeLabels,
  transportModes,
  type ClaimInput,
  type LineKind,
  type TransportMode,
} from '../../shared/claims/schemas';
import type { Claim } from '../../shared/claims/types';
import type { Vehicle } from '../../shared/register/representative-types';
import { ApiCallError, call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { DateField } from '../components/DateField';
import { schemaValidator } from '../forms';
import { eurosToCents, kmToTenths, PersonSelect } from './ui';
import { PageForm } from '../components/PageForm';

interface LineValues {
  key: string;
  id?: number;
  kind: LineKind;
  transportMode: TransportMode | null;
  date: string;
  purpose: string;
  meetingId: number | null;
  fromPlace: string;
  toPlace: string;
  distanceKm: number | string;
  roundTrip: boolean;
  vehicleId: string | null;
  expense: number | string;
}

interface FormValues {
  representativeId: number | null;
  title: string;
  notes: string;
  lines: LineValues[];
}

let seed = 0;
const newKey = () => `l${++seed}`;

const blankLine = (kind: LineKind = 'kilometrique', vehicleId: string | null = null): LineValues => ({
  key: newKey(),
  kind,
  transportMode: null,
  date: '',
  purpose: '',
  meetingId: null,
  fromPlace: '',
  toPlace: '',
  distanceKm: '',
  roundTrip: true,
  vehicleId,
  expense: '',
});

function toValues(c: Claim): FormValues {
  return {
    representativeId: c.representativeId,
    title: c.title ?? '',
    notes: c.notes ?? '',
    lines: c.lines
      .filter((l) => l.kind !== 'regularisation')
      .map((l) => ({
        key: newKey(),
        id: l.id,
        kind: l.kind as LineKind,
        transportMode: l.transportMode,
        date: l.date,
        purpose: l.purpose,
        meetingId: l.meetingId,
        fromPlace: l.fromPlace ?? '',
        toPlace: l.toPlace ?? '',
        distanceKm: l.distanceTenthKm === null ? '' : l.distanceTenthKm / 10,
        roundTrip: l.roundTrip,
        vehicleId: l.vehicleId === null ? null : String(l.vehicleId),
        expense: l.expenseCents === null ? '' : l.expenseCents / 100,
      })),
  };
}

export function toPayload(values: FormValues): ClaimInput {
  return {
    representativeId: values.representativeId ?? 0,
    title: values.title,
    notes: values.notes,
    lines: values.lines.map((l) => {
      const mileage = l.kind === 'kilometrique';
      return {
        ...(l.id !== undefined ? { id: l.id } : {}),
        kind: l.kind,
        transportMode: l.kind === 'transport' ? l.transportMode : null,
        date: l.date,
        purpose: l.purpose,
        meetingId: l.meetingId,
        fromPlace: l.fromPlace,
        toPlace: l.toPlace,
        distanceTenthKm: mileage ? kmToTenths(l.distanceKm) : null,
        roundTrip: mileage ? l.roundTrip : false,
        vehicleId: mileage && l.vehicleId ? Number(l.vehicleId) : null,
        expenseCents: mileage ? null : eurosToCents(l.expense),
      };
    }),
  };
}

export function ClaimFormPage() {
  const { id } = useParams();
  const editingId = id ? Number(id) : null;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState(editingId === null);
  const [saving, setSaving] = useState(false);
  const [vehicles, setVehicles] = useState<Vehicle[]>([]);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { representativeId: null, title: '', notes: '', lines: [blankLine()] },
    validate: (values) => {
      const errors = schemaValidator<FormValues>(claimInput, toPayload)(values);
      if (values.representativeId === null) errors.representativeId = 'Choisissez la personne';
      return errors;
    },
    validateInputOnBlur: true,
  });

  useEffect(() => {
    if (editingId === null) return;
    call('claims:get', { id: editingId })
      .then((c) => {
        form.setValues(toValues(c));
        setLoaded(true);
      })
      .catch((error: unknown) => notifyError(error, 'Note introuvable'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  const personId = form.values.representativeId;
  useEffect(() => {
    if (personId === null) {
      setVehicles([]);
      return;
    }
    call('representatives:get', { id: personId })
      .then((p) => {
        setVehicles(p.vehicles);
        const first = p.vehicles.find((v) => !v.archived);
        // A new claim gets the person's vehicle on its mileage lines without one.
        form.values.lines.forEach((l, index) => {
          if (l.kind === 'kilometrique' && l.vehicleId === null && first)
            form.setFieldValue(`lines.${index}.vehicleId`, String(first.id));
        });
      })
      .catch((error: unknown) => notifyError(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [personId]);

  const submit = async (values: FormValues) => {
    setSaving(true);
    try {
      const payload = toPayload(values);
      const saved =
        editingId === null
          ? await call('claims:create', payload)
          : await call('claims:update', { id: editingId, data: payload });
      notifications.show({
        color: 'teal',
        title: 'Note enregistrée',
        message: `Total : ${formatEuros(saved.totalCents)}`,
      });
      form.resetDirty();
      navigate(`/frais/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      notifyError(error, 'La note n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => navigate(editingId === null ? '/frais' : `/frais/${editingId}`);
  if (!loaded) return <Loader aria-label="Chargement" />;

  const vehicleOptions = vehicles.map((v) => ({
    value: String(v.id),
    label: `${v.label || 'Véhicule'} — ${v.kind === 'cyclomoteur' ? 'cyclomoteur' : `${v.kind} ${v.fiscalPowerCv} CV`}${v.electric ? ', électrique' : ''}${v.plate ? `, ${v.plate}` : ''}${v.archived ? ' (archivé)' : ''}`,
    disabled: v.archived,
  }));

  return (
    <>
      <PageHeader
        title={editingId === null ? 'Nouvelle note de frais' : 'Modifier la note de frais'}
        back={{ to: '/frais', label: 'Notes de frais' }}
      />
      <PageForm form={form} onSubmit={submit} onCancel={cancel}>
        <Stack gap="lg" maw={1000}>
          <Fieldset legend="Note">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <PersonSelect
                label="Représentant"
                value={form.values.representativeId}
                onChange={(v) => form.setFieldValue('representativeId', v)}
                error={form.errors.representativeId as string | undefined}
                disabled={editingId !== null}
              />
              <TextInput
                label="Objet de la note"
                placeholder="Déplacements du 1er trimestre"
                {...form.getInputProps('title')}
              />
            </SimpleGrid>
            <Textarea mt="sm" label="Remarques" autosize minRows={1} {...form.getInputProps('notes')} />
          </Fieldset>

          {form.values.lines.map((line, index) => {
            const mileage = line.kind === 'kilometrique';
            return (
              <Fieldset key={line.key} legend={`Ligne ${index + 1}`} aria-label={`Ligne ${index + 1}`}>
                <Group align="end" gap="sm" wrap="wrap">
                  <Select
                    label="Nature"
                    w={250}
                    allowDeselect={false}
                    data={lineKinds.map((k) => ({ value: k, label: lineKindLabels[k] }))}
                    {...form.getInputProps(`lines.${index}.kind`)}
                  />
                  {line.kind === 'transport' && (
                    <Select
                      label="Moyen de transport"
                      w={160}
                      data={transportModes.map((m) => ({ value: m, label: transportModeLabels[m] }))}
                      {...form.getInputProps(`lines.${index}.transportMode`)}
                    />
                  )}
                  <DateField
                    label="Date"
                    w={150}
                    value={line.date}
                    onChange={(iso) => form.setFieldValue(`lines.${index}.date`, iso)}
                    error={form.errors[`lines.${index}.date`] as string | undefined}
                  />
                  <TextInput
                    label="Objet"
                    style={{ flex: 1, minWidth: 220 }}
                    placeholder="Réunion de la CDU"
                    {...form.getInputProps(`lines.${index}.purpose`)}
                  />
                  <Tooltip label="Retirer cette ligne">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mb={4}
                      aria-label={`Retirer la ligne ${index + 1}`}
                      onClick={() => form.removeListItem('lines', index)}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                {mileage ? (
                  <Group align="end" gap="sm" wrap="wrap" mt="sm">
                    <TextInput label="Départ" w={180} {...form.getInputProps(`lines.${index}.fromPlace`)} />
                    <TextInput
                      label="Destination"
                      w={220}
                      {...form.getInputProps(`lines.${index}.toPlace`)}
                    />
                    <NumberInput
                      label="Distance (km)"
                      w={130}
                      min={0}
                      decimalScale={1}
                      decimalSeparator=","
                      thousandSeparator={'\u202f'}
                      {...form.getInputProps(`lines.${index}.distanceKm`)}
                      error={form.errors[`lines.${index}.distanceTenthKm`] as string | undefined}
                    />
                    <Checkbox
                      label="Aller-retour"
                      mb={8}
                      {...form.getInputProps(`lines.${index}.roundTrip`, { type: 'checkbox' })}
                    />
                    <Select
                      label="Véhicule"
                      w={300}
                      data={vehicleOptions}
                      placeholder={
                        personId === null
                          ? 'Choisissez d’abord la personne'
                          : vehicles.length === 0
                            ? 'Aucun véhicule sur la fiche'
                            : 'Choisir'
                      }
                      {...form.getInputProps(`lines.${index}.vehicleId`)}
                    />
                  </Group>
                ) : (
                  <Group align="end" gap="sm" wrap="wrap" mt="sm">
                    <NumberInput
                      label="Montant payé (€)"
                      w={170}
                      min={0}
                      decimalScale={2}
                      decimalSeparator=","
                      thousandSeparator={'\u202f'}
                      {...form.getInputProps(`lines.${index}.expense`)}
                      error={form.errors[`lines.${index}.expenseCents`] as string | undefined}
                    />
                    <Text size="sm" c="dimmed" mb={8}>
                      Le plafond de l’année s’applique à l’enregistrement ; joignez le justificatif depuis la
                      note.
                    </Text>
                  </Group>
                )}
              </Fieldset>
            );
          })}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() =>
                form.insertListItem(
                  'lines',
                  blankLine(
                    'kilometrique',
                    vehicles.find((v) => !v.archived) ? String(vehicles.find((v) => !v.archived)?.id) : null,
                  ),
                )
              }
            >
              Ajouter un trajet
            </Button>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => form.insertListItem('lines', blankLine('repas'))}
            >
              Ajouter une dépense
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            Les montants sont calculés à l’enregistrement : barème kilométrique cumulé sur l’année du trajet
            (ou taux voté), plafonds de l’année, arrondi au centime une fois par ligne. Le détail du calcul
            figure sur la note.
          </Text>
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
