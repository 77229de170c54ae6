import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { periodText } from '../../shared/actions/rules';
import { formatEuros } from '../../shared/rules/format-fr';
import { ApiCallError, call, notifyError } from '../api';
import { DateField } from '../components/DateField';
import { Field } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { useLoad } from '../hooks';
import { StatusBadge } from '../actions/labels';
import { FundingStatusBadge } from './labels';

function NewBilanModal(props: {
  opened: boolean;
  fundingId: number;
  from: string;
  to: string;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = async () => {
    try {
      const bilan = await call('bilans:create', {
        fundingId: props.fundingId,
        from,
        to,
        scope: { kind: 'tout' },
      });
      navigate(`/bilans/${bilan.id}`);
    } catch (error) {
      if (error instanceof ApiCallError) setErrors(error.fieldErrors);
      notifyError(error, 'Le bilan n’a pas été créé');
    }
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Nouveau bilan d’action">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Un bilan par période : l’année de la convention, ou la période que demande le financeur.
          </Text>
          <Group grow>
            <DateField label="Du" required value={from} onChange={setFrom} error={errors.from} />
            <DateField label="Au" required value={to} onChange={setTo} error={errors.to} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Annuler
            </Button>
            <Button type="submit">Créer le bilan</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One financement: its facts, the projects it funds, its bilans d'action. */
export function FundingPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data: funding, loading } = useLoad(() => call('fundings:get', { id }), [id]);
  if (loading && !funding) return <Loader aria-label="Chargement" />;
  if (!funding) return <Alert color="red">Ce financement n’existe pas ou plus.</Alert>;

  const remove = () =>
    modals.openConfirmModal({
      title: 'Supprimer ce financement ?',
      children: (
        <Text size="sm">
          « {funding.title} » ({funding.funder}) sera effacé.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Revenir' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('fundings:delete', { id });
          notifications.show({
            color: 'teal',
            title: 'Supprimé',
            message: `« ${funding.title} » a été supprimé.`,
          });
          navigate('/financements');
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <>
      <PageHeader
        title={`${funding.funder} — ${funding.title}`}
        back={{ to: '/financements', label: 'Financements et bilans' }}
        actions={
          <>
            {funding.deletable && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
                Supprimer
              </Button>
            )}
            <Button
              leftSection={<IconEdit size={16} />}
              onClick={() => navigate(`/financements/${id}/modifier`)}
            >
              Modifier
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <Field label="Financeur">{funding.funder}</Field>
            <Field label="Montant">{formatEuros(funding.amountCents)}</Field>
            <Field label="Période">{periodText(funding.from, funding.to)}</Field>
            <Field label="Référence de la convention">{funding.agreementRef}</Field>
            <Field label="Statut">
              <FundingStatusBadge status={funding.status} />
            </Field>
          </SimpleGrid>
          {funding.notes && (
            <Stack mt="md">
              <Field label="Notes">{funding.notes}</Field>
            </Stack>
          )}
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            Projets financés
          </Title>
          {funding.projects.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun projet : « Modifier » permet d’en choisir. Le bilan reprend leurs actions, leurs séances
              et leurs objectifs.
            </Text>
          ) : (
            <Table verticalSpacing={6} aria-label="Projets financés">
              <Table.Tbody>
                {funding.projects.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/actions/${p.id}`} size="sm" fw={500}>
                        {p.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{periodText(p.startDate, p.endDate)}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <StatusBadge kind="projet" status={p.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4">
              Bilans d’action
            </Title>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setCreating(true)}
            >
              Nouveau bilan
            </Button>
          </Group>
          {funding.bilans.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun bilan pour l’instant. Porte-voix le remplit avec les actions, les séances, les
              bénéficiaires, les partenaires, les heures et les objectifs ; vous y ajoutez les textes, puis
              l’imprimez en PDF ou en classeur Excel.
            </Text>
          ) : (
            <Table verticalSpacing={6} aria-label="Bilans d’action">
              <Table.Tbody>
                {funding.bilans.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/bilans/${b.id}`} size="sm" fw={500}>
                        Bilan {periodText(b.from, b.to)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {b.scopeLabel}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </Stack>
      {creating && (
        <NewBilanModal
          opened
          fundingId={id}
          from={funding.from}
          to={funding.to}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  );
}
