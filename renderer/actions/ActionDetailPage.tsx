import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconBan, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { actionStatusLabel } from '../../shared/actions/rules';
import { actionKindLabels, actionPhaseLabels, attestationKindLabels } from '../../shared/actions/schemas';
import type { Action } from '../../shared/actions/types';
import { involvementLabels } from '../../shared/register/schemas';
import { formatInteger } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';
import { Field } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { RecordHistoryButton } from '../components/RecordHistory';
import { useLoad } from '../hooks';
import { ObjectivesCard } from '../bilans/ObjectivesCard';
import { ActionSessionsCard } from './ActionSessionsCard';
import { periodText, StatusBadge } from './labels';

const count = (n: number | null) => (n === null ? '' : formatInteger(n));

function ProjectActionsCard(props: { project: Action }) {
  const navigate = useNavigate();
  const { project } = props;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Actions du projet
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => navigate(`/actions/nouvelle?projet=${project.id}`)}
        >
          Ajouter une action
        </Button>
      </Group>
      {project.childCount === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune action dans ce projet pour l’instant.
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label="Actions du projet">
          <Table.Tbody>
            {project.children.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/actions/${c.id}`} size="sm" fw={500}>
                    {c.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{periodText(c.startDate, c.endDate)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <StatusBadge kind="action" status={c.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {project.childCount > project.children.length && (
        <Text size="sm" mt="xs">
          <Anchor component={Link} to={`/actions?projet=${project.id}&tri=date&ordre=asc`}>
            Voir les {formatInteger(project.childCount)} actions dans la liste
          </Anchor>
        </Text>
      )}
    </Card>
  );
}

export function ActionDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data: action, loading, setData } = useLoad(() => call('actions:get', { id }), [id]);

  if (loading && !action) return <Loader aria-label="Chargement" />;
  if (!action) return <Alert color="red">Cette action n’existe pas ou plus.</Alert>;
  const isProject = action.kind === 'projet';

  const cancel = () =>
    modals.openConfirmModal({
      title: isProject ? 'Annuler ce projet ?' : 'Annuler cette action ?',
      children: (
        <Text size="sm">
          « {action.title} » passera au statut « {actionStatusLabel(action.kind, 'annule')} ». Ses séances,
          les présences et les attestations déjà délivrées sont conservées.
        </Text>
      ),
      labels: { confirm: isProject ? 'Annuler le projet' : 'Annuler l’action', cancel: 'Revenir' },
      confirmProps: { color: 'orange' },
      onConfirm: async () => {
        try {
          setData(await call('actions:cancel', { id }));
          notifications.show({
            color: 'teal',
            title: 'Statut modifié',
            message: `« ${action.title} » est annulé${isProject ? '' : 'e'}.`,
          });
        } catch (error) {
          notifyError(error);
        }
      },
    });
  const remove = () =>
    modals.openConfirmModal({
      title: 'Supprimer définitivement ?',
      children: (
        <Text size="sm">
          « {action.title} » sera effacé{isProject ? '' : 'e'}. Aucune séance ni aucune action n’y est
          rattachée.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Revenir' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('actions:delete', { id });
          notifications.show({
            color: 'teal',
            title: 'Supprimé',
            message: `« ${action.title} » a été supprimé${isProject ? '' : 'e'}.`,
          });
          navigate('/actions');
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <>
      <PageHeader
        title={action.title}
        back={{ to: '/actions', label: 'Actions et projets' }}
        actions={
          <>
            <RecordHistoryButton entity="action" entityId={action.id} title={action.title} />
            {!action.deletable && action.status !== 'annule' && (
              <Button variant="default" color="orange" leftSection={<IconBan size={16} />} onClick={cancel}>
                {isProject ? 'Annuler le projet' : 'Annuler l’action'}
              </Button>
            )}
            {action.deletable && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
                Supprimer
              </Button>
            )}
            <Button leftSection={<IconEdit size={16} />} onClick={() => navigate(`/actions/${id}/modifier`)}>
              Modifier
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Group gap="xs">
          <Badge variant="outline" color="gray">
            {actionKindLabels[action.kind]}
          </Badge>
          <StatusBadge kind={action.kind} status={action.status} />
          {action.projectId !== null && (
            <Text size="sm">
              dans le projet{' '}
              <Anchor component={Link} to={`/actions/${action.projectId}`}>
                {action.projectTitle}
              </Anchor>
            </Text>
          )}
        </Group>
        {!action.deletable && action.status !== 'annule' && (
          <Text size="sm" c="dimmed">
            {isProject ? 'Ce projet' : 'Cette action'} a{' '}
            {[
              action.sessionCount > 0 ? plural(action.sessionCount, 'séance', 'séances') : null,
              action.childCount > 0
                ? plural(action.childCount, 'action rattachée', 'actions rattachées')
                : null,
            ]
              .filter(Boolean)
              .join(' et ')}
            {'\u00a0: '}
            {isProject
              ? 'il ne peut plus être supprimé, mais il peut être annulé.'
              : 'elle ne peut plus être supprimée, mais elle peut être annulée.'}
          </Text>
        )}
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            <Field label="Porteur">{action.carrierName}</Field>
            <Field label="Période">{periodText(action.startDate, action.endDate)}</Field>
            <Field label="Lieu">{action.place}</Field>
            <Field label="Thématique">{action.themeLabel}</Field>
            <Field label="Phase">{action.phase ? actionPhaseLabels[action.phase] : ''}</Field>
            <Field label="Niveau d’implication">
              {action.involvementLevel ? involvementLabels[action.involvementLevel] : ''}
            </Field>
            <Field label="Bénéficiaires prévus">{count(action.expectedBeneficiaries)}</Field>
            <Field label="Bénéficiaires touchés">{count(action.actualBeneficiaries)}</Field>
            <Field label="Attestation">{attestationKindLabels[action.attestationKind]}</Field>
          </SimpleGrid>
          <Stack gap="md" mt="md">
            <Field label="Partenaires">{action.partners}</Field>
            <Field label="Description">{action.description}</Field>
          </Stack>
        </Card>
        {isProject && <ProjectActionsCard project={action} />}
        {isProject && <ObjectivesCard owner={{ kind: 'projet', actionId: action.id }} />}
        <ActionSessionsCard actionId={action.id} cancelled={action.status === 'annule'} />
      </Stack>
    </>
  );
}
