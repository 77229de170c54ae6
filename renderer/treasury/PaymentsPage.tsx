import { Alert, Anchor, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconFileExport } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatEuros } from '../../shared/rules/format-fr';
import type { SepaPreview } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { saveFile } from '../files';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { DateField } from '../components/DateField';
import { plural } from '../../shared/rules/plural';
import { PendingSepaBatches, SepaBatchHistory } from './SepaBatchesSection';
import { addDays, localTodayIso } from '../../shared/rules/dates';

const inDays = (days: number): string => addDays(localTodayIso(), days);

export function PaymentsPage() {
  const navigate = useNavigate();
  const list = useLoad(
    () => call('claims:list', { status: 'a_payer', sort: 'personne', direction: 'asc' }),
    [],
  );
  const batches = useLoad(() => call('payments:batches', {}), []);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  /** What each listed claim would give in a file: who can be paid, who cannot and why. */
  const [preview, setPreview] = useState<SepaPreview | null>(null);
  const [executionDate, setExecutionDate] = useState(inDays(1));
  const rows = list.data?.rows ?? [];

  useEffect(() => {
    const ids = (list.data?.rows ?? []).map((r) => r.id);
    if (ids.length === 0) {
      setPreview(null);
      setSelected(new Set());
      return;
    }
    call('payments:preview', { claimIds: ids }).then(
      (p) => {
        setPreview(p);
        // Only the payable claims are ticked: a claim without a valid IBAN cannot be in the file.
        setSelected(new Set(p.included.map((i) => i.claimId)));
      },
      (e: unknown) => notifyError(e),
    );
  }, [list.data]);

  const payable = useMemo(() => new Set(preview?.included.map((i) => i.claimId) ?? []), [preview]);
  const chosen = (preview?.included ?? []).filter((i) => selected.has(i.claimId));
  const chosenCents = chosen.reduce((s, i) => s + i.amountCents, 0);

  const toggle = (id: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const reload = async () => {
    await list.reload();
    await batches.reload();
  };

  const produce = () =>
    modals.openConfirmModal({
      title: 'Produire le fichier de virements ?',
      children: (
        <Text size="sm">
          {plural(chosen.length, 'virement', 'virements')} pour {formatEuros(chosenCents)}, exécution le{' '}
          {formatDate(executionDate)}. Déposez ensuite le fichier sur le site de votre banque : les notes
          restent « validées », en cours de virement, jusqu’à ce que vous confirmiez ici que la banque a
          accepté le fichier.
        </Text>
      ),
      labels: { confirm: 'Produire le fichier', cancel: 'Annuler' },
      onConfirm: async () => {
        try {
          const result = await call('payments:createSepa', {
            claimIds: chosen.map((i) => i.claimId),
            executionDate,
          });
          await saveFile(result.file);
          notifications.show({
            color: 'teal',
            title: `Lot ${result.batch.messageId} à transmettre`,
            message: `${plural(result.batch.paymentCount, 'virement', 'virements')}, ${formatEuros(result.batch.totalCents)}. Déposez le fichier à la banque, puis confirmez ici.`,
          });
          await reload();
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
        <PendingSepaBatches batches={batches.data ?? []} onChanged={reload} />
        {rows.length === 0 && !list.loading ? (
          <EmptyState
            title="Aucune note validée à payer"
            actionLabel="Voir les notes à traiter"
            onAction={() => navigate('/frais?statut=a_traiter')}
          >
            Les notes apparaissent ici une fois validées par le trésorier (sauf celles déjà dans un lot de
            virements).
          </EmptyState>
        ) : (
          <Card withBorder padding={0}>
            <Table verticalSpacing="xs" aria-label="Notes validées à payer">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label="Tout sélectionner"
                      checked={selected.size === payable.size && payable.size > 0}
                      indeterminate={selected.size > 0 && selected.size < payable.size}
                      disabled={payable.size === 0}
                      onChange={(e) => setSelected(e.currentTarget.checked ? new Set(payable) : new Set())}
                    />
                  </Table.Th>
                  <Table.Th>Numéro</Table.Th>
                  <Table.Th>Représentant</Table.Th>
                  <Table.Th ta="right">Montant</Table.Th>
                  <Table.Th>Virement</Table.Th>
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
                          disabled={!payable.has(r.id)}
                          onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor size="sm" onClick={() => navigate(`/frais/${r.id}`)}>
                          {r.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{r.personName}</Table.Td>
                      <Table.Td ta="right">{formatEuros(r.totalCents)}</Table.Td>
                      <Table.Td>
                        {excluded ? (
                          <Group gap="xs" wrap="wrap">
                            <Text size="sm" c="red">
                              Impossible : {excluded.reason}
                            </Text>
                            <Anchor
                              size="sm"
                              onClick={() => navigate(`/representants/${excluded.representativeId}/modifier`)}
                            >
                              {/IBAN|BIC/.test(excluded.reason) ? 'Compléter l’IBAN' : 'Corriger la fiche'}
                            </Anchor>
                          </Group>
                        ) : preview ? (
                          'Possible'
                        ) : (
                          '…'
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
            <Group align="end">
              <DateField
                label="Date d’exécution souhaitée"
                value={executionDate}
                onChange={setExecutionDate}
                w={220}
              />
              <Button
                leftSection={<IconFileExport size={16} />}
                disabled={chosen.length === 0 || preview.debtorProblem !== null}
                onClick={produce}
              >
                {chosen.length === 0
                  ? 'Cochez les notes à virer'
                  : `Produire le fichier de ${plural(chosen.length, 'virement', 'virements')} — ${formatEuros(chosenCents)}`}
              </Button>
            </Group>
          </Stack>
        )}
        <SepaBatchHistory batches={batches.data ?? []} />
      </Stack>
    </>
  );
}
