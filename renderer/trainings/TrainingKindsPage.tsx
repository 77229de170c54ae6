import { Badge, Button, Card, Checkbox, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconEdit, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { trainingKindInput } from '../../shared/trainings/schemas';
import type { TrainingKind } from '../../shared/trainings/types';
import { ApiCallError, call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { useLoad } from '../hooks';

interface Values {
  label: string;
  isBase: boolean;
}

/** The editable list of kinds of training: add, rename, archive (past trainings keep their kind). */
export function TrainingKindsPage() {
  const { data, reload } = useLoad(() => call('trainingKinds:list', { includeArchived: true }), []);
  const [editing, setEditing] = useState<TrainingKind | null>(null);
  const [opened, setOpened] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { label: '', isBase: false },
    validate: schemaValidator<Values>(trainingKindInput),
  });

  const open = (kind: TrainingKind | null) => {
    setEditing(kind);
    form.setValues({ label: kind?.label ?? '', isBase: kind?.isBase ?? false });
    form.clearErrors();
    setOpened(true);
  };

  const submit = async (values: Values) => {
    try {
      if (editing) await call('trainingKinds:update', { id: editing.id, data: values });
      else await call('trainingKinds:create', values);
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: `Type « ${values.label.trim()} » enregistré.`,
      });
      setOpened(false);
      void reload();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Le type n’a pas été enregistré');
    }
  };

  const setArchived = async (kind: TrainingKind, archived: boolean) => {
    try {
      await call(archived ? 'trainingKinds:archive' : 'trainingKinds:restore', { id: kind.id });
      notifications.show({
        color: 'teal',
        title: archived ? 'Type archivé' : 'Type restauré',
        message: kind.label,
      });
      void reload();
    } catch (error) {
      notifyError(error);
    }
  };

  const confirmArchive = (kind: TrainingKind) =>
    modals.openConfirmModal({
      title: 'Archiver ce type de formation ?',
      children: (
        <Text size="sm">
          « {kind.label} » ne sera plus proposé pour les nouvelles formations.{' '}
          {kind.usage === 1
            ? 'La formation déjà enregistrée le garde.'
            : `Les ${kind.usage} formations déjà enregistrées le gardent.`}{' '}
          Vous pourrez le restaurer.
        </Text>
      ),
      labels: { confirm: 'Archiver', cancel: 'Annuler' },
      onConfirm: () => void setArchived(kind, true),
    });

  return (
    <>
      <PageHeader
        title="Types de formation"
        back={{ to: '/formations', label: 'Formations' }}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => open(null)}>
            Ajouter un type
          </Button>
        }
      />
      <Card withBorder maw={900}>
        <Table aria-label="Types de formation">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Libellé</Table.Th>
              <Table.Th>Formations</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data ?? []).map((k) => (
              <Table.Tr key={k.id} c={k.archived ? 'dimmed' : undefined}>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm">{k.label}</Text>
                    {k.isBase && (
                      <Badge variant="light" color="teal" size="sm">
                        Formation de base
                      </Badge>
                    )}
                    {k.archived && (
                      <Badge variant="light" color="gray" size="sm">
                        Archivé
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{k.usage}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      leftSection={<IconEdit size={14} />}
                      onClick={() => open(k)}
                    >
                      Renommer
                    </Button>
                    {k.archived ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconArrowBackUp size={14} />}
                        onClick={() => void setArchived(k, false)}
                      >
                        Restaurer
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="gray"
                        leftSection={<IconArchive size={14} />}
                        onClick={() => confirmArchive(k)}
                      >
                        Archiver
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={editing ? 'Renommer le type de formation' : 'Nouveau type de formation'}
      >
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="sm">
            <TextInput label="Libellé" required data-autofocus {...form.getInputProps('label')} />
            <Checkbox
              label="C’est la formation de base des représentants des usagers"
              description="Elle est attendue dans les mois qui suivent une première nomination."
              {...form.getInputProps('isBase', { type: 'checkbox' })}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                Annuler
              </Button>
              <Button type="submit">Enregistrer</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
