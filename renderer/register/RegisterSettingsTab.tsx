import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconCheck, IconEdit, IconPlus, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { instanceTypeInput } from '../../shared/register/schemas';
import { registerSettingsSchema } from '../../shared/register/settings';
import type { InstanceType } from '../../shared/register/types';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';
import { useLoad } from '../hooks';
import { formatMonths } from './labels';
import { PageForm } from '../components/PageForm';
import { PersonProfilesEditor } from './PersonProfilesEditor';

interface SettingsValues {
  expiryWarningDays: number | string;
  baseTrainingDelayMonths: number | string;
}
const settingsPayload = (v: SettingsValues) => ({
  expiryWarningDays: v.expiryWarningDays === '' ? undefined : Number(v.expiryWarningDays),
  baseTrainingDelayMonths: v.baseTrainingDelayMonths === '' ? undefined : Number(v.baseTrainingDelayMonths),
});

function RegisterSettingsForm() {
  const { data } = useLoad(() => call('registerSettings:get', {}), []);
  const [saving, setSaving] = useState(false);
  const form = useForm<SettingsValues>({
    mode: 'controlled',
    initialValues: { expiryWarningDays: 90, baseTrainingDelayMonths: 6 },
    validate: schemaValidator<SettingsValues>(registerSettingsSchema.required(), settingsPayload),
  });
  useEffect(() => {
    if (!data) return;
    form.setValues(data);
    form.resetDirty(data);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  if (!data) return <Loader aria-label="Chargement" />;
  const submit = async (values: SettingsValues) => {
    setSaving(true);
    try {
      const saved = await call(
        'registerSettings:save',
        registerSettingsSchema.parse(settingsPayload(values)),
      );
      form.resetDirty(saved);
      notifications.show({
        color: 'teal',
        title: 'Paramètres enregistrés',
        message: '« À faire » en tient compte dès maintenant.',
      });
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Alertes du registre
      </Title>
      <PageForm form={form} onSubmit={submit}>
        <Group align="start" gap="lg">
          <NumberInput
            label="Échéances à signaler (jours)"
            description="Les mandats qui se terminent dans ce délai apparaissent dans « À faire »."
            min={1}
            max={730}
            allowDecimal={false}
            w={340}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('expiryWarningDays')}
          />
          <NumberInput
            label="Délai de la formation de base (mois)"
            description="Après le début du premier mandat."
            min={1}
            max={36}
            allowDecimal={false}
            w={340}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('baseTrainingDelayMonths')}
          />
        </Group>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={saving}>
            Enregistrer
          </Button>
        </Group>
      </PageForm>
    </Card>
  );
}

interface TypeValues {
  code: string;
  label: string;
  defaultMandateMonths: number | string;
}
const typePayload = (v: TypeValues) => ({
  code: v.code,
  label: v.label,
  defaultMandateMonths: v.defaultMandateMonths === '' ? null : Number(v.defaultMandateMonths),
});

function TypeEditor(props: {
  initial: TypeValues;
  onSubmit: (v: ReturnType<typeof typePayload>) => Promise<void>;
  onCancel?: () => void;
  submitLabel: string;
}) {
  const form = useForm<TypeValues>({
    mode: 'controlled',
    initialValues: props.initial,
    validate: schemaValidator<TypeValues>(instanceTypeInput, typePayload),
  });
  const [saving, setSaving] = useState(false);
  const submit = async (values: TypeValues) => {
    setSaving(true);
    try {
      await props.onSubmit(typePayload(values));
      if (!props.onCancel) form.reset();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Le type d’instance n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Group align="end" gap="sm" wrap="wrap">
        <TextInput label="Code" w={130} {...form.getInputProps('code')} />
        <TextInput label="Libellé" w={360} {...form.getInputProps('label')} />
        <NumberInput
          label="Durée par défaut (mois)"
          w={210}
          min={1}
          max={240}
          allowDecimal={false}
          {...form.getInputProps('defaultMandateMonths')}
        />
        {props.onCancel ? (
          <>
            <Tooltip label="Enregistrer">
              <ActionIcon type="submit" size="lg" mb={2} loading={saving} aria-label="Enregistrer le type">
                <IconCheck size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Annuler">
              <ActionIcon
                variant="default"
                size="lg"
                mb={2}
                onClick={props.onCancel}
                aria-label="Annuler la modification"
              >
                <IconX size={18} />
              </ActionIcon>
            </Tooltip>
          </>
        ) : (
          <Button type="submit" leftSection={<IconPlus size={16} />} loading={saving}>
            {props.submitLabel}
          </Button>
        )}
      </Group>
    </form>
  );
}

function InstanceTypesEditor() {
  const { data, setData } = useLoad(() => call('instanceTypes:list', {}), []);
  const [editing, setEditing] = useState<number | null>(null);
  if (!data) return <Loader aria-label="Chargement" />;
  const setArchived = async (t: InstanceType, archived: boolean) => {
    try {
      setData(await call(archived ? 'instanceTypes:archive' : 'instanceTypes:restore', { id: t.id }));
      notifications.show({
        color: 'teal',
        title: archived ? 'Type archivé' : 'Type restauré',
        message: archived
          ? `« ${t.code} » n’est plus proposé pour les nouvelles instances ; les instances existantes le gardent.`
          : `« ${t.code} » est de nouveau proposé.`,
      });
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        Types d’instance
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        La durée par défaut préremplit la fin des nouveaux mandats (CDU : 3 ans, CTS et CRSA : 5 ans) ; chaque
        instance peut la remplacer.
      </Text>
      <Table striped aria-label="Types d’instance">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Libellé</Table.Th>
            <Table.Th>Durée par défaut</Table.Th>
            <Table.Th>Instances</Table.Th>
            <Table.Th w={100} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((t) =>
            editing === t.id ? (
              <Table.Tr key={t.id}>
                <Table.Td colSpan={5}>
                  <TypeEditor
                    initial={{
                      code: t.code,
                      label: t.label,
                      defaultMandateMonths: t.defaultMandateMonths ?? '',
                    }}
                    submitLabel="Enregistrer"
                    onCancel={() => setEditing(null)}
                    onSubmit={async (v) => {
                      setData(await call('instanceTypes:update', { id: t.id, data: v }));
                      setEditing(null);
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={t.id} c={t.archived ? 'dimmed' : undefined}>
                <Table.Td fw={600}>{t.code}</Table.Td>
                <Table.Td>
                  {t.label}{' '}
                  {t.archived && (
                    <Badge color="gray" variant="light">
                      Archivé
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatMonths(t.defaultMandateMonths)}</Table.Td>
                <Table.Td>{t.instanceCount}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="Modifier">
                      <ActionIcon
                        variant="subtle"
                        onClick={() => setEditing(t.id)}
                        aria-label={`Modifier le type ${t.code}`}
                      >
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t.archived ? 'Restaurer' : 'Archiver'}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => void setArchived(t, !t.archived)}
                        aria-label={`${t.archived ? 'Restaurer' : 'Archiver'} le type ${t.code}`}
                      >
                        {t.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      <Title order={4} size="h6" mt="md" mb="xs">
        Ajouter un type
      </Title>
      <TypeEditor
        initial={{ code: '', label: '', defaultMandateMonths: '' }}
        submitLabel="Ajouter"
        onSubmit={async (v) => {
          setData(await call('instanceTypes:create', v));
          notifications.show({
            color: 'teal',
            title: 'Type ajouté',
            message: `« ${v.code.toUpperCase()} » est proposé pour les nouvelles instances.`,
          });
        }}
      />
    </Card>
  );
}

/** The « Registre » tab of Paramètres. */
export function RegisterSettingsTab() {
  return (
    <Stack maw={1000}>
      <RegisterSettingsForm />
      <PersonProfilesEditor />
      <InstanceTypesEditor />
    </Stack>
  );
}
