import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArrowBackUp,
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconEdit,
  IconPlus,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { profileInput, type PersonProfile, type ProfileInput } from '../../shared/register/profiles';
import { plural } from '../../shared/rules/plural';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';
import { useLoad } from '../hooks';

interface ProfileValues {
  label: string;
  labelFeminine: string;
}
const payload = (v: ProfileValues): ProfileInput => ({ label: v.label, labelFeminine: v.labelFeminine });

function ProfileEditor(props: {
  initial: ProfileValues;
  onSubmit: (v: ProfileInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const form = useForm<ProfileValues>({
    mode: 'controlled',
    initialValues: props.initial,
    validate: schemaValidator<ProfileValues>(profileInput, payload),
  });
  const [saving, setSaving] = useState(false);
  const submit = async (values: ProfileValues) => {
    setSaving(true);
    try {
      await props.onSubmit(payload(values));
      if (!props.onCancel) form.reset();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Le profil n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      onSubmit={form.onSubmit(submit)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && props.onCancel) props.onCancel();
      }}
      noValidate
    >
      <Group align="start" gap="sm" wrap="wrap">
        <TextInput
          label="Libellé"
          placeholder="Patient partenaire"
          w={280}
          {...form.getInputProps('label')}
        />
        <TextInput
          label="Au féminin"
          placeholder="Patiente partenaire"
          description="Vide s’il ne change pas"
          w={280}
          {...form.getInputProps('labelFeminine')}
        />
        {props.onCancel ? (
          <Group gap={4} mt={25}>
            <Tooltip label="Enregistrer">
              <ActionIcon type="submit" size="lg" loading={saving} aria-label="Enregistrer le profil">
                <IconCheck size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Annuler">
              <ActionIcon
                variant="default"
                size="lg"
                onClick={props.onCancel}
                aria-label="Annuler la modification"
              >
                <IconX size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : (
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={saving}>
            Ajouter
          </Button>
        )}
      </Group>
    </form>
  );
}

/** « Profils des personnes » in Paramètres › Registre: what each person is for the association. */
export function PersonProfilesEditor() {
  const { data, setData } = useLoad(() => call('profiles:list', {}), []);
  const [editing, setEditing] = useState<number | null>(null);
  if (!data) return <Loader aria-label="Chargement" />;

  const run = async (action: () => Promise<PersonProfile[]>, title: string, message: string) => {
    try {
      setData(await action());
      notifications.show({ color: 'teal', title, message });
    } catch (error) {
      notifyError(error);
    }
  };
  const confirmArchive = (p: PersonProfile) =>
    modals.openConfirmModal({
      title: `Archiver le profil « ${p.label} » ?`,
      children: (
        <Text size="sm">
          {p.personCount === 0
            ? 'Aucune personne n’a ce profil.'
            : `${plural(p.personCount, 'personne le garde', 'personnes le gardent')} sur sa fiche.`}{' '}
          Il ne sera plus proposé pour les nouvelles fiches ; vous pourrez le restaurer.
        </Text>
      ),
      labels: { confirm: 'Archiver', cancel: 'Annuler' },
      onConfirm: () =>
        void run(
          () => call('profiles:archive', { id: p.id }),
          'Profil archivé',
          `« ${p.label} » n’est plus proposé ; les fiches qui l’ont le gardent.`,
        ),
    });
  const confirmDelete = (p: PersonProfile) =>
    modals.openConfirmModal({
      title: `Supprimer le profil « ${p.label} » ?`,
      children: <Text size="sm">Aucune personne n’a ce profil : il sera supprimé de la liste.</Text>,
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(
          () => call('profiles:delete', { id: p.id }),
          'Profil supprimé',
          `« ${p.label} » a été supprimé.`,
        ),
    });
  const move = (p: PersonProfile, direction: 'up' | 'down') =>
    void call('profiles:move', { id: p.id, direction }).then(setData, (error: unknown) => notifyError(error));

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        Profils des personnes
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Ce que chaque personne du registre est pour l’association. Le libellé au féminin s’affiche pour une
        personne dont la civilité est « Mme ». Un profil utilisé s’archive : les fiches le gardent, il n’est
        plus proposé.
      </Text>
      <Table striped aria-label="Profils des personnes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Libellé</Table.Th>
            <Table.Th>Au féminin</Table.Th>
            <Table.Th>Personnes</Table.Th>
            <Table.Th w={190} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((p, index) =>
            editing === p.id ? (
              <Table.Tr key={p.id}>
                <Table.Td colSpan={4}>
                  <ProfileEditor
                    initial={{ label: p.label, labelFeminine: p.labelFeminine ?? '' }}
                    onCancel={() => setEditing(null)}
                    onSubmit={async (v) => {
                      setData(await call('profiles:update', { id: p.id, data: v }));
                      setEditing(null);
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={p.id} c={p.archived ? 'dimmed' : undefined}>
                <Table.Td fw={500}>
                  {p.label}{' '}
                  {p.archived && (
                    <Badge color="gray" variant="light">
                      Archivé
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{p.labelFeminine ?? '—'}</Table.Td>
                <Table.Td>{p.personCount}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="Monter">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        disabled={index === 0}
                        onClick={() => move(p, 'up')}
                        aria-label={`Monter le profil ${p.label}`}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Descendre">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        disabled={index === data.length - 1}
                        onClick={() => move(p, 'down')}
                        aria-label={`Descendre le profil ${p.label}`}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Modifier">
                      <ActionIcon
                        variant="subtle"
                        onClick={() => setEditing(p.id)}
                        aria-label={`Modifier le profil ${p.label}`}
                      >
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={p.archived ? 'Restaurer' : 'Archiver'}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() =>
                          p.archived
                            ? void run(
                                () => call('profiles:restore', { id: p.id }),
                                'Profil restauré',
                                `« ${p.label} » est de nouveau proposé.`,
                              )
                            : confirmArchive(p)
                        }
                        aria-label={`${p.archived ? 'Restaurer' : 'Archiver'} le profil ${p.label}`}
                      >
                        {p.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
                      </ActionIcon>
                    </Tooltip>
                    {p.personCount === 0 && (
                      <Tooltip label="Supprimer">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => confirmDelete(p)}
                          aria-label={`Supprimer le profil ${p.label}`}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      <Title order={4} size="h6" mt="md" mb="xs">
        Ajouter un profil
      </Title>
      <ProfileEditor
        initial={{ label: '', labelFeminine: '' }}
        onSubmit={async (v) => {
          setData(await call('profiles:create', v));
          notifications.show({
            color: 'teal',
            title: 'Profil ajouté',
            message: `« ${v.label.trim()} » est proposé sur les fiches.`,
          });
        }}
      />
    </Card>
  );
}
