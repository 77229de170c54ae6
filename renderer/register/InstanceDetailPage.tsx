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
import { IconCalendarShare, IconFileTypePdf, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { involvementLabels, participationFormLabels } from '../../shared/register/schemas';
import type { InstanceDetail, MandateDraft, Seat } from '../../shared/register/types';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { RecordHistoryButton } from '../components/RecordHistory';
import { offerFile } from '../files';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { formatMonths, plural } from './labels';
import { MandateHistory } from './MandateHistory';
import { useMandateActions } from './useMandateActions';
import { RecordActions } from '../components/RecordActions';
import { Field } from '../components/Field';
import { localTodayIso } from '../../shared/rules/dates';

function SeatRow(props: { seat: Seat; onFill: () => void; onEnd: () => void }) {
  const { seat } = props;
  const label = `${seat.role === 'titulaire' ? 'Titulaire' : 'Suppléant'} ${seat.position}`;
  return (
    <Table.Tr data-testid={`siege-${seat.role}-${seat.position}`}>
      <Table.Td w={130}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
      </Table.Td>
      {seat.mandate ? (
        <>
          <Table.Td>
            <Anchor
              size="sm"
              component={Link}
              to={`/representants/${seat.mandate.representativeId}`}
              fw={500}
            >
              {seat.mandate.representativeName}
            </Anchor>
            {seat.mandate.pairedWith && (
              <Text size="xs" c="dimmed">
                {seat.role === 'titulaire' ? 'Suppléant : ' : 'Titulaire : '}
                {seat.mandate.pairedWith}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm">
              du {formatDate(seat.mandate.startDate)} au{' '}
              {seat.mandate.effectiveEnd ? formatDate(seat.mandate.effectiveEnd) : '—'}
            </Text>
            {seat.extra && (
              <Text size="xs" c="orange">
                Au-delà du nombre de sièges : {seat.mandate.overCapacityJustification}
              </Text>
            )}
          </Table.Td>
          <Table.Td w={150} ta="right">
            <Button
              size="xs"
              variant="subtle"
              color="orange"
              onClick={props.onEnd}
              aria-label={`Terminer le mandat de ${seat.mandate.representativeName}`}
            >
              Terminer
            </Button>
          </Table.Td>
        </>
      ) : (
        <>
          <Table.Td colSpan={2}>
            <Badge color="orange" variant="light">
              Siège vacant
            </Badge>
          </Table.Td>
          <Table.Td w={150} ta="right">
            <Button
              size="xs"
              variant="light"
              onClick={props.onFill}
              aria-label={`Pourvoir le siège ${label.toLowerCase()}`}
            >
              Pourvoir
            </Button>
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}

export function InstanceDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { data: instance, setData, loading, reload } = useLoad(() => call('instances:get', { id }), [id]);
  const actions = useMandateActions(instance?.today ?? localTodayIso(), () => void reload());
  const [printing, setPrinting] = useState(false);

  const createPreset = (i: InstanceDetail, role: MandateDraft['role']): Partial<MandateDraft> => ({
    instanceId: i.id,
    role,
    startDate: i.today,
  });

  // « À faire » links here with what to do: fill a seat or renew a mandate.
  const fill = params.get('pourvoir');
  const renew = params.get('renouveler');
  useEffect(() => {
    if (!instance || (fill === null && renew === null)) return;
    if (fill !== null) {
      const role =
        fill === 'titulaire' || fill === 'suppleant'
          ? fill
          : instance.activeTitulaires < instance.seatsTitulaire
            ? 'titulaire'
            : instance.activeSuppleants < instance.seatsSuppleant
              ? 'suppleant'
              : 'membre';
      actions.openCreate(createPreset(instance, role));
    }
    if (renew !== null) {
      const mandate = instance.mandates.find((m) => m.id === Number(renew));
      if (mandate) void actions.openRenew(mandate);
    }
    setParams({}, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [instance, fill, renew]);

  if (loading && !instance) return <Loader aria-label="Chargement" />;
  if (!instance) return <Alert color="red">Cette instance n’existe pas ou plus.</Alert>;

  const setArchived = async (archived: boolean) => {
    try {
      setData(await call(archived ? 'instances:archive' : 'instances:restore', { id }));
      notifications.show({
        color: 'teal',
        title: archived ? 'Instance archivée' : 'Instance restaurée',
        message: archived
          ? `« ${instance.name} » n’apparaît plus parmi les actives ni dans « À faire ».`
          : `« ${instance.name} » est de nouveau active.`,
      });
    } catch (error) {
      notifyError(error);
    }
  };
  const confirmArchive = () =>
    modals.openConfirmModal({
      title: 'Archiver cette instance ?',
      children: (
        <Text size="sm">
          « {instance.name} » n’apparaîtra plus dans les instances actives ni dans « À faire ». Ses mandats et
          son historique sont conservés ; vous pourrez la restaurer.
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
          « {instance.name} » sera effacée. Aucun mandat ni aucune réunion n’y est rattaché.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('instances:delete', { id });
          notifications.show({
            color: 'teal',
            title: 'Instance supprimée',
            message: `« ${instance.name} » a été supprimée.`,
          });
          navigate('/instances');
        } catch (error) {
          notifyError(error);
        }
      },
    });
  const printList = async () => {
    setPrinting(true);
    try {
      offerFile(await call('instances:mandateListPdf', { id }), 'Liste des mandats');
    } catch (error) {
      notifyError(error, 'La liste des mandats n’a pas pu être produite');
    } finally {
      setPrinting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={instance.name}
        back={{ to: '/instances', label: 'Instances' }}
        actions={
          <>
            <RecordHistoryButton entity="instance" entityId={instance.id} title={instance.name} />
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              loading={printing}
              onClick={() => void printList()}
            >
              Liste des mandats (PDF)
            </Button>
            <Button
              variant="default"
              leftSection={<IconCalendarShare size={16} />}
              onClick={() =>
                void call('calendar:instance', { id }).then(
                  (f) => offerFile(f, 'Calendrier des réunions'),
                  (e: unknown) => notifyError(e),
                )
              }
            >
              Exporter le calendrier
            </Button>
            <RecordActions
              archived={instance.archived}
              deletable={instance.deletable}
              onArchive={confirmArchive}
              onRestore={() => void setArchived(false)}
              onDelete={confirmDelete}
              onEdit={() => navigate(`/instances/${id}/modifier`)}
            />
          </>
        }
      />
      {instance.archived && (
        <Alert color="gray" mb="md" title="Instance archivée">
          Archivée le {formatDate(instance.archivedAt)}. Restaurez-la pour y ajouter des mandats.
        </Alert>
      )}
      <Stack gap="md" maw={1100}>
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="md" verticalSpacing="sm">
            <Field label="Organisation">
              <Anchor size="sm" component={Link} to={`/organisations/${instance.organisationId}`}>
                {instance.organisationName}
              </Anchor>
            </Field>
            <Field label="Type">{instance.typeLabel}</Field>
            <Field label="Durée des mandats">
              {formatMonths(instance.effectiveMandateMonths)}
              {instance.mandateMonths === null && instance.typeDefaultMonths !== null
                ? ' (durée du type)'
                : ''}
            </Field>
            <Field label="Lieu des réunions">{instance.meetingPlace}</Field>
            <Field label="Niveau d’implication">
              {instance.involvementLevel ? involvementLabels[instance.involvementLevel] : null}
            </Field>
            <Field label="Forme">
              {instance.participationForm ? participationFormLabels[instance.participationForm] : null}
            </Field>
            <Field label="Représentants en poste">
              {instance.activePeople} (objectif : {instance.targetMin})
            </Field>
            <Field label="Notes">{instance.notes}</Field>
          </SimpleGrid>
        </Card>

        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h5">
              Sièges au {formatDate(instance.today)}
            </Title>
            <Text size="sm" c={instance.vacantSeats > 0 ? 'orange' : 'teal'} data-testid="sieges-vacants">
              {instance.vacantSeats === 0
                ? 'Tous les sièges sont pourvus'
                : plural(instance.vacantSeats, 'siège vacant', 'sièges vacants')}
            </Text>
          </Group>
          {instance.seats.length === 0 ? (
            <Text size="sm" c="dimmed">
              Cette instance n’a pas de sièges de titulaire ou de suppléant ; ses membres figurent ci-dessous.
            </Text>
          ) : (
            <Table aria-label="Sièges">
              <Table.Tbody>
                {instance.seats.map((seat) => (
                  <SeatRow
                    key={`${seat.role}-${seat.position}`}
                    seat={seat}
                    onFill={() => actions.openCreate(createPreset(instance, seat.role))}
                    onEnd={() => seat.mandate && actions.openEnd(seat.mandate)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          )}
          {instance.otherMembers.length > 0 && (
            <>
              <Title order={4} size="h6" mt="md" mb="xs">
                Autres fonctions
              </Title>
              {instance.otherMembers.map((m) => (
                <Text size="sm" key={m.id}>
                  {m.roleLabel} : {m.representativeName} (depuis le {formatDate(m.startDate)})
                </Text>
              ))}
            </>
          )}
        </Card>

        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h5">
              Historique des mandats
            </Title>
            {!instance.archived && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  actions.openCreate(
                    createPreset(instance, instance.seatsTitulaire > 0 ? 'titulaire' : 'membre'),
                  )
                }
              >
                Ajouter un mandat
              </Button>
            )}
          </Group>
          {instance.mandates.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun mandat enregistré sur cette instance.
            </Text>
          ) : (
            <MandateHistory
              rows={instance.mandates}
              show="person"
              actions={actions}
              label="Historique des mandats"
            />
          )}
        </Card>
      </Stack>
      {actions.modals}
    </>
  );
}
