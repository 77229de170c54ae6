import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatEuros } from '../../shared/rules/format-fr';
import type { ReceiptCandidate, TaxReceiptSummary } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { offerFile, saveFile } from '../files';
import { SendByMailButton } from '../mail/send-document';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { currentYear } from '../claims/ui';

export function TaxReceiptsPage() {
  // « À faire » links here with ?annee= (reçus to issue or to declare for that year).
  const [params] = useSearchParams();
  const [year, setYear] = useState(() => Number(params.get('annee')) || currentYear());
  const { data, reload } = useLoad(() => call('taxReceipts:year', { year }), [year]);
  const [cancelling, setCancelling] = useState<TaxReceiptSummary | null>(null);
  const [reason, setReason] = useState('');
  const [reissue, setReissue] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const pdf = (id: number) =>
    void call('taxReceipts:pdf', { id }).then(
      (f) => offerFile(f, 'Reçu fiscal'),
      (e: unknown) => notifyError(e),
    );

  const issue = (
    representativeId: number | undefined,
    name: string,
    totalCents: number,
    replaces: ReceiptCandidate['replaces'],
  ) =>
    modals.openConfirmModal({
      title: 'Émettre le reçu fiscal ?',
      children: (
        <Stack gap="xs">
          <Text size="sm">
            {representativeId === undefined ? 'Un reçu par donateur en attente' : `Un reçu pour ${name}`} (
            {formatEuros(totalCents + replaces.reduce((s, r) => s + r.amountCents, 0))}) recevra le prochain
            numéro de l’année {year}. Un reçu émis ne se modifie plus : une erreur se corrige par annulation
            et réémission, sous un nouveau numéro.
          </Text>
          {replaces.length > 0 && (
            <Text size="sm">
              Un seul reçu par personne et par année : {replaces.length > 1 ? 'les reçus' : 'le reçu'}{' '}
              <span style={{ whiteSpace: 'nowrap' }}>{replaces.map((r) => r.number).join(', ')}</span> déjà{' '}
              {replaces.length > 1 ? 'émis seront annulés et remplacés' : 'émis sera annulé et remplacé'} par
              un reçu regroupant toutes les notes abandonnées de l’année.
            </Text>
          )}
        </Stack>
      ),
      labels: { confirm: 'Émettre', cancel: 'Annuler' },
      onConfirm: async () => {
        try {
          const issued = await call('taxReceipts:issue', {
            year,
            ...(representativeId === undefined ? {} : { representativeId }),
          });
          notifications.show({
            color: 'teal',
            title: issued.length > 1 ? 'Reçus émis' : 'Reçu émis',
            message: issued.map((r) => r.number).join(', '),
          });
          await reload();
          const first = issued[0];
          if (issued.length === 1 && first) pdf(first.id);
        } catch (e) {
          notifyError(e);
        }
      },
    });

  const confirmCancel = async () => {
    if (!cancelling) return;
    if (reason.trim() === '') {
      setError('Indiquez le motif');
      return;
    }
    try {
      await call('taxReceipts:cancel', { id: cancelling.id, reason, reissue });
      notifications.show({
        color: 'teal',
        title: 'Reçu annulé',
        message: `${cancelling.number} est annulé${reissue ? ' et remplacé' : ''}.`,
      });
      setCancelling(null);
      await reload();
    } catch (e) {
      notifyError(e);
    }
  };

  const years = Array.from({ length: 6 }, (_, i) => String(currentYear() + 1 - i));

  return (
    <>
      <PageHeader
        title="Reçus fiscaux"
        actions={
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() =>
              void call('accounting:journal', { year }).then(
                (f) => saveFile(f),
                (e: unknown) => notifyError(e),
              )
            }
          >
            Journal comptable {year} (CSV)
          </Button>
        }
      />
      <Stack gap="lg" maw={1100}>
        <Group align="end">
          <Select
            label="Année"
            w={120}
            allowDeselect={false}
            value={String(year)}
            onChange={(v) => setYear(Number(v))}
            data={years}
          />
          <Text size="sm" c="dimmed" maw={640}>
            Abandon de frais : le bénévole renonce au remboursement d’une note justifiée ; l’association émet
            un reçu (cerfa n° 11580*05)
            {data?.grouping === 'par_note'
              ? ' par note'
              : ' par personne et par année, regroupant ses notes abandonnées'}
            .
          </Text>
        </Group>
        {data && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Card withBorder>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Reçus émis en {year}
              </Text>
              <Text size="xl" fw={600} data-testid="nombre-recus">
                {data.summary.count}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Montant total des reçus
              </Text>
              <Text size="xl" fw={600} data-testid="total-recus">
                {formatEuros(data.summary.totalCents)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Reçus annulés
              </Text>
              <Text size="xl" fw={600}>
                {data.summary.cancelledCount}
              </Text>
            </Card>
          </SimpleGrid>
        )}
        <div>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              Abandons en attente de reçu
            </Title>
            {data && data.candidates.length > 1 && (
              <Button
                size="xs"
                onClick={() =>
                  issue(
                    undefined,
                    '',
                    data.candidates.reduce((s, c) => s + c.totalCents, 0),
                    data.candidates.flatMap((c) => c.replaces),
                  )
                }
              >
                Émettre tous les reçus
              </Button>
            )}
          </Group>
          {data && data.candidates.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucune note abandonnée en {year} n’attend de reçu.
            </Text>
          ) : (
            <Table verticalSpacing={4} aria-label="Abandons en attente de reçu">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Donateur</Table.Th>
                  <Table.Th>Notes (renonciation signée le)</Table.Th>
                  <Table.Th ta="right">Montant</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(data?.candidates ?? []).map((c) => (
                  <Table.Tr key={c.representativeId}>
                    <Table.Td>{c.personName}</Table.Td>
                    <Table.Td>
                      {c.claims.map((x) => `${x.number ?? '—'} (${formatDate(x.renouncedOn)})`).join(', ')}
                      {c.replaces.length > 0 && (
                        <Text size="xs" c="dimmed">
                          Avec {c.replaces.length > 1 ? 'les notes des reçus' : 'les notes du reçu'}{' '}
                          {c.replaces.map((r) => r.number).join(', ')}, réémis en un seul reçu
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatEuros(c.totalCents)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        onClick={() => issue(c.representativeId, c.personName, c.totalCents, c.replaces)}
                        aria-label={`Émettre le reçu de ${c.personName}`}
                      >
                        Émettre le reçu
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            Reçus de l’année {year}
          </Title>
          {data && data.receipts.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun reçu émis pour {year}.
            </Text>
          ) : (
            <Table verticalSpacing={4} aria-label="Reçus fiscaux émis">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Numéro</Table.Th>
                  <Table.Th>Donateur</Table.Th>
                  <Table.Th>Notes</Table.Th>
                  <Table.Th>Émis le</Table.Th>
                  <Table.Th ta="right">Montant</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(data?.receipts ?? []).map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {r.number}{' '}
                      {r.cancelled && (
                        <Badge color="dark" variant="light" size="sm">
                          Annulé{r.replacedByNumber ? ` → ${r.replacedByNumber}` : ''}
                        </Badge>
                      )}
                      {r.replacesNumber && (
                        <Text size="xs" c="dimmed">
                          remplace {r.replacesNumber}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{r.donorName}</Table.Td>
                    <Table.Td>{r.claimNumbers.join(', ')}</Table.Td>
                    <Table.Td>{formatDate(r.issuedOn)}</Table.Td>
                    <Table.Td ta="right">{formatEuros(r.amountCents)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconFileTypePdf size={12} />}
                          onClick={() => pdf(r.id)}
                          aria-label={`PDF du reçu ${r.number}`}
                        >
                          PDF
                        </Button>
                        {!r.cancelled && (
                          <SendByMailButton
                            compact
                            input={{ kind: 'recuFiscal', id: r.id }}
                            what={`Reçu fiscal ${r.number}`}
                            personName={r.donorName}
                          />
                        )}
                        {!r.cancelled && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => {
                              setReason('');
                              setReissue(true);
                              setError(null);
                              setCancelling(r);
                            }}
                          >
                            Annuler…
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
      </Stack>
      <Modal
        opened={cancelling !== null}
        onClose={() => setCancelling(null)}
        title={`Annuler le reçu ${cancelling?.number ?? ''}`}
      >
        <Stack>
          <Text size="sm">
            Le reçu restera dans la liste, marqué annulé, avec son motif ; son numéro ne sera jamais
            réutilisé. Pour corriger une erreur (adresse, nom), réémettez-le : un nouveau reçu sera émis sous
            le prochain numéro.
          </Text>
          <Textarea
            label="Motif de l’annulation"
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Checkbox
            label="Émettre aussitôt un reçu de remplacement"
            checked={reissue}
            onChange={(e) => setReissue(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCancelling(null)}>
              Fermer
            </Button>
            <Button color="red" onClick={() => void confirmCancel()}>
              {reissue ? 'Annuler et réémettre' : 'Annuler le reçu'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
