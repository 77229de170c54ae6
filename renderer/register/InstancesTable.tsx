import { Badge, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { InstanceSummary } from '../../shared/register/types';

/** A short table of instances (on an organisation's page), each row opening the instance. */
export function InstancesTable(props: { rows: InstanceSummary[] }) {
  const navigate = useNavigate();
  return (
    <Table highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Instance</Table.Th>
          <Table.Th>Type</Table.Th>
          <Table.Th>Titulaires</Table.Th>
          <Table.Th>Suppléants</Table.Th>
          <Table.Th>Sièges vacants</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((i) => (
          <Table.Tr
            key={i.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            onClick={() => navigate(`/instances/${i.id}`)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') navigate(`/instances/${i.id}`);
            }}
          >
            <Table.Td>
              <Text size="sm" fw={500}>
                {i.name}{' '}
                {i.archived && (
                  <Badge color="gray" variant="light" ml={6}>
                    Archivée
                  </Badge>
                )}
              </Text>
            </Table.Td>
            <Table.Td>{i.typeLabel}</Table.Td>
            <Table.Td>
              {i.activeTitulaires} / {i.seatsTitulaire}
            </Table.Td>
            <Table.Td>
              {i.activeSuppleants} / {i.seatsSuppleant}
            </Table.Td>
            <Table.Td>
              {i.vacantSeats > 0 ? (
                <Badge color="orange" variant="light">
                  {i.vacantSeats}
                </Badge>
              ) : (
                '—'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
