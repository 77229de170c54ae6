import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  staffLineInput,
  staffStatuses,
  staffStatusLabels,
  type StaffLineInput,
  type StaffStatus,
} from '../../shared/bilans/fundings';
import type { Bilan, StaffLine } from '../../shared/bilans/types';
import { formatDuration } from '../../shared/rules/format-fr';
import { ApiCallError, call, notifyError } from '../api';
import { notifyIncomplete, schemaValidator } from '../forms';

interface Values {
  role: string;
  people: number | string;
  hours: number | string;
  status: StaffStatus;
  steps: string;
}

const toPayload = (v: Values): StaffLineInput => ({
  role: v.role,
  people: v.people === '' ? Number.NaN : Number(v.people),
  minutes: v.hours === '' ? Number.NaN : Math.round(Number(v.hours) * 60),
  status: v.status,
  steps: v.steps,
});

const FIELD: Record<string, string> = {
  'data.role': 'role',
  'data.people': 'people',
  'data.minutes': 'hours',
  'data.status': 'status',
  'data.steps': 'steps',
  minutes: 'hours',
};
const renamed = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [FIELD[k] ?? k, v]));

function StaffModal(props: {
  bilanId: number;
  editing: StaffLine | null;
  onClose: () => void;
  onSaved: (b: Bilan) => void;
}) {
  const e = props.editing;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: e
      ? { role: e.role, people: e.people, hours: e.minutes / 60, status: e.status, steps: e.steps ?? '' }
      : { role: '', people: 1, hours: '', status: 'salarie', steps: '' },
    validate: (v) => renamed(schemaValidator<Values>(staffLineInput, toPayload)(v)),
  });
  const submit = async (v: Values) => {
    try {
      const data = toPayload(v);
      props.onSaved(
        e
          ? await call('bilans:updateStaff', { id: e.id, data })
          : await call('bilans:addStaff', { bilanId: props.bilanId, data }),
      );
      props.onClose();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(renamed(error.fieldErrors));
      notifyError(error, 'La ligne n’a pas été enregistrée');
    }
  };
  return (
    <Modal opened onClose={props.onClose} title={e ? 'Modifier la ligne' : 'Ajouter une ligne'}>
      <form onSubmit={form.onSubmit(submit, () => notifyIncomplete())} noValidate>
        <Stack gap="sm">
          <TextInput label="Fonction" required data-autofocus {...form.getInputProps('role')} />
          <Group grow align="start">
            <NumberInput
              label="Nombre de personnes"
              required
              min={1}
              allowDecimal={false}
              {...form.getInputProps('people')}
            />
            <NumberInput
              label="Nombre d’heures"
              required
              min={0}
              decimalScale={2}
              decimalSeparator=","
              {...form.getInputProps('hours')}
            />
          </Group>
          <Select
            label="Statut"
            required
            allowDeselect={false}
            data={staffStatuses.map((s) => ({ value: s, label: staffStatusLabels[s] }))}
            {...form.getInputProps('status')}
          />
          <TextInput label="Étapes de l’intervention" {...form.getInputProps('steps')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Annuler
            </Button>
            <Button type="submit">Enregistrer</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The human resources Porte-voix cannot count (salariés, mises à disposition, prestataires), typed on the bilan. */
export function StaffCard(props: { bilan: Bilan; onSaved: (b: Bilan) => void }) {
  const [editing, setEditing] = useState<{ line: StaffLine | null } | null>(null);
  const remove = async (id: number) => {
    try {
      props.onSaved(await call('bilans:deleteStaff', { id }));
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          Moyens humains saisis
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setEditing({ line: null })}
        >
          Ajouter une ligne
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        Les heures des bénévoles aux séances et des représentants aux réunions sont comptées par Porte-voix ;
        ajoutez ici les salariés, les personnes mises à disposition et les prestataires.
      </Text>
      {props.bilan.staff.length > 0 && (
        <Table verticalSpacing={4} aria-label="Moyens humains saisis">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Fonction</Table.Th>
              <Table.Th>Nombre</Table.Th>
              <Table.Th>Heures</Table.Th>
              <Table.Th>Statut</Table.Th>
              <Table.Th>Étapes</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.bilan.staff.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.role}</Table.Td>
                <Table.Td>{s.people}</Table.Td>
                <Table.Td>{formatDuration(s.minutes)}</Table.Td>
                <Table.Td>{staffStatusLabels[s.status]}</Table.Td>
                <Table.Td>{s.steps}</Table.Td>
                <Table.Td w={70}>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Modifier ${s.role}`}
                      onClick={() => setEditing({ line: s })}
                    >
                      <IconEdit size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Supprimer ${s.role}`}
                      onClick={() => void remove(s.id)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <StaffModal
          bilanId={props.bilan.id}
          editing={editing.line}
          onClose={() => setEditing(null)}
          onSaved={props.onSaved}
        />
      )}
    </Card>
  );
}
