import { employedLabel } from '../../shared/rules/agreement';
import {
  Alert,
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

import { useNavigate, useParams } from 'react-router';
import { vehicleKindLabels } from '../../shared/register/representative';
import type { Representative } from '../../shared/register/representative-types';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { RecordHistoryButton } from '../components/RecordHistory';
import { formatDate, formatIban } from '../format';
import { useLoad } from '../hooks';
import { TrainingsCard } from '../trainings/TrainingsCard';
import { VolunteerTimeCard } from '../valorisation/VolunteerTimeCard';
import { PersonMandatesCard } from './PersonMandatesCard';
import { RepresentativeMeetingsCard } from '../meetings/RepresentativeMeetingsCard';
import { RecordActions } from '../components/RecordActions';
import { Field } from '../components/Field';
import { PersonDataCard } from '../privacy/PersonDataCard';

export function RepresentativeDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data: person, setData, loading, reload } = useLoad(() => call('representatives:get', { id }), [id]);

  if (loading && !person) return <Loader aria-label="Chargement" />;
  if (!person) return <Alert color="red">Cette fiche n’existe pas ou plus.</Alert>;

  const fullName = `${person.civility ? `${person.civility} ` : ''}${person.firstName} ${person.lastName}`;

  const setArchived = async (archived: boolean) => {
    try {
      const updated: Representative = await call(
        archived ? 'representatives:archive' : 'representatives:restore',
        { id },
      );
      setData(updated);
      const name = `${person.firstName} ${person.lastName}`;
      notifications.show({
        color: 'teal',
        title: archived ? 'Fiche archivée' : 'Fiche restaurée',
        // Archiving is reversible: the way back is right in the notification.
        message: archived ? (
          <Group gap="xs">
            <Text size="sm">{`${name} n’apparaît plus parmi les actifs.`}</Text>
            <Button size="xs" variant="subtle" onClick={() => void setArchived(false)}>
              Annuler
            </Button>
          </Group>
        ) : (
          `${name} est de nouveau parmi les actifs.`
        ),
      });
    } catch (error) {
      notifyError(error);
    }
  };

  const confirmArchive = () =>
    modals.openConfirmModal({
      title: 'Archiver cette fiche ?',
      children: (
        <Text size="sm">
          {fullName} n’apparaîtra plus dans la liste des représentants actifs. Son historique (mandats,
          présences, frais) est conservé et la fiche peut être restaurée à tout moment.
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
          La fiche de {fullName} et ses véhicules seront effacés. Cette action est définitive. Rien d’autre ne
          fait référence à cette personne.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('representatives:delete', { id });
          notifications.show({
            color: 'teal',
            title: 'Fiche supprimée',
            message: `La fiche de ${fullName} a été supprimée du registre.`,
          });
          navigate('/representants');
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <>
      <PageHeader
        title={fullName}
        back={{ to: '/representants', label: 'Personnes' }}
        actions={
          <>
            <RecordHistoryButton entity="representative" entityId={id} title={fullName} />
            {person.anonymisedAt === null && (
              <RecordActions
                archived={person.archived}
                deletable={person.deletable}
                onArchive={confirmArchive}
                onRestore={() => void setArchived(false)}
                onDelete={confirmDelete}
                onEdit={() => navigate(`/representants/${id}/modifier`)}
              />
            )}
          </>
        }
      />
      {person.anonymisedAt !== null ? (
        <Alert color="gray" mb="md" title="Fiche anonymisée">
          Anonymisée le {formatDate(person.anonymisedAt.slice(0, 10))}. Ses données personnelles ont été
          effacées ; ce qui reste (présences, mandats, pièces comptables) ne nomme plus personne.
        </Alert>
      ) : (
        person.archived && (
          <Alert color="gray" mb="md" title="Fiche archivée">
            Archivée le {formatDate(person.archivedAt)}. Elle reste consultable ; restaurez-la pour lui
            confier de nouveaux mandats.
          </Alert>
        )
      )}
      <Stack gap="md" maw={1000}>
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            Coordonnées
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Field label="E-mail">{person.email}</Field>
            <Field label="Téléphone">{person.phone}</Field>
            <Field label="Adresse">
              {[person.addressLine, [person.postalCode, person.city].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ')}
            </Field>
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            Engagement
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Field label="Profil">{person.profileLabel}</Field>
            <Field label="Association d’origine">{person.originAssociation}</Field>
            <Field label="Situation">
              {person.employed
                ? `${employedLabel(person.civility)} — ${person.employer ?? ''}`
                : `Non ${employedLabel(person.civility).toLowerCase()}`}
            </Field>
            <Field label="IBAN">{formatIban(person.iban)}</Field>
          </SimpleGrid>
        </Card>
        <RepresentativeMeetingsCard
          representativeId={id}
          personName={`${person.firstName} ${person.lastName}`}
        />
        <PersonMandatesCard
          representativeId={id}
          personName={`${person.firstName} ${person.lastName}`}
          archived={person.archived}
        />
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            Véhicules
          </Title>
          {person.vehicles.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun véhicule enregistré.
            </Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Puissance</Table.Th>
                  <Table.Th>Immatriculation</Table.Th>
                  <Table.Th>Libellé</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {person.vehicles.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{vehicleKindLabels[v.kind]}</Table.Td>
                    <Table.Td>
                      {v.fiscalPowerCv} CV{v.electric ? ' — électrique' : ''}
                    </Table.Td>
                    <Table.Td>{v.plate ?? '—'}</Table.Td>
                    <Table.Td>{v.label || '—'}</Table.Td>
                    <Table.Td>{v.archived && <Badge color="gray">Retiré</Badge>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
        <TrainingsCard representativeId={id} />
        <VolunteerTimeCard representativeId={id} />
        {person.anonymisedAt === null && (
          <PersonDataCard representativeId={id} personName={fullName} onAnonymised={() => void reload()} />
        )}
        {person.notes && (
          <Card withBorder>
            <Title order={3} size="h5" mb="sm">
              Notes
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {person.notes}
            </Text>
          </Card>
        )}
      </Stack>
    </>
  );
}
