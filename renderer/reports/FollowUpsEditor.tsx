/** The follow-ups of a report inside its form: what to do, by when, who, and when it was done. */
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { followUpState, followUpStateLabels } from '../../shared/reports/report-rules';
import { DateField } from '../components/DateField';
import { PersonPicker } from './PersonPicker';
import { newFollowUp, type ReportFormValues } from './report-form';

const stateColor = { fait: 'teal', en_retard: 'red', a_echeance: 'orange', a_faire: 'gray' } as const;

export function FollowUpsEditor(props: {
  form: UseFormReturnType<ReportFormValues>;
  today: string;
  windowDays: number;
}) {
  const { form } = props;
  const list = form.values.followUps;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Suivis
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('followUps', newFollowUp())}
        >
          Ajouter un suivi
        </Button>
      </Group>
      {list.length === 0 && (
        <Text size="sm" c="dimmed">
          Aucun suivi. Ajoutez ce qui doit se passer ensuite (relancer, transmettre, revenir sur un point) :
          il apparaîtra dans « À faire » à l’approche de son échéance, jusqu’à ce qu’il soit fait.
        </Text>
      )}
      <Stack gap="sm">
        {list.map((f, index) => {
          const state = followUpState(
            { dueOn: f.dueOn || null, doneOn: f.doneOn || null },
            props.today,
            props.windowDays,
          );
          return (
            <Card
              key={f.key}
              withBorder
              padding="sm"
              bg="var(--mantine-color-gray-0)"
              data-testid={`suivi-${index + 1}`}
            >
              <Group justify="space-between" mb={6}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    Suivi {index + 1}
                  </Text>
                  <Badge size="sm" variant="light" color={stateColor[state]}>
                    {followUpStateLabels[state]}
                  </Badge>
                </Group>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Retirer le suivi ${index + 1}`}
                  onClick={() => form.removeListItem('followUps', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <TextInput
                label="Ce qu’il faut faire"
                required
                {...form.getInputProps(`followUps.${index}.description`)}
              />
              <SimpleGrid cols={{ base: 1, sm: 4 }} mt="xs">
                <DateField label="Échéance" clearable {...form.getInputProps(`followUps.${index}.dueOn`)} />
                <PersonPicker
                  label="Responsable (registre)"
                  placeholder="Tapez un nom"
                  value={f.owner}
                  onChange={(p) => form.setFieldValue(`followUps.${index}.owner`, p)}
                  error={form.errors[`followUps.${index}.ownerId`]}
                />
                <TextInput
                  label="ou autre responsable"
                  placeholder="Bureau, direction…"
                  {...form.getInputProps(`followUps.${index}.ownerText`)}
                />
                <DateField
                  label="Fait le"
                  clearable
                  maxDate={props.today}
                  maxDateError="Pas de date future"
                  {...form.getInputProps(`followUps.${index}.doneOn`)}
                />
              </SimpleGrid>
            </Card>
          );
        })}
      </Stack>
    </Card>
  );
}
