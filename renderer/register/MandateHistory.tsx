import { ActionIcon, Anchor, Menu, Table, Text, Tooltip } from '@mantine/core';
import {
  IconDots,
  IconEdit,
  IconHistory,
  IconPlayerStop,
  IconRefresh,
  IconArrowBackUp,
  IconTrash,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { endReasonLabels } from '../../shared/register/schemas';
import type { Mandate } from '../../shared/register/types';
import { formatDate } from '../format';
import { MandateStatusBadge } from './labels';
import type { MandateActions } from './useMandateActions';

/** Mandates of an instance (showing people) or of a person (showing instances), with their actions. */
export function MandateHistory(props: {
  rows: Mandate[];
  show: 'person' | 'instance';
  actions: MandateActions;
  label: string;
}) {
  const { actions } = props;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={props.label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{props.show === 'person' ? 'Représentant' : 'Instance'}</Table.Th>
            <Table.Th>Rôle</Table.Th>
            <Table.Th>Début</Table.Th>
            <Table.Th>Fin</Table.Th>
            <Table.Th>Désignation</Table.Th>
            <Table.Th miw={110}>Statut</Table.Th>
            <Table.Th w={50} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                {props.show === 'person' ? (
                  <Anchor size="sm" fw={500} component={Link} to={`/representants/${m.representativeId}`}>
                    {m.representativeName}
                  </Anchor>
                ) : (
                  <>
                    <Anchor size="sm" fw={500} component={Link} to={`/instances/${m.instanceId}`}>
                      {m.instanceName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {m.organisationName}
                    </Text>
                  </>
                )}
                {m.pairedWith && (
                  <Text size="xs" c="dimmed">
                    {m.role === 'titulaire' ? 'Suppléant : ' : 'Titulaire : '}
                    {m.pairedWith}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{m.roleLabel}</Table.Td>
              <Table.Td>{formatDate(m.startDate)}</Table.Td>
              <Table.Td>
                {m.effectiveEnd ? formatDate(m.effectiveEnd) : 'sans fin'}
                {m.endReason && (
                  <Text size="xs" c="dimmed">
                    {endReasonLabels[m.endReason]}
                    {m.endNote ? ` — ${m.endNote}` : ''}
                  </Text>
                )}
                {m.renewedById !== null && (
                  <Text size="xs" c="teal">
                    Renouvelé
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs">{m.designatingAuthority ?? '—'}</Text>
                {m.designationReference && (
                  <Text size="xs" c="dimmed">
                    {m.designationReference}
                  </Text>
                )}
              </Table.Td>
              <Table.Td miw={110}>
                <MandateStatusBadge mandate={m} />
                {m.overCapacityJustification && (
                  <Tooltip label={m.overCapacityJustification} multiline w={300}>
                    <Text size="xs" c="orange">
                      Hors sièges (justifié)
                    </Text>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Actions sur le mandat de ${m.representativeName} (${m.instanceName})`}
                    >
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconEdit size={16} />} onClick={() => actions.openEdit(m)}>
                      Modifier
                    </Menu.Item>
                    {m.endedOn === null && m.status !== 'termine' && (
                      <Menu.Item
                        leftSection={<IconPlayerStop size={16} />}
                        onClick={() => actions.openEnd(m)}
                      >
                        Terminer
                      </Menu.Item>
                    )}
                    {m.renewedById === null && m.effectiveEnd !== null && (
                      <Menu.Item
                        leftSection={<IconRefresh size={16} />}
                        onClick={() => void actions.openRenew(m)}
                      >
                        Renouveler
                      </Menu.Item>
                    )}
                    {m.endedOn !== null && (
                      <Menu.Item
                        leftSection={<IconArrowBackUp size={16} />}
                        onClick={() => void actions.reopen(m)}
                      >
                        Annuler la fin du mandat
                      </Menu.Item>
                    )}
                    <Menu.Item leftSection={<IconHistory size={16} />} onClick={() => actions.openHistory(m)}>
                      Historique
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} />}
                      onClick={() => actions.confirmDelete(m)}
                    >
                      Supprimer
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
