/** The reports written, searched and filtered (year, instance, person), fifty per page. */
import { Badge, Button, Card, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconLock, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PersonOption } from '../../shared/reports/types';
import { plural } from '../../shared/rules/plural';
import { call } from '../api';
import { EmptyState } from '../components/EmptyState';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { reportPath } from './links';
import { PersonPicker } from './PersonPicker';

const PAGE = 50;

export function yearOptions(today: Date = new Date()): { value: string; label: string }[] {
  const year = today.getFullYear();
  return Array.from({ length: 6 }, (_, i) => String(year - i)).map((y) => ({ value: y, label: y }));
}

export function ReportsList() {
  const [search, setSearch] = useState('');
  const [year, setYear] = useState<string | null>(null);
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [page, setPage] = useState(1);
  const { data: instances } = useLoad(() => call('meetings:instances', {}), []);
  const { data, loading } = useLoad(
    () =>
      call('reports:list', {
        search,
        year: year ? Number(year) : null,
        instanceId: instanceId ? Number(instanceId) : null,
        representativeId: person?.id ?? null,
        offset: (page - 1) * PAGE,
        limit: PAGE,
      }),
    [search, year, instanceId, person, page],
  );
  const filtered = search !== '' || year !== null || instanceId !== null || person !== null;
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Rechercher"
          placeholder="Nom, instance, mot du compte rendu…"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => reset(setSearch)(e.currentTarget.value)}
          w={280}
        />
        <Select
          label="Année"
          placeholder="Toutes"
          clearable
          data={yearOptions()}
          value={year}
          onChange={reset(setYear)}
          w={120}
        />
        <Select
          label="Instance"
          placeholder="Toutes"
          clearable
          searchable
          data={(instances ?? []).map((i) => ({
            value: String(i.id),
            label: `${i.name} — ${i.organisationName}`,
          }))}
          value={instanceId}
          onChange={reset(setInstanceId)}
          w={280}
        />
        <PersonPicker
          label="Personne"
          placeholder="Toutes"
          value={person}
          onChange={reset(setPerson)}
          w={220}
        />
      </Group>
      {data && data.total === 0 ? (
        filtered ? (
          <Text size="sm" c="dimmed">
            Aucun compte rendu ne correspond à ces critères.
          </Text>
        ) : (
          <EmptyState title="Aucun compte rendu pour l’instant">
            Après une réunion ou une séance, chaque personne présente rend compte de ce qu’elle a soulevé :
            ouvrez la réunion, puis « Rédiger le compte rendu » dans la carte « Comptes rendus de mandat ».
          </EmptyState>
        )
      ) : (
        <Card withBorder padding={0}>
          <Table striped highlightOnHover aria-label="Comptes rendus" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={100}>Réunion</Table.Th>
                <Table.Th>Instance ou action</Table.Th>
                <Table.Th>Personne</Table.Th>
                <Table.Th>Contenu</Table.Th>
                <Table.Th w={130}>Suivis</Table.Th>
                <Table.Th w={90} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.rows ?? []).map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDate(r.meeting.date)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.meeting.label}</Text>
                    <Text size="xs" c="dimmed">
                      {r.meeting.kind === 'seance' ? 'Séance' : r.meeting.organisationName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.personName}</Table.Td>
                  <Table.Td>
                    {r.confidential ? (
                      <Badge color="grape" variant="light" leftSection={<IconLock size={12} />}>
                        Confidentiel
                      </Badge>
                    ) : (
                      <Text size="sm" lineClamp={2}>
                        {r.excerpt ?? '—'}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.openFollowUps > 0 ? (
                      <Badge color="orange" variant="light">
                        {plural(r.openFollowUps, 'ouvert', 'ouverts')}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed">
                        Aucun ouvert
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      component={Link}
                      to={reportPath(r.meeting.id, r.representativeId)}
                      size="xs"
                      variant="default"
                      aria-label={`Ouvrir le compte rendu de ${r.personName} du ${formatDate(r.meeting.date)}`}
                    >
                      Ouvrir
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {data && data.total > PAGE && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {plural(data.total, 'compte rendu', 'comptes rendus')}
          </Text>
          <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
      {loading && !data && <Text size="sm">Chargement…</Text>}
    </Stack>
  );
}
