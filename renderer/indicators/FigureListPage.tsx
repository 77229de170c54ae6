import { Alert, Anchor, Group, Loader, Pagination, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { figureIds, figureDef, type FigureId } from '../../shared/indicators/catalogue';
import { plural } from '../../shared/rules/plural';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { readParams, writeParams } from './dashboard-params';

const PAGE = 50;
const isFigureId = (id: string | undefined): id is FigureId => figureIds.some((f) => f === id);

/** The list behind one figure of the dashboard, for the same period and scope. */
export function FigureListPage() {
  const { figure } = useParams();
  const [params] = useSearchParams();
  const value = readParams(params);
  const [page, setPage] = useState(1);
  const known = isFigureId(figure);
  const { data, loading } = useLoad(
    () =>
      known
        ? call('indicators:details', { figure, ...value, offset: (page - 1) * PAGE, limit: PAGE })
        : Promise.resolve(null),
    [figure, params.toString(), page],
  );
  const back = {
    to: `/tableau-de-bord?${new URLSearchParams(writeParams(value)).toString()}`,
    label: 'Tableau de bord',
  };
  if (!known) return <Alert color="red">Cet indicateur n’existe pas.</Alert>;
  const def = figureDef(figure);
  const period =
    value.period.kind === 'annee'
      ? String(value.period.year)
      : `du ${formatDate(value.period.from)} au ${formatDate(value.period.to)}`;

  return (
    <>
      <PageHeader title={`${def.label} — ${period}`} back={back} />
      <Text size="sm" c="dimmed" maw={900} mb="md" mt={-8}>
        {def.definition}
      </Text>
      {!data && loading && <Loader aria-label="Chargement" />}
      {data && data.total === 0 && (
        <EmptyState title="Rien à lister">
          Aucune ligne ne compte dans ce chiffre pour cette période et ce périmètre.
        </EmptyState>
      )}
      {data && data.total > 0 && (
        <>
          <Text size="sm" mb="xs">
            {plural(data.total, 'ligne', 'lignes')}
          </Text>
          <Table striped highlightOnHover maw={1100} data-testid="liste-indicateur">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nom</Table.Th>
                <Table.Th>Détail</Table.Th>
                <Table.Th>Date</Table.Th>
                <Table.Th>Chiffre</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.lines.map((line) => (
                <Table.Tr key={`${line.id}-${line.link}`}>
                  <Table.Td>
                    <Anchor component={Link} to={line.link} size="sm">
                      {line.label}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.detail ?? ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.date ? formatDate(line.date) : ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.value ?? ''}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.total > PAGE && (
            <Group mt="md">
              <Pagination
                total={Math.ceil(data.total / PAGE)}
                value={page}
                onChange={setPage}
                aria-label="Pages"
              />
            </Group>
          )}
        </>
      )}
    </>
  );
}
