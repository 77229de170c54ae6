import {
  Button,
  Card,
  Fieldset,
  FileButton,
  Group,
  Image,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { associationInput, organismTypes } from '../../shared/association/schemas';
import type { Civility } from '../../shared/register/representative';
import type { Association } from '../../shared/register/representative-types';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';
import { PageForm } from '../components/PageForm';

interface Values {
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  rna: string;
  siren: string;
  objet: string;
  organismType: string;
  president: string;
  presidentCivility: Civility;
  treasurer: string;
  treasurerCivility: Civility;
  documentPlace: string;
  iban: string;
  bic: string;
}

const toValues = (a: Association): Values => ({
  name: a.name,
  addressLine: a.addressLine,
  postalCode: a.postalCode,
  city: a.city,
  rna: a.rna ?? '',
  siren: a.siren ?? '',
  objet: a.objet,
  organismType: a.organismType,
  president: a.president,
  presidentCivility: a.presidentCivility,
  treasurer: a.treasurer,
  treasurerCivility: a.treasurerCivility,
  documentPlace: a.documentPlace,
  iban: a.iban ?? '',
  bic: a.bic ?? '',
});

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('lecture'));
    reader.readAsDataURL(file);
  });
}

const civilityChoices = [
  { value: '', label: '—' },
  { value: 'Mme', label: 'Mme' },
  { value: 'M.', label: 'M.' },
];

/** Name and civility of an officer: the civility says « Présidente » or « Président » on documents. */
function OfficerField(props: {
  label: string;
  civility: GetInputPropsReturnType;
  name: GetInputPropsReturnType;
}) {
  return (
    <Group gap={6} align="end" wrap="nowrap">
      <Select
        label="Civilité"
        aria-label={`Civilité — ${props.label}`}
        data={civilityChoices}
        allowDeselect={false}
        w={96}
        {...props.civility}
      />
      <TextInput label={props.label} style={{ flex: 1 }} {...props.name} />
    </Group>
  );
}

export function AssociationSettings() {
  const [association, setAssociation] = useState<Association | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues({
      name: '',
      addressLine: '',
      postalCode: '',
      city: '',
      rna: null,
      siren: null,
      objet: '',
      organismType: '',
      president: '',
      presidentCivility: '',
      treasurer: '',
      treasurerCivility: '',
      documentPlace: '',
      iban: null,
      bic: null,
      hasLogo: false,
      logoDataUrl: null,
      updatedAt: null,
    }),
    validate: schemaValidator<Values>(associationInput),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    call('association:get', {})
      .then((a) => {
        setAssociation(a);
        form.setValues(toValues(a));
        form.resetDirty(toValues(a));
      })
      .catch((e: unknown) => notifyError(e, 'Chargement impossible'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const saved = await call('association:save', values);
      setAssociation(saved);
      form.resetDirty(toValues(saved));
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: 'Les informations de l’association sont enregistrées.',
      });
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Les informations n’ont pas été enregistrées');
    } finally {
      setSaving(false);
    }
  };

  const uploadLogo = async (file: File | null) => {
    if (!file) return;
    if (file.size > 2 * 1024 * 1024) {
      notifications.show({
        color: 'red',
        title: 'Logo trop lourd',
        message: 'Le logo ne doit pas dépasser 2 Mo.',
      });
      return;
    }
    try {
      const mime = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
      setAssociation(await call('association:setLogo', { dataBase64: await readAsBase64(file), mime }));
      notifications.show({
        color: 'teal',
        title: 'Logo enregistré',
        message: 'Il figurera sur les documents.',
      });
    } catch (error) {
      notifyError(error, 'Logo refusé');
    }
  };

  if (!association) return <Loader aria-label="Chargement" />;

  return (
    <PageForm form={form} onSubmit={submit}>
      <Stack gap="lg" maw={900}>
        <Text size="sm" c="dimmed">
          Ces informations figurent sur les attestations, les notes de frais et les reçus fiscaux.
        </Text>
        <Fieldset legend="Identité">
          <TextInput label="Nom de l’association" required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
            <TextInput label="Numéro RNA" placeholder="W751234567" {...form.getInputProps('rna')} />
            <TextInput label="SIREN" placeholder="9 chiffres" {...form.getInputProps('siren')} />
          </SimpleGrid>
          <Select
            mt="sm"
            label="Type d’organisme"
            description="Tel qu’il doit figurer sur les reçus fiscaux"
            data={[...new Set([...organismTypes, form.values.organismType].filter(Boolean))]}
            allowDeselect={false}
            {...form.getInputProps('organismType')}
          />
          <Textarea mt="sm" label="Objet" required autosize minRows={2} {...form.getInputProps('objet')} />
        </Fieldset>
        <Fieldset legend="Adresse">
          <TextInput label="Adresse" required {...form.getInputProps('addressLine')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            <TextInput label="Code postal" required maxLength={5} {...form.getInputProps('postalCode')} />
            <TextInput
              label="Ville"
              required
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('city')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Signataires et documents">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <OfficerField
              label="Président ou présidente"
              civility={form.getInputProps('presidentCivility')}
              name={form.getInputProps('president')}
            />
            <OfficerField
              label="Trésorier ou trésorière"
              civility={form.getInputProps('treasurerCivility')}
              name={form.getInputProps('treasurer')}
            />
            <TextInput
              label="Lieu indiqué sur les documents"
              placeholder="Fait à …"
              {...form.getInputProps('documentPlace')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Compte bancaire de l’association (virements SEPA)">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="IBAN de l’association" {...form.getInputProps('iban')} />
            <TextInput label="BIC de l’association" {...form.getInputProps('bic')} />
          </SimpleGrid>
        </Fieldset>
        <Card withBorder>
          <Text fw={600} size="sm" mb="xs">
            Logo
          </Text>
          <Group>
            {association.logoDataUrl ? (
              <Image
                src={association.logoDataUrl}
                alt="Logo de l’association"
                h={64}
                w="auto"
                fit="contain"
              />
            ) : (
              <Text size="sm" c="dimmed">
                Aucun logo.
              </Text>
            )}
            <FileButton onChange={(f) => void uploadLogo(f)} accept="image/png,image/jpeg">
              {(props) => (
                <Button variant="default" {...props}>
                  Choisir une image (PNG ou JPEG)
                </Button>
              )}
            </FileButton>
            {association.hasLogo && (
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  void call('association:removeLogo', {})
                    .then(setAssociation)
                    .catch((e: unknown) => notifyError(e))
                }
              >
                Retirer le logo
              </Button>
            )}
          </Group>
        </Card>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => form.setValues(toValues(association))}
            disabled={!form.isDirty()}
          >
            Annuler les modifications
          </Button>
          <Button type="submit" loading={saving}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </PageForm>
  );
}
