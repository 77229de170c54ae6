import { plural } from '../../../shared/rules/plural';
import { Alert, Anchor, Button, Card, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatEuros } from '../../../shared/rules/format-fr';
import type { SepaPreview } from '../../../shared/types/claims';
import { call, notifyError } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { deliverFile } from '../../files';
import { formatDate, formatDateTime } from '../../format';
import { useLoad } from '../../hooks';
import { DateField } from '../../components/DateField';

function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function PaymentsPage() {
  const navigate = useNavigate();
  const list = useLoad(
    () => call('claims:list', { status: 'validee', sort: 'personne', direction: 'asc' }),
    [],
  );
  const batches = useLoad(() => call('payments:batches', {}), []);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [preview, setPreview] = useState<SepaPreview | null>(null);
  const [executionDate, setExecutionDate] = useState(inDays(1));
  const rows = list.data?.rows ?? [];

  useEffect(() => {
    setSelected(new Set(rows.map((r) => r.id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list.data]);

  useEffect(() => {
    if (selected.size === 0) {
      setPreview(null);
      return;
    }
    call('payments:preview', { claimIds: [...selected] }).then(setPreview, (e: unknown) => notifyError(e));
  }, [selected]);

  const toggle = (id: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const produce = () =>
    modals.openConfirmModal({
      title: 'Produire le fichier de virements ?',
      children: (
        <Text size="sm">
          {plural(preview?.included.length ?? 0, 'virement', 'virements')} pour{' '}
          {formatEuros(preview?.totalCents ?? 0)}, exécution le {formatDate(executionDate)}. Les notes
          incluses seront marquées payées par virement avec la référence du fichier. Déposez ensuite le
          fichier sur le site de votre banque.
          {preview && preview.excluded.length > 0
            ? ` ${plural(preview.excluded.length, 'note sans IBAN valide reste', 'notes sans IBAN valide restent')} à payer autrement.`
            : ''}
        </Text>
      ),
      labels: { confirm: 'Produire le fichier', cancel: 'Annuler' },
      onConfirm: async () => {
        try {
          const result = await call('payments:createSepa', { claimIds: [...selected], executionDate });
          await deliverFile(result.file);
          notifications.show({
            color: 'teal',
            title: 'Virements préparés',
            message: `${plural(result.batch.paymentCount, 'virement', 'virements')}, ${formatEuros(result.batch.totalCents)} — ${result.batch.messageId}`,
          });
          await list.reload();
          await batches.reload();
        } catch (e) {
          notifyError(e, 'Le fichier n’a pas été produit');
        }
      },
    });

  return (
    <>
      <PageHeader title="Paiements" />
      <Stack gap="lg" maw={1100}>
        <Text size="sm" c="dimmed">
          Les notes validées se paient en un seul fichier de virements SEPA (pain.001) à déposer sur le site
          de la banque, depuis le compte de l’association (Paramètres › Association). Une note peut aussi être
          marquée payée par chèque ou espèces depuis sa fiche.
        </Text>
        {rows.length === 0 && !list.loading ? (
          <EmptyState
            title="Aucune note validée à payer"
            actionLabel="Voir les notes à traiter"
            onAction={() => navigate('/frais?statut=a_traiter')}
          >
            Les notes apparaissent ici une fois validées par le trésorier.
          </EmptyState>
        ) : (
          <Card withBorder padding={0}>
            <Table verticalSpacing="xs" aria-label="Notes validées à payer">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label="Tout sélectionner"
                      checked={selected.size === rows.length && rows.length > 0}
                      indeterminate={selected.size > 0 && selected.size < rows.length}
                      onChange={(e) =>
                        setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())
                      }
                    />
                  </Table.Th>
                  <Table.Th>Numéro</Table.Th>
                  <Table.Th>Représentant</Table.Th>
                  <Table.Th ta="right">Montant</Table.Th>
                  <Table.Th>IBAN</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => {
                  const excluded = preview?.excluded.find((x) => x.claimId === r.id);
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={`Payer ${r.number ?? ''} (${r.personName})`}
                          checked={selected.has(r.id)}
                          onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Anchor size="sm" onClick={() => navigate(`/frais/${r.id}`)}>
                          {r.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{r.personName}</Table.Td>
                      <Table.Td ta="right">{formatEuros(r.totalCents)}</Table.Td>
                      <Table.Td>
                        {excluded ? (
                          <Text size="sm" c="red">
                            {excluded.reason}
                          </Text>
                        ) : r.hasIban ? (
                          'Oui'
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Card>
        )}
        {preview && (
          <Stack gap="sm">
            {preview.debtorProblem && <Alert color="red">{preview.debtorProblem}</Alert>}
            {preview.excluded.length > 0 && (
              <Alert color="orange" title="Laissées hors du fichier">
                {preview.excluded.map((x) => `${x.number ?? ''} ${x.personName} : ${x.reason}`).join(' · ')}
              </Alert>
            )}
            <Group align="end">
              <DateField
                label="Date d’exécution souhaitée"
                value={executionDate}
                onChange={setExecutionDate}
                w={220}
              />
              <Button
                leftSection={<IconFileExport size={16} />}
                disabled={preview.included.length === 0 || preview.debtorProblem !== null}
                onClick={produce}
              >
                Produire le fichier de {plural(preview.included.length, 'virement', 'virements')} —{' '}
                {formatEuros(preview.totalCents)}
              </Button>
            </Group>
          </Stack>
        )}
        <div>
          <Title order={3} size="h5" mb="xs">
            Fichiers de virements produits
          </Title>
          {(batches.data ?? []).length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun fichier pour l’instant.
            </Text>
          ) : (
            <Table verticalSpacing={4} aria-label="Fichiers de virements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Référence</Table.Th>
                  <Table.Th>Produit le</Table.Th>
                  <Table.Th>Exécution</Table.Th>
                  <Table.Th>Virements</Table.Th>
                  <Table.Th ta="right">Total</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(batches.data ?? []).map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>{b.messageId}</Table.Td>
                    <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                    <Table.Td>{formatDate(b.executionDate)}</Table.Td>
                    <Table.Td>{b.paymentCount}</Table.Td>
                    <Table.Td ta="right">{formatEuros(b.totalCents)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconDownload size={12} />}
                        onClick={() =>
                          void call('payments:downloadBatch', { id: b.id }).then(
                            (f) => deliverFile(f),
                            (e: unknown) => notifyError(e),
                          )
                        }
                      >
                        Télécharger
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
      </Stack>
    </>
  );
}
