/**
 * Paramètres › Bénévolat › Catégories: the kinds of volunteer time the association values. An
 * archived category stays on the entries that have it and is no longer offered for others.
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
import { plural } from '../../shared/rules/plural';
import { volunteerCategoryInput } from '../../shared/valorisation/schemas';
import type { VolunteerCategory } from '../../shared/valorisation/types';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';

function LabelEditor(props: {
  initial: string;
  onSubmit: (label: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const form = useForm<{ label: string }>({
    mode: 'controlled',
    initialValues: { label: props.initial },
    validate: schemaValidator<{ label: string }>(volunteerCategoryInput),
  });
  const [saving, setSaving] = useState(false);
  const submit = async (values: { label: string }) => {
    setSaving(true);
    try {
      await props.onSubmit(values.label.trim());
      if (!props.onCancel) form.reset();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'La catégorie n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };
  const editing = props.onCancel !== undefined;
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
          aria-label={editing ? 'Nouveau nom de la catégorie' : 'Nouvelle catégorie'}
          placeholder={editing ? undefined : 'Nouvelle catégorie'}
          w={380}
          autoFocus={editing}
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
            Ajouter
          </Button>
        )}
      </Group>
    </form>
  );
}

export function VolunteerCategoriesSettings(props: {
  categories: VolunteerCategory[] | null;
  onChange: (list: VolunteerCategory[]) => void;
}) {
  const { categories, onChange } = props;
  const [editing, setEditing] = useState<number | null>(null);
  if (!categories) return <Loader aria-label="Chargement" />;
  const run = async (work: Promise<VolunteerCategory[]>, done?: string) => {
    try {
      onChange(await work);
      if (done) notifications.show({ color: 'teal', title: 'Catégories', message: done });
    } catch (error) {
      notifyError(error);
    }
  };
  const active = categories.filter((c) => !c.archived);
  const icon = (
    label: string,
    onClick: () => void,
    children: React.ReactNode,
    disabled = false,
    color = 'gray',
  ) => (
    <Tooltip label={label.split(' « ')[0]}>
      <ActionIcon variant="subtle" color={color} disabled={disabled} onClick={onClick} aria-label={label}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        Catégories de temps bénévole
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Comme l’association les distingue : chaque catégorie a sa valeur horaire. Une catégorie archivée reste
        sur le temps déjà saisi, mais n’est plus proposée.
      </Text>
      <Table verticalSpacing={4} aria-label="Catégories de temps bénévole">
        <Table.Tbody>
          {categories.map((c) => {
            const index = active.indexOf(c);
            return (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {editing === c.id ? (
                    <LabelEditor
                      initial={c.label}
                      onCancel={() => setEditing(null)}
                      onSubmit={async (label) => {
                        onChange(await call('volunteerCategories:update', { id: c.id, data: { label } }));
                        setEditing(null);
                      }}
                    />
                  ) : (
                    <Group gap="xs">
                      <Text size="sm" c={c.archived ? 'dimmed' : undefined}>
                        {c.label}
                      </Text>
                      {c.archived && (
                        <Badge size="sm" color="gray" variant="light">
                          Archivée
                        </Badge>
                      )}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td w={120}>
                  <Text size="xs" c="dimmed">
                    {plural(c.entryCount, 'saisie', 'saisies')}
                  </Text>
                </Table.Td>
                <Table.Td w={190}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {!c.archived && (
                      <>
                        {icon(
                          `Monter « ${c.label} »`,
                          () => void run(call('volunteerCategories:move', { id: c.id, direction: 'up' })),
                          <IconArrowUp size={16} />,
                          index <= 0,
                        )}
                        {icon(
                          `Descendre « ${c.label} »`,
                          () => void run(call('volunteerCategories:move', { id: c.id, direction: 'down' })),
                          <IconArrowDown size={16} />,
                          index === active.length - 1,
                        )}
                      </>
                    )}
                    {icon(
                      `Renommer « ${c.label} »`,
                      () => setEditing(c.id),
                      <IconEdit size={16} />,
                      false,
                      'blue',
                    )}
                    {c.archived
                      ? icon(
                          `Restaurer « ${c.label} »`,
                          () =>
                            void run(
                              call('volunteerCategories:restore', { id: c.id }),
                              `« ${c.label} » est de nouveau proposée.`,
                            ),
                          <IconArrowBackUp size={16} />,
                          false,
                          'blue',
                        )
                      : icon(
                          `Archiver « ${c.label} »`,
                          () =>
                            void run(
                              call('volunteerCategories:archive', { id: c.id }),
                              `« ${c.label} » n’est plus proposée.`,
                            ),
                          <IconArchive size={16} />,
                          false,
                          'orange',
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
          onSubmit={async (label) => onChange(await call('volunteerCategories:create', { label }))}
        />
      </Group>
    </Card>
  );
}
