import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ObjectiveOwner } from '../../shared/bilans/objectives';
import type { Objective, ObjectiveIndicator, ObjectiveSet } from '../../shared/bilans/types';
import { call, notifyError } from '../api';
import { useLoad } from '../hooks';
import { IndicatorFormModal } from './IndicatorFormModal';
import { ObjectiveFormModal } from './ObjectiveFormModal';

function confirmDelete(
  title: string,
  body: string,
  confirm: () => Promise<ObjectiveSet>,
  done: (s: ObjectiveSet) => void,
) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{body}</Text>,
    labels: { confirm: 'Supprimer', cancel: 'Revenir' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        done(await confirm());
      } catch (error) {
        notifyError(error);
      }
    },
  });
}

function IndicatorRows(props: {
  objective: Objective;
  onEdit: (i: ObjectiveIndicator) => void;
  onSaved: (s: ObjectiveSet) => void;
}) {
  return props.objective.indicators.map((i, index) => (
    <Table.Tr key={i.id}>
      <Table.Td>
        <Text size="sm">
          {index + 1}. {i.label}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{i.expected}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {i.result}
        </Text>
        {i.source === 'calcule' && (
          <Text size="xs" c="dimmed">
            {i.figureLabel} (calculé){i.resultDetail ? ` — ${i.resultDetail}` : ''}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{i.comment}</Text>
      </Table.Td>
      <Table.Td w={80}>
        <Group gap={4} wrap="nowrap">
          <Tooltip label="Modifier l’indicateur">
            <ActionIcon
              variant="subtle"
              aria-label={`Modifier l’indicateur ${i.label}`}
              onClick={() => props.onEdit(i)}
            >
              <IconEdit size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Supprimer l’indicateur">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Supprimer l’indicateur ${i.label}`}
              onClick={() =>
                confirmDelete(
                  'Supprimer cet indicateur ?',
                  `« ${i.label} » sera retiré de l’objectif.`,
                  () => call('objectives:deleteIndicator', { id: i.id }),
                  props.onSaved,
                )
              }
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  ));
}

/**
 * « Objectifs et indicateurs » of a project or a year: each objective with its lines « indicateur
 * → attendu → obtenu », the obtained either computed by the dashboard's service or typed.
 */
export function ObjectivesCard(props: { owner: ObjectiveOwner }) {
  const ownerKey = JSON.stringify(props.owner);
  const {
    data: set,
    setData,
    loading,
  } = useLoad(() => call('objectives:get', { owner: props.owner }), [ownerKey]);
  const [objectiveForm, setObjectiveForm] = useState<{ editing: Objective | null } | null>(null);
  const [indicatorForm, setIndicatorForm] = useState<{
    objectiveId: number;
    editing: ObjectiveIndicator | null;
  } | null>(null);

  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          Objectifs et indicateurs
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setObjectiveForm({ editing: null })}
        >
          Ajouter un objectif
        </Button>
      </Group>
      {!set && loading && <Loader size="sm" aria-label="Chargement des objectifs" />}
      {set && (
        <Stack gap="md">
          <Text size="xs" c="dimmed">
            {set.period
              ? `Résultats calculés sur la période ${set.period.label}, périmètre : ${set.scopeLabel}.`
              : ''}
          </Text>
          {set.periodNote && (
            <Alert color="orange" variant="light">
              {set.periodNote}
            </Alert>
          )}
          {set.objectives.length === 0 && (
            <Text size="sm" c="dimmed">
              Aucun objectif pour l’instant. Les objectifs opérationnels et leurs indicateurs (attendu,
              obtenu) forment le tableau du bilan d’action demandé par les financeurs.
            </Text>
          )}
          {set.objectives.map((o, index) => (
            <Stack key={o.id} gap={6}>
              <Group justify="space-between" wrap="nowrap" align="start">
                <Text fw={600} size="sm">
                  Objectif {index + 1} — {o.label}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconPlus size={12} />}
                    onClick={() => setIndicatorForm({ objectiveId: o.id, editing: null })}
                  >
                    Indicateur
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Modifier l’objectif ${o.label}`}
                    onClick={() => setObjectiveForm({ editing: o })}
                  >
                    <IconEdit size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Supprimer l’objectif ${o.label}`}
                    onClick={() =>
                      confirmDelete(
                        'Supprimer cet objectif ?',
                        o.indicators.length > 0
                          ? `« ${o.label} » et ses indicateurs seront supprimés.`
                          : `« ${o.label} » sera supprimé.`,
                        () => call('objectives:delete', { id: o.id }),
                        setData,
                      )
                    }
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Group>
              {o.indicators.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Aucun indicateur : « Indicateur » en ajoute un.
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table
                    verticalSpacing={4}
                    withTableBorder
                    aria-label={`Indicateurs de l’objectif ${index + 1}`}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Indicateur</Table.Th>
                        <Table.Th>Attendu</Table.Th>
                        <Table.Th>Obtenu</Table.Th>
                        <Table.Th>Commentaire</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      <IndicatorRows
                        objective={o}
                        onEdit={(i) => setIndicatorForm({ objectiveId: o.id, editing: i })}
                        onSaved={setData}
                      />
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      <ObjectiveFormModal
        opened={objectiveForm !== null}
        owner={props.owner}
        editing={objectiveForm?.editing ?? null}
        onClose={() => setObjectiveForm(null)}
        onSaved={setData}
      />
      <IndicatorFormModal
        objectiveId={indicatorForm?.objectiveId ?? null}
        editing={indicatorForm?.editing ?? null}
        onClose={() => setIndicatorForm(null)}
        onSaved={setData}
      />
    </Card>
  );
}
