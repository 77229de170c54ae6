import {
  Button,
  Fieldset,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  organisationInput,
  organisationKindLabels,
  organisationKinds,
  type OrganisationInput,
  type OrganisationKind,
} from '../../shared/register/schemas';
import { ApiCallError, call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { PageForm } from '../components/PageForm';

interface Values {
  name: string;
  kind: OrganisationKind;
  addressLine: string;
  postalCode: string;
  city: string;
  notes: string;
}

const empty: Values = {
  name: '',
  kind: 'etablissement',
  addressLine: '',
  postalCode: '',
  city: '',
  notes: '',
};
const toPayload = (v: Values): OrganisationInput => v;

export function OrganisationFormPage() {
  const { id } = useParams();
  const editingId = id ? Number(id) : null;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState(editingId === null);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: empty,
    validate: schemaValidator<Values>(organisationInput, toPayload),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    if (editingId === null) return;
    call('organisations:get', { id: editingId })
      .then((o) => {
        const values: Values = {
          name: o.name,
          kind: o.kind,
          addressLine: o.addressLine ?? '',
          postalCode: o.postalCode ?? '',
          city: o.city ?? '',
          notes: o.notes ?? '',
        };
        form.setInitialValues(values);
        form.setValues(values);
        setLoaded(true);
      })
      .catch((error: unknown) => notifyError(error, 'Organisation introuvable'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  const cancel = () => navigate(editingId === null ? '/organisations' : `/organisations/${editingId}`);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const saved =
        editingId === null
          ? await call('organisations:create', toPayload(values))
          : await call('organisations:update', { id: editingId, data: toPayload(values) });
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: `« ${saved.name} » est enregistrée.`,
      });
      form.resetDirty();
      navigate(`/organisations/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      notifyError(error, 'L’organisation n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  if (!loaded) return <Loader aria-label="Chargement" />;

  return (
    <>
      <PageHeader
        title={editingId === null ? 'Nouvelle organisation' : 'Modifier l’organisation'}
        back={{ to: '/organisations', label: 'Organisations' }}
      />
      <PageForm form={form} onSubmit={submit} onCancel={cancel}>
        <Stack gap="lg" maw={800}>
          <Fieldset legend="Organisation">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Nom" required autoFocus {...form.getInputProps('name')} />
              <Select
                label="Type d’organisation"
                data={organisationKinds.map((k) => ({ value: k, label: organisationKindLabels[k] }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Adresse">
            <TextInput label="Adresse" {...form.getInputProps('addressLine')} />
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
