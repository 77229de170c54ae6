/**
 * Paramètres › Actions: the themes offered to actions (seed 002's list to start with). An archived
 * theme stays on the actions that have it and is no longer offered for others.
 */
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
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArrowBackUp,
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconEdit,
  IconPlus,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { actionThemeInput } from '../../shared/actions/schemas';
import type { ActionTheme } from '../../shared/actions/types';
import { plural } from '../../shared/rules/plural';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';
import { useLoad } from '../hooks';

function LabelEditor(props: {
  initial: string;
  submitLabel: string;
  onSubmit: (label: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const form = useForm<{ label: string }>({
    mode: 'controlled',
    initialValues: { label: props.initial },
    validate: schemaValidator<{ label: string }>(actionThemeInput),
  });
  const [saving, setSaving] = useState(false);
  const submit = async (values: { label: string }) => {
    setSaving(true);
    try {
      await props.onSubmit(values.label.trim());
      if (!props.onCancel) form.reset();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'La thématique n’a pas été enregistrée');
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
      <Group align="start" gap="xs" wrap="nowrap">
        <TextInput
          aria-label={props.onCancel ? 'Nouveau nom de la thématique' : 'Nouvelle thématique'}
          placeholder={props.onCancel ? undefined : 'Nouvelle thématique'}
          w={380}
          autoFocus={props.onCancel !== undefined}
          {...form.getInputProps('label')}
        />
        {props.onCancel ? (
          <>
            <ActionIcon
              type="submit"
              variant="light"
              size="lg"
              loading={saving}
              aria-label="Enregistrer le nom"
            >
              <IconCheck size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={props.onCancel} aria-label="Annuler">
              <IconX size={16} />
            </ActionIcon>
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

export function ActionThemesSettings() {
  const { data: themes, setData } = useLoad(() => call('actionThemes:list', {}), []);
  const [editing, setEditing] = useState<number | null>(null);
  if (!themes) return <Loader aria-label="Chargement" />;

  const run = async (work: Promise<ActionTheme[]>, done?: string) => {
    try {
      setData(await work);
      if (done) notifications.show({ color: 'teal', title: 'Thématiques', message: done });
    } catch (error) {
      notifyError(error);
    }
  };
  const active = themes.filter((t) => !t.archived);

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        Thématiques des actions
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Proposées dans le formulaire d’une action, dans cet ordre. Une thématique archivée reste sur les
        actions qui l’ont déjà, mais n’est plus proposée.
      </Text>
      <Table verticalSpacing={4} aria-label="Thématiques des actions">
        <Table.Tbody>
          {themes.map((t) => {
            const index = active.indexOf(t);
            return (
              <Table.Tr key={t.id}>
                <Table.Td>
                  {editing === t.id ? (
                    <LabelEditor
                      initial={t.label}
                      submitLabel="Enregistrer"
                      onCancel={() => setEditing(null)}
                      onSubmit={async (label) => {
                        setData(await call('actionThemes:update', { id: t.id, data: { label } }));
                        setEditing(null);
                      }}
                    />
                  ) : (
                    <Group gap="xs">
                      <Text size="sm" c={t.archived ? 'dimmed' : undefined}>
                        {t.label}
                      </Text>
                      {t.archived && (
                        <Badge size="sm" color="gray" variant="light">
                          Archivée
                        </Badge>
                      )}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td w={130}>
                  <Text size="xs" c="dimmed">
                    {plural(t.actionCount, 'action', 'actions')}
                  </Text>
                </Table.Td>
                <Table.Td w={190}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {!t.archived && (
                      <>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          disabled={index <= 0}
                          onClick={() => void run(call('actionThemes:move', { id: t.id, direction: 'up' }))}
                          aria-label={`Monter « ${t.label} »`}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          disabled={index === active.length - 1}
                          onClick={() => void run(call('actionThemes:move', { id: t.id, direction: 'down' }))}
                          aria-label={`Descendre « ${t.label} »`}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                      </>
                    )}
                    <Tooltip label="Renommer">
                      <ActionIcon
                        variant="subtle"
                        onClick={() => setEditing(t.id)}
                        aria-label={`Renommer « ${t.label} »`}
                      >
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {t.archived ? (
                      <Tooltip label="Restaurer">
                        <ActionIcon
                          variant="subtle"
                          onClick={() =>
                            void run(
                              call('actionThemes:restore', { id: t.id }),
                              `« ${t.label} » est de nouveau proposée.`,
                            )
                          }
                          aria-label={`Restaurer « ${t.label} »`}
                        >
                          <IconArrowBackUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : (
                      <Tooltip label="Archiver">
                        <ActionIcon
                          variant="subtle"
                          color="orange"
                          onClick={() =>
                            void run(
                              call('actionThemes:archive', { id: t.id }),
                              `« ${t.label} » n’est plus proposée.`,
                            )
                          }
                          aria-label={`Archiver « ${t.label} »`}
                        >
                          <IconArchive size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group mt="md">
        <LabelEditor
          initial=""
          submitLabel="Ajouter"
          onSubmit={async (label) => setData(await call('actionThemes:create', { label }))}
        />
      </Group>
    </Card>
  );
}
