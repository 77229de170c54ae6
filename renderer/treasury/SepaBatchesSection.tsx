/**
 * The SEPA batches on the payments page: those « à transmettre » with what can be done to them
 * (save, confirm the bank accepted it, cancel it, withdraw one payee), then the history.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatEuros } from '../../shared/rules/format-fr';
import { sepaBatchStateLabels } from '../../shared/treasury/sepa-batches';
import type { SepaBatchPayee, SepaBatchSummary } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { saveFile } from '../files';
import { formatDate, formatDateTime } from '../format';
import { plural } from '../register/labels';

const stateColors = { a_transmettre: 'orange', confirmee: 'green', annulee: 'gray' } as const;

type ReasonDialog =
  | null
  | { kind: 'cancel'; batch: SepaBatchSummary }
  | {
      kind: 'withdraw';
      batch: SepaBatchSummary;
      payee: SepaBatchPayee;
    };

function save(id: number) {
  void call('payments:downloadBatch', { id }).then(
    (f) => saveFile(f),
    (e: unknown) => notifyError(e),
  );
}

/** Batches à transmettre, each with its payees and actions. */
export function PendingSepaBatches(props: { batches: SepaBatchSummary[]; onChanged: () => Promise<void> }) {
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<ReasonDialog>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const pending = props.batches.filter((b) => b.state === 'a_transmettre');

  const openReason = (d: NonNullable<ReasonDialog>) => {
    setReason('');
    setReasonError(null);
    setDialog(d);
  };

  const confirm = (b: SepaBatchSummary) =>
    modals.openConfirmModal({
      title: `La banque a-t-elle accepté le lot ${b.messageId} ?`,
      children: (
        <Text size="sm">
          {plural(b.paymentCount, 'virement', 'virements')} pour {formatEuros(b.totalCents)}. Les notes du lot
          seront marquées payées par virement le {formatDate(b.executionDate)} (date d’exécution), et le
          journal comptable enregistrera leur paiement. Confirmez seulement si la banque a accepté le fichier.
        </Text>
      ),
      labels: { confirm: 'Oui, la banque l’a accepté', cancel: 'Retour' },
      onConfirm: async () => {
        try {
          await call('payments:confirmBatch', { id: b.id });
          notifications.show({ color: 'teal', message: `Lot ${b.messageId} confirmé : notes payées.` });
          await props.onChanged();
        } catch (e) {
          notifyError(e, 'Le lot n’a pas été confirmé');
        }
      },
    });

  const submitReason = async () => {
    if (!dialog) return;
    if (reason.trim() === '') {
      setReasonError('Indiquez le motif');
      return;
    }
    try {
      if (dialog.kind === 'cancel') {
        await call('payments:cancelBatch', { id: dialog.batch.id, reason });
        notifications.show({
          color: 'teal',
          message: `Lot ${dialog.batch.messageId} annulé : ses notes sont de nouveau à payer.`,
        });
      } else {
        await call('payments:withdrawPayee', {
          batchId: dialog.batch.id,
          representativeId: dialog.payee.representativeId,
          reason,
        });
        notifications.show({
          color: 'orange',
          title: `${dialog.payee.personName} retiré du lot`,
          message: 'Le fichier a été refait sans ce virement : téléchargez la nouvelle version.',
        });
      }
      setDialog(null);
      await props.onChanged();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <>
      {pending.map((b) => {
        const active = b.payees.filter((p) => p.withdrawnAt === null);
        const withdrawn = b.payees.filter((p) => p.withdrawnAt !== null);
        return (
          <Card key={b.id} withBorder aria-label={`Lot ${b.messageId} à transmettre`}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Group gap="xs">
                  <Title order={3} size="h5">
                    Lot {b.messageId}
                  </Title>
                  <Badge color="orange" variant="light">
                    À transmettre
                  </Badge>
                </Group>
                <Group gap="xs">
                  <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => save(b.id)}>
                    Enregistrer le fichier
                  </Button>
                  <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => confirm(b)}>
                    La banque l’a accepté
                  </Button>
                  <Button
                    variant="light"
                    color="red"
                    leftSection={<IconX size={16} />}
                    onClick={() => openReason({ kind: 'cancel', batch: b })}
                  >
                    Annuler le lot
                  </Button>
                </Group>
              </Group>
              <Text size="sm">
                {plural(b.paymentCount, 'virement', 'virements')} pour {formatEuros(b.totalCents)}, exécution
                demandée le {formatDate(b.executionDate)}. Déposez le fichier sur le site de la banque, puis
                dites ici ce qu’elle en a fait : les notes ne sont payées qu’une fois le lot confirmé.
              </Text>
              {b.revision > 1 && b.revisedAt && (
                <Alert color="orange" title={`Fichier refait le ${formatDateTime(b.revisedAt)}`}>
                  Un bénéficiaire a été retiré : seul le fichier {b.fileName} est à jour. Si vous n’avez pas
                  encore déposé l’ancien fichier, déposez celui-ci. Si la banque a déjà accepté l’ancien
                  fichier, ne déposez rien de plus.
                </Alert>
              )}
              <Table verticalSpacing={4} aria-label={`Bénéficiaires du lot ${b.messageId}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Bénéficiaire</Table.Th>
                    <Table.Th>Notes</Table.Th>
                    <Table.Th ta="right">Montant</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {active.map((p) => (
                    <Table.Tr key={`${p.representativeId}`}>
                      <Table.Td>{p.personName}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          {p.claims.map((c) => (
                            <Anchor key={c.claimId} size="sm" onClick={() => navigate(`/frais/${c.claimId}`)}>
                              {c.number}
                            </Anchor>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{formatEuros(p.amountCents)}</Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          disabled={active.length === 1}
                          title={
                            active.length === 1 ? 'Dernier bénéficiaire : annulez le lot entier' : undefined
                          }
                          onClick={() => openReason({ kind: 'withdraw', batch: b, payee: p })}
                        >
                          Retirer du lot
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  {withdrawn.map((p) => (
                    <Table.Tr key={`${p.representativeId}-${p.withdrawnAt ?? ''}`} c="dimmed">
                      <Table.Td td="line-through">{p.personName}</Table.Td>
                      <Table.Td colSpan={3}>
                        Retiré du lot le {formatDateTime(p.withdrawnAt ?? '')} : {p.withdrawReason}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Card>
        );
      })}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog?.kind === 'cancel'
            ? `Annuler le lot ${dialog.batch.messageId} ?`
            : dialog
              ? `Retirer ${dialog.payee.personName} du lot ${dialog.batch.messageId} ?`
              : ''
        }
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submitReason();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">
              {dialog?.kind === 'cancel'
                ? 'Aucune note du lot ne sera payée : elles redeviennent « validées », à payer par un autre lot ou autrement. Ne déposez pas ce fichier à la banque.'
                : dialog
                  ? `${dialog.payee.claims.length > 1 ? `Ses ${dialog.payee.claims.length} notes redeviennent « validées »` : 'Sa note redevient « validée »'}, à payer autrement. Le fichier sera refait sans ce virement : téléchargez-le de nouveau avant de le déposer.`
                  : ''}
            </Text>
            <Textarea
              label="Motif"
              description="Gardé dans l’historique des notes"
              data-autofocus
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
              autosize
              minRows={2}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                Retour
              </Button>
              <Button type="submit" color="red">
                {dialog?.kind === 'cancel' ? 'Annuler le lot' : 'Retirer du lot'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Batches confirmed or cancelled (the latest ones). */
export function SepaBatchHistory(props: { batches: SepaBatchSummary[] }) {
  const history = props.batches.filter((b) => b.state !== 'a_transmettre');
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        Lots de virements traités
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun lot confirmé ou annulé pour l’instant.
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label="Lots de virements traités">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Référence</Table.Th>
              <Table.Th>Produit le</Table.Th>
              <Table.Th>Exécution</Table.Th>
              <Table.Th>Virements</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th>État</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{b.messageId}</Table.Td>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td>{formatDate(b.executionDate)}</Table.Td>
                <Table.Td>{b.paymentCount}</Table.Td>
                <Table.Td ta="right">{formatEuros(b.totalCents)}</Table.Td>
                <Table.Td>
                  <Badge color={stateColors[b.state]} variant="light" title={b.cancelReason ?? undefined}>
                    {sepaBatchStateLabels[b.state]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {b.state === 'confirmee' && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconDownload size={12} />}
                      onClick={() => save(b.id)}
                    >
                      Enregistrer
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
