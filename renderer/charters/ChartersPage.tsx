import { plural } from '../../shared/rules/plural';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconEdit,
  IconEye,
  IconFileTypePdf,
  IconPaperclip,
  IconPlus,
  IconSearch,
  IconSignature,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  charterStatusLabels,
  signatureMethodLabels,
  type CharterStatus,
} from '../../shared/charters/schemas';
import type { CharterStatusRow } from '../../shared/charters/types';
import { call, notifyError } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ExportMenu } from '../components/ExportMenu';
import { PageHeader } from '../components/PageHeader';
import { VirtualTable, type Column } from '../components/VirtualTable';
import { offerFile, openFile } from '../files';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { SignatureModal } from './SignatureModal';

type Filter = CharterStatus | 'tous';

const statusColor: Record<CharterStatus, string> = {
  a_jour: 'teal',
  a_resigner: 'orange',
  jamais_signee: 'red',
  sans_charte: 'gray',
};

async function charter(representativeId: number, personName: string) {
  try {
    offerFile(await call('charters:pdf', { representativeId }), `Charte de ${personName}`);
  } catch (error) {
    notifyError(error, 'Le document n’a pas pu être produit');
  }
}

async function signedScan(signatureId: number) {
  try {
    await openFile(await call('charters:signatureFile', { id: signatureId }));
  } catch (error) {
    notifyError(error, 'Le document n’a pas pu être ouvert');
  }
}

export function ChartersPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 120);
  const filter = (params.get('statut') as Filter | null) ?? 'tous';
  const [signing, setSigning] = useState<{ id: number; name: string } | null>(null);
  const versions = useLoad(() => call('charters:versions', {}), []);
  const statuses = useLoad(
    () => call('charters:statuses', { search: debounced, status: filter }),
    [debounced, filter],
  );
  const counts = statuses.data?.counts;
  const rows = statuses.data?.rows ?? [];
  const versionList = versions.data ?? [];
  const noCharter = !versions.loading && versionList.length === 0;

  const columns: Column<CharterStatusRow, 'nom'>[] = [
    {
      key: 'nom',
      label: 'Représentant',
      width: 'minmax(170px, 1.3fr)',
      sortKey: 'nom',
      render: (r) => (
        <Text size="sm" fw={500} truncate>
          {r.lastName.toUpperCase()} {r.firstName}
        </Text>
      ),
    },
    {
      key: 'statut',
      label: 'Statut',
      width: 'minmax(300px, 2.2fr)',
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Badge color={statusColor[r.status]} variant="light" style={{ flexShrink: 0 }}>
            {charterStatusLabels[r.status]}
          </Badge>
          {r.reason && (
            <Text size="xs" c="dimmed" truncate>
              {r.reason}
            </Text>
          )}
        </Group>
      ),
    },
    {
      key: 'signature',
      label: 'Dernière signature',
      width: 'minmax(220px, 1.4fr)',
      render: (r) =>
        r.lastSignature ? (
          <Text size="sm" truncate>
            v{r.lastSignature.version} · {formatDate(r.lastSignature.signedOn)} ·{' '}
            {signatureMethodLabels[r.lastSignature.method].toLowerCase()}
          </Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      label: 'Actions',
      width: '190px',
      render: (r) => (
        <Group
          gap={4}
          wrap="nowrap"
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
        >
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconSignature size={14} />}
            disabled={noCharter}
            onClick={() => setSigning({ id: r.representativeId, name: r.personName })}
            aria-label={`Enregistrer une signature de ${r.personName}`}
          >
            Signature
          </Button>
          <Tooltip label="Charte à signer (PDF)">
            <ActionIcon
              variant="subtle"
              aria-label={`Charte de ${r.personName} en PDF`}
              disabled={noCharter}
              onClick={() => void charter(r.representativeId, r.personName)}
            >
              <IconFileTypePdf size={16} />
            </ActionIcon>
          </Tooltip>
          {r.lastSignature?.fileHash && (
            <Tooltip label="Document signé numérisé">
              <ActionIcon
                variant="subtle"
                aria-label={`Document signé de ${r.personName}`}
                onClick={() => void signedScan(r.lastSignature?.id ?? 0)}
              >
                <IconPaperclip size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ),
    },
  ];

  const label = (s: Filter, text: string) => ({
    value: s,
    label: counts && s !== 'tous' ? `${text} (${counts[s]})` : text,
  });

  return (
    <>
      <PageHeader
        title="Charte d’engagement"
        actions={
          <>
            <ExportMenu kind="signatures" label="Exporter les signatures" />
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate('/chartes/versions/nouvelle')}
            >
              Nouvelle version
            </Button>
          </>
        }
      />
      {noCharter ? (
        <EmptyState
          title="Aucune charte publiée"
          actionLabel="Rédiger la charte"
          onAction={() => navigate('/chartes/versions/nouvelle')}
        >
          La charte d’engagement rassemble les valeurs et les devoirs des représentants (confidentialité,
          compte rendu…). Chaque représentant signe la version en vigueur ; une nouvelle version ou un nouveau
          mandat demande une nouvelle signature.
        </EmptyState>
      ) : (
        <>
          <Card withBorder mb="lg">
            <Title order={3} size="h5" mb="xs">
              Versions
            </Title>
            <Table aria-label="Versions de la charte">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Titre</Table.Th>
                  <Table.Th>En vigueur le</Table.Th>
                  <Table.Th>Signatures</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versionList.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {v.version}
                        </Text>
                        {v.isLatest && (
                          <Badge size="sm" color="teal" variant="light">
                            En vigueur
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{v.title}</Table.Td>
                    <Table.Td>{formatDate(v.effectiveDate)}</Table.Td>
                    <Table.Td>{v.signatureCount}</Table.Td>
                    <Table.Td>
                      <Group justify="flex-end">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={v.editable ? <IconEdit size={14} /> : <IconEye size={14} />}
                          onClick={() => navigate(`/chartes/versions/${v.id}`)}
                          aria-label={`${v.editable ? 'Modifier' : 'Consulter'} la version ${v.version}`}
                        >
                          {v.editable ? 'Modifier' : 'Consulter'}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Title order={3} size="h5" mb="xs">
            Signatures des représentants actifs
          </Title>
          <Group mb="md" gap="md" wrap="wrap" align="end">
            <TextInput
              label="Rechercher"
              placeholder="Nom, prénom…"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={260}
            />
            <SegmentedControl
              aria-label="Statut"
              value={filter}
              onChange={(v) => {
                const next = new URLSearchParams(params);
                next.set('statut', v);
                setParams(next, { replace: true });
              }}
              data={[
                label('tous', 'Tous'),
                label('a_jour', 'À jour'),
                label('a_resigner', 'À re-signer'),
                label('jamais_signee', 'Jamais signée'),
              ]}
            />
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="compte-chartes">
              {plural(rows.length, 'représentant', 'représentants')}
            </Text>
          </Group>
          {rows.length === 0 && !statuses.loading ? (
            <EmptyState title="Personne dans cette catégorie">
              Aucun représentant actif ne correspond à ce filtre.
            </EmptyState>
          ) : (
            <VirtualTable
              label="Statut de la charte par représentant"
              rows={rows}
              columns={columns}
              rowKey={(r) => r.representativeId}
              onOpen={(r) => navigate(`/representants/${r.representativeId}`)}
              sort="nom"
              direction="asc"
              onSort={() => undefined}
              height="calc(100vh - 480px)"
            />
          )}
        </>
      )}
      <SignatureModal
        person={signing}
        versions={versionList}
        onClose={() => setSigning(null)}
        onSaved={() => {
          void statuses.reload();
          void versions.reload();
        }}
      />
    </>
  );
}
