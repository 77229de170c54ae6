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
import {
  representativeInput,
  vehicleKindLabels,
  vehicleKinds,
  type RepresentativeInput,
  type VehicleKind,
} from '../../shared/register/representative';
import type { Representative } from '../../shared/register/representative-types';
import { defaultProfile, type PersonProfile } from '../../shared/register/profiles';
import { profileLabel } from '../../shared/rules/agreement';
import { ApiCallError, call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { PageForm } from '../components/PageForm';

interface VehicleValues {
  id?: number;
  key: string;
  label: string;
  kind: VehicleKind;
  fiscalPowerCv: number | string;
  electric: boolean;
  plate: string;
}

interface FormValues {
  civility: '' | 'Mme' | 'M.';
  lastName: string;
  firstName: string;
  email: string;
  phone: string;
  addressLine: string;
  postalCode: string;
  city: string;
  originAssociation: string;
  employed: boolean;
  employer: string;
  iban: string;
  bic: string;
  notes: string;
  /** The id of the chosen profile, as the Select holds it. */
  profileId: string;
  vehicles: VehicleValues[];
}

const empty: FormValues = {
  civility: '',
  lastName: '',
  firstName: '',
  email: '',
  phone: '',
  addressLine: '',
  postalCode: '',
  city: '',
  originAssociation: '',
  employed: false,
  employer: '',
  iban: '',
  bic: '',
  notes: '',
  profileId: '',
  vehicles: [],
};

let keySeed = 0;
const newKey = () => `v${++keySeed}`;

function toValues(r: Representative): FormValues {
  return {
    civility: r.civility === 'Mme' || r.civility === 'M.' ? r.civility : '',
    lastName: r.lastName,
    firstName: r.firstName,
    email: r.email ?? '',
    phone: r.phone ?? '',
    addressLine: r.addressLine ?? '',
    postalCode: r.postalCode ?? '',
    city: r.city ?? '',
    originAssociation: r.originAssociation ?? '',
    employed: r.employed,
    employer: r.employer ?? '',
    iban: r.iban ?? '',
    bic: r.bic ?? '',
    notes: r.notes ?? '',
    profileId: r.profileId === null ? '' : String(r.profileId),
    vehicles: r.vehicles
      .filter((v) => !v.archived)
      .map((v) => ({
        id: v.id,
        key: newKey(),
        label: v.label,
        kind: v.kind,
        fiscalPowerCv: v.fiscalPowerCv,
        electric: v.electric,
        plate: v.plate ?? '',
      })),
  };
}

/** The payload the main process expects: numbers as numbers, the UI-only keys dropped. */
export function toPayload(values: FormValues): RepresentativeInput {
  return {
    ...values,
    profileId: values.profileId === '' ? undefined : Number(values.profileId),
    vehicles: values.vehicles.map(({ key: _key, fiscalPowerCv, ...v }) => ({
      ...v,
      fiscalPowerCv: fiscalPowerCv === '' ? (undefined as unknown as number) : Number(fiscalPowerCv),
    })),
  };
}

export function RepresentativeFormPage() {
  const { id } = useParams();
  const editingId = id ? Number(id) : null;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState(editingId === null);
  const [saving, setSaving] = useState(false);
  const [profiles, setProfiles] = useState<PersonProfile[] | null>(null);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: empty,
    validate: schemaValidator<FormValues>(representativeInput, toPayload),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    call('profiles:list', {})
      .then((list) => {
        setProfiles(list);
        // A new person is « Représentant des usagers » unless another profile is chosen.
        const proposed = defaultProfile(list);
        if (editingId === null && proposed && form.getValues().profileId === '') {
          form.setInitialValues({ ...form.getValues(), profileId: String(proposed.id) });
          form.setFieldValue('profileId', String(proposed.id));
        }
      })
      .catch((error: unknown) => notifyError(error, 'Liste des profils indisponible'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  useEffect(() => {
    if (editingId === null) return;
    call('representatives:get', { id: editingId })
      .then((r) => {
        form.setInitialValues(toValues(r));
        form.setValues(toValues(r));
        setLoaded(true);
      })
      .catch((error: unknown) => notifyError(error, 'Fiche introuvable'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  const submit = async (values: FormValues) => {
    setSaving(true);
    try {
      const payload = toPayload(values);
      const saved =
        editingId === null
          ? await call('representatives:create', payload)
          : await call('representatives:update', { id: editingId, data: payload });
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: `La fiche de ${saved.firstName} ${saved.lastName} est enregistrée.`,
      });
      form.resetDirty();
      navigate(`/representants/${saved.id}`);
    } catch (error) {
      // The values stay in the form: nothing the user typed is lost when a save fails.
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0) {
        // Server paths ("vehicles.0.plate") are the form's paths.
        form.setErrors(error.fieldErrors);
      }
      notifyError(error, 'La fiche n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => navigate(editingId === null ? '/representants' : `/representants/${editingId}`);

  if (!loaded || !profiles) return <Loader aria-label="Chargement" />;

  // Archived profiles are offered no more, except the one this person already has.
  const profileChoices = profiles
    .filter((p) => !p.archived || String(p.id) === form.values.profileId)
    .map((p) => ({ value: String(p.id), label: profileLabel(p, form.values.civility) }));

  return (
    <>
      <PageHeader
        title={editingId === null ? 'Nouvelle personne' : 'Modifier la fiche'}
        back={{ to: '/representants', label: 'Personnes' }}
      />
      <PageForm form={form} onSubmit={submit} onCancel={cancel}>
        <Stack gap="lg" maw={900}>
          <Fieldset legend="Identité">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label="Civilité"
                data={[
                  { value: '', label: '—' },
                  { value: 'Mme', label: 'Mme' },
                  { value: 'M.', label: 'M.' },
                ]}
                allowDeselect={false}
                {...form.getInputProps('civility')}
              />
              <TextInput label="Nom" required autoFocus {...form.getInputProps('lastName')} />
              <TextInput label="Prénom" required {...form.getInputProps('firstName')} />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend="Coordonnées">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="E-mail" type="email" {...form.getInputProps('email')} />
              <TextInput label="Téléphone" {...form.getInputProps('phone')} />
            </SimpleGrid>
            <TextInput mt="sm" label="Adresse" {...form.getInputProps('addressLine')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
              <TextInput
                label="Code postal"
                maxLength={5}
                inputMode="numeric"
                {...form.getInputProps('postalCode')}
              />
              <TextInput label="Ville" style={{ gridColumn: 'span 2' }} {...form.getInputProps('city')} />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend="Engagement">
            <Select
              label="Profil"
              description="Ce que la personne est pour l’association ; la liste se modifie dans Paramètres › Registre."
              data={profileChoices}
              allowDeselect={false}
              mb="sm"
              maw={420}
              {...form.getInputProps('profileId')}
            />
            <TextInput
              label="Association d’origine"
              description="L’association qui a proposé la personne"
              {...form.getInputProps('originAssociation')}
            />
            <Checkbox
              mt="md"
              label="Salarié (congé de représentation)"
              description="Un salarié peut prendre jusqu’à 9 jours par an pour siéger ; l’attestation de présence est remise à son employeur."
              {...form.getInputProps('employed', { type: 'checkbox' })}
            />
            {form.values.employed && (
              <TextInput mt="sm" label="Employeur" required {...form.getInputProps('employer')} />
            )}
          </Fieldset>

          <Fieldset legend="Coordonnées bancaires (remboursement des frais)">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="IBAN" placeholder="FR76 …" {...form.getInputProps('iban')} />
              <TextInput label="BIC" {...form.getInputProps('bic')} />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend="Véhicules (indemnités kilométriques)">
            <Stack gap="sm">
              {form.values.vehicles.length === 0 && (
                <Text size="sm" c="dimmed">
                  Aucun véhicule. Ajoutez celui que la personne utilise pour se rendre aux réunions : sa
                  puissance fiscale détermine le barème kilométrique.
                </Text>
              )}
              {form.values.vehicles.map((v, index) => (
                <Group key={v.key} align="end" gap="sm" wrap="wrap">
                  <Select
                    label="Type"
                    data={vehicleKinds.map((k) => ({ value: k, label: vehicleKindLabels[k] }))}
                    allowDeselect={false}
                    w={230}
                    {...form.getInputProps(`vehicles.${index}.kind`)}
                  />
                  <NumberInput
                    label="Puissance (CV)"
                    min={1}
                    max={50}
                    allowDecimal={false}
                    w={170}
                    {...form.getInputProps(`vehicles.${index}.fiscalPowerCv`)}
                  />
                  <TextInput
                    label="Immatriculation"
                    w={150}
                    {...form.getInputProps(`vehicles.${index}.plate`)}
                  />
                  <TextInput label="Libellé" w={170} {...form.getInputProps(`vehicles.${index}.label`)} />
                  <Checkbox
                    label="Électrique"
                    mb={8}
                    {...form.getInputProps(`vehicles.${index}.electric`, { type: 'checkbox' })}
                  />
                  <Tooltip label="Retirer ce véhicule">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mb={4}
                      aria-label={`Retirer le véhicule ${index + 1}`}
                      onClick={() => form.removeListItem('vehicles', index)}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  onClick={() =>
                    form.insertListItem('vehicles', {
                      key: newKey(),
                      label: '',
                      kind: 'voiture',
                      fiscalPowerCv: '',
                      electric: false,
                      plate: '',
                    } satisfies VehicleValues)
                  }
                >
                  Ajouter un véhicule
                </Button>
              </Group>
            </Stack>
          </Fieldset>

          <Fieldset legend="Notes">
            <Textarea
              label="Notes"
              description="Évitez toute information de santé : elle n’est pas nécessaire ici."
              autosize
              minRows={2}
              {...form.getInputProps('notes')}
            />
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
