import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { organisationKindLabels } from '../../shared/register/schemas';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { RecordHistoryButton } from '../components/RecordHistory';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { InstancesTable } from './InstancesTable';
import { RecordActions } from '../components/RecordActions';
import { Field } from '../components/Field';

export function OrganisationDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data: org, setData, loading } = useLoad(() => call('organisations:get', { id }), [id]);
  if (loading && !org) return <Loader aria-label="Chargement" />;
  if (!org) return <Alert color="red">Cette organisation n’existe pas ou plus.</Alert>;

  const setArchived = async (archived: boolean) => {
    try {
      setData(await call(archived ? 'organisations:archive' : 'organisations:restore', { id }));
      notifications.show({
        color: 'teal',
        title: archived ? 'Organisation archivée' : 'Organisation restaurée',
        message: archived
          ? `« ${org.name} » n’apparaît plus parmi les actives.`
          : `« ${org.name} » est de nouveau active.`,
      });
    } catch (error) {
      notifyError(error);
    }
  };

  const confirmArchive = () =>
    modals.openConfirmModal({
      title: 'Archiver cette organisation ?',
      children: (
        <Text size="sm">
          « {org.name} » n’apparaîtra plus dans la liste des organisations actives. Ses instances et leurs
          mandats sont conservés ; vous pourrez la restaurer à tout moment.
        </Text>
      ),
      labels: { confirm: 'Archiver', cancel: 'Annuler' },
      onConfirm: () => void setArchived(true),
    });

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Supprimer définitivement ?',
      children: (
        <Text size="sm">
          « {org.name} » sera effacée. Aucune instance n’y est rattachée. Cette action est définitive.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('organisations:delete', { id });
          notifications.show({
            color: 'teal',
            title: 'Organisation supprimée',
            message: `« ${org.name} » a été supprimée.`,
          });
          navigate('/organisations');
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <>
      <PageHeader
        title={org.name}
        back={{ to: '/organisations', label: 'Organisations' }}
        actions={
          <>
            <RecordHistoryButton entity="organisation" entityId={org.id} title={org.name} />
            <RecordActions
              archived={org.archived}
              deletable={org.deletable}
              onArchive={confirmArchive}
              onRestore={() => void setArchived(false)}
              onDelete={confirmDelete}
              onEdit={() => navigate(`/organisations/${id}/modifier`)}
            />
          </>
        }
      />
      {org.archived && (
        <Alert color="gray" mb="md" title="Organisation archivée">
          Archivée le {formatDate(org.archivedAt)}. Restaurez-la pour y ajouter des instances.
        </Alert>
      )}
      <Stack gap="md" maw={1000}>
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Field label="Type">{organisationKindLabels[org.kind]}</Field>
            <Field label="Adresse">
              {[org.addressLine, [org.postalCode, org.city].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ')}
            </Field>
            <Field label="Notes">{org.notes}</Field>
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h5">
              Instances
            </Title>
            {!org.archived && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() => navigate(`/instances/nouvelle?organisation=${id}`)}
              >
                Ajouter une instance
              </Button>
            )}
          </Group>
          {org.instances.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucune instance pour l’instant : ajoutez la commission, le conseil ou l’assemblée où
              l’association siège.
            </Text>
          ) : (
            <InstancesTable rows={org.instances} />
          )}
        </Card>
      </Stack>
    </>
  );
}
