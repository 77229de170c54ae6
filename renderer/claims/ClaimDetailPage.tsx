import { computationText } from '../../shared/rules/french-spacing';
import { renunciationStatement } from '../../shared/rules/agreement';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconEdit,
  IconFileTypePdf,
  IconPaperclip,
  IconSend,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { missingReceiptsSentence } from '../../shared/rules/claim-receipts';
import { formatEuros, formatKm } from '../../shared/rules/format-fr';
import { byAuthor } from '../../shared/rules/recorded-author';
import {
  claimStatusLabels,
  lineKindLabels,
  paymentMethodLabels,
  paymentMethods,
  transportModeLabels,
  type PaymentMethod,
} from '../../shared/claims/schemas';
import type { Claim, ClaimLine } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { offerFile, openFile } from '../files';
import { formatDate, formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { DateField } from '../components/DateField';
import { localTodayIso as todayIso, futureDateMessage } from '../../shared/rules/dates';
import { renunciationDateLabel } from '../../shared/claims/schemas';
import { StatusBadge } from './ui';

type Dialog = null | 'refuse' | 'cancel' | 'renounce' | 'pay';

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('lecture impossible'));
    reader.readAsDataURL(file);
  });
}

function lineTitle(l: ClaimLine): string {
  if (l.kind === 'transport' && l.transportMode) return transportModeLabels[l.transportMode];
  return lineKindLabels[l.kind];
}

export function ClaimDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data: claim, setData, loading } = useLoad(() => call('claims:get', { id }), [id]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(todayIso());
  const [method, setMethod] = useState<PaymentMethod>('virement');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [attachLine, setAttachLine] = useState<number | null>(null);

  if (loading && !claim) return <Loader aria-label="Chargement" />;
  if (!claim) return <Alert color="red">Cette note n’existe pas ou plus.</Alert>;
  // Said before any confirmation: the same rule the main process applies at submission.
  const missingReceipts = missingReceiptsSentence(
    claim.lines.map((l) => ({ ...l, receiptCount: l.receipts.length })),
  );

  const run = async (action: () => Promise<Claim>, success: string) => {
    try {
      const updated = await action();
      setData(updated);
      notifications.show({
        color: 'teal',
        title: success,
        message: `${updated.number ?? 'Note'} : ${claimStatusLabels[updated.status].toLowerCase()}`,
      });
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  };

  const confirm = (
    title: string,
    text: ReactNode,
    label: string,
    action: () => Promise<Claim>,
    success: string,
    color?: string,
  ) =>
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{text}</Text>,
      labels: { confirm: label, cancel: 'Annuler' },
      confirmProps: color ? { color } : undefined,
      onConfirm: () => void run(action, success),
    });

  const openDialog = (d: Dialog) => {
    setReason('');
    setReference('');
    setError(null);
    // A renunciation is signed on a day already come: today, never the claim's last (future) expense.
    setDate(todayIso());
    setDialog(d);
  };

  const submitDialog = async () => {
    if ((dialog === 'refuse' || dialog === 'cancel') && reason.trim() === '') {
      setError('Indiquez le motif');
      return;
    }
    let ok = false;
    if (dialog === 'refuse') ok = await run(() => call('claims:refuse', { id, reason }), 'Note refusée');
    if (dialog === 'cancel') ok = await run(() => call('claims:cancel', { id, reason }), 'Note annulée');
    if (dialog === 'renounce')
      ok = await run(() => call('claims:renounce', { id, signedOn: date }), 'Abandon de frais enregistré');
    if (dialog === 'pay') {
      try {
        await call('claims:markPaid', { ids: [id], paidOn: date, method, reference });
        setData(await call('claims:get', { id }));
        notifications.show({
          color: 'teal',
          title: 'Note payée',
          message: `${claim.number ?? ''} marquée payée le ${formatDate(date)}.`,
        });
        ok = true;
      } catch (e) {
        notifyError(e);
      }
    }
    if (ok) setDialog(null);
  };

  const attach = async (file: File | undefined) => {
    if (!file || attachLine === null) return;
    if (file.size > 10 * 1024 * 1024) {
      notifications.show({
        color: 'red',
        title: 'Fichier trop lourd',
        message: 'Le justificatif dépasse 10 Mo : numérisez-le en qualité moindre.',
      });
      return;
    }
    try {
      setData(
        await call('claims:attachReceipt', {
          lineId: attachLine,
          fileName: file.name,
          dataBase64: await readAsBase64(file),
        }),
      );
      notifications.show({ color: 'teal', title: 'Justificatif joint', message: file.name });
    } catch (e) {
      notifyError(e, 'Le justificatif n’a pas été joint');
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const s = claim.status;
  const who = `${claim.person.civility ? `${claim.person.civility} ` : ''}${claim.person.firstName} ${claim.person.lastName}`;

  return (
    <>
      <PageHeader
        title={`Note de frais ${claim.number ?? '(brouillon)'}`}
        back={{ to: '/frais', label: 'Notes de frais' }}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              onClick={() =>
                void call('claims:pdf', { id }).then(
                  (f) => offerFile(f, `État de frais ${claim.number ?? '(brouillon)'}`),
                  (e: unknown) => notifyError(e),
                )
              }
            >
              État de frais (PDF)
            </Button>
            {claim.editable && (
              <Button
                variant="default"
                leftSection={<IconEdit size={16} />}
                onClick={() => navigate(`/frais/${id}/modifier`)}
              >
                Modifier
              </Button>
            )}
            {s === 'brouillon' && claim.number === null && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() =>
                  modals.openConfirmModal({
                    title: 'Supprimer ce brouillon ?',
                    children: (
                      <Text size="sm">
                        La note et ses lignes seront effacées. Elle n’a pas encore de numéro : rien d’autre
                        n’est perdu.
                      </Text>
                    ),
                    labels: { confirm: 'Supprimer', cancel: 'Annuler' },
                    confirmProps: { color: 'red' },
                    onConfirm: () =>
                      void call('claims:delete', { id }).then(
                        () => navigate('/frais'),
                        (e: unknown) => notifyError(e),
                      ),
                  })
                }
              >
                Supprimer
              </Button>
            )}
            {s === 'brouillon' && (
              <Button
                leftSection={<IconSend size={16} />}
                disabled={missingReceipts !== null}
                aria-describedby={missingReceipts ? 'justificatifs-manquants' : undefined}
                onClick={() =>
                  confirm(
                    'Soumettre la note ?',
                    `La note recevra un numéro définitif (NF-année-numéro) et sera transmise au trésorier pour validation. Total actuel : ${formatEuros(claim.totalCents)}.`,
                    'Soumettre',
                    () => call('claims:submit', { id }),
                    'Note soumise',
                  )
                }
              >
                Soumettre
              </Button>
            )}
            {s === 'soumise' && (
              <>
                <Button
                  variant="default"
                  onClick={() =>
                    confirm(
                      'Remettre en brouillon ?',
                      'La note redevient modifiable par le représentant ; elle garde son numéro.',
                      'Remettre en brouillon',
                      () => call('claims:returnToDraft', { id }),
                      'Note remise en brouillon',
                    )
                  }
                >
                  Remettre en brouillon
                </Button>
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconX size={16} />}
                  onClick={() => openDialog('refuse')}
                >
                  Refuser
                </Button>
                <Button
                  leftSection={<IconCheck size={16} />}
                  disabled={missingReceipts !== null}
                  aria-describedby={missingReceipts ? 'justificatifs-manquants' : undefined}
                  onClick={() =>
                    confirm(
                      'Valider la note ?',
                      'Les montants seront recalculés à la suite des notes déjà validées de l’année, puis figés : la note ne pourra plus être modifiée, seulement annulée avec un motif.',
                      'Valider',
                      () => call('claims:validate', { id }),
                      'Note validée',
                    )
                  }
                >
                  Valider
                </Button>
              </>
            )}
            {(s === 'soumise' || (s === 'validee' && !claim.pendingTransfer)) && (
              <Button variant="light" color="grape" onClick={() => openDialog('renounce')}>
                Abandon de frais
              </Button>
            )}
            {s === 'validee' && !claim.pendingTransfer && (
              <>
                <Button variant="light" color="red" onClick={() => openDialog('cancel')}>
                  Annuler la note
                </Button>
                <Button onClick={() => openDialog('pay')}>Marquer payée</Button>
              </>
            )}
            {s === 'abandonnee' && claim.taxReceiptNumber === null && (
              <Button variant="light" color="red" onClick={() => openDialog('cancel')}>
                Annuler la note
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        <Group gap="xl" wrap="wrap">
          <StatusBadge status={s} />
          <Text size="sm">
            <b>{who}</b>
            {claim.title ? ` — ${claim.title}` : ''}
          </Text>
          <Text size="sm">
            Total : <b data-testid="total-note">{formatEuros(claim.totalCents)}</b>
          </Text>
          {!claim.person.iban && (
            <Badge color="orange" variant="light">
              IBAN manquant sur la fiche
            </Badge>
          )}
        </Group>
        {missingReceipts && (s === 'brouillon' || s === 'soumise') && (
          <Alert
            id="justificatifs-manquants"
            color="orange"
            title={
              s === 'brouillon'
                ? 'La note ne peut pas encore être soumise'
                : 'La note ne peut pas encore être validée'
            }
          >
            {missingReceipts} Utilisez « Joindre » sur la ligne.
          </Alert>
        )}
        {s === 'refusee' && (
          <Alert color="red" title="Note refusée">
            {claim.refusalReason}
          </Alert>
        )}
        {s === 'annulee' && (
          <Alert color="dark" title="Note annulée">
            {claim.cancelReason}
          </Alert>
        )}
        {s === 'validee' && claim.pendingTransfer && (
          <Alert color="orange" title="En cours de virement">
            Dans le lot {claim.pendingTransfer.messageId}, exécution demandée le{' '}
            {formatDate(claim.pendingTransfer.executionDate)}. La note sera payée quand le trésorier
            confirmera que la banque a accepté le fichier.{' '}
            <Anchor size="sm" onClick={() => navigate('/paiements')}>
              Voir le lot
            </Anchor>
          </Alert>
        )}
        {s === 'payee' && (
          <Alert color="green" title="Note payée">
            Le {formatDate(claim.paidOn)} par{' '}
            {claim.paymentMethod ? paymentMethodLabels[claim.paymentMethod].toLowerCase() : '—'}
            {claim.paymentReference ? ` (référence ${claim.paymentReference})` : ''}.
          </Alert>
        )}
        {s === 'abandonnee' && (
          <Alert color="grape" title="Abandon de frais">
            « {renunciationStatement(claim.person.civility, who)} » Signé le {formatDate(claim.renouncedOn)}.{' '}
            {claim.taxReceiptNumber
              ? `Reçu fiscal ${claim.taxReceiptNumber} émis.`
              : 'Reçu fiscal à émettre depuis « Reçus fiscaux ».'}
          </Alert>
        )}
        <Card withBorder padding={0}>
          <Table striped verticalSpacing="xs" aria-label="Lignes de la note">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={100}>Date</Table.Th>
                <Table.Th>Nature et objet</Table.Th>
                <Table.Th>Calcul</Table.Th>
                <Table.Th w={110} ta="right">
                  Montant
                </Table.Th>
                <Table.Th w={200}>Justificatifs</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {claim.lines.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      Aucune ligne : modifiez la note pour ajouter un trajet ou une dépense.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {claim.lines.map((l, index) => (
                <Table.Tr key={l.id} data-testid={`ligne-${index + 1}`}>
                  <Table.Td>{formatDate(l.date)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {lineTitle(l)}
                    </Text>
                    <Text size="sm">{l.purpose}</Text>
                    {l.kind === 'kilometrique' && (
                      <Text size="xs" c="dimmed">
                        {l.fromPlace} → {l.toPlace}
                        {l.distanceTenthKm !== null
                          ? l.roundTrip
                            ? `, ${formatKm(l.distanceTenthKm)} × 2 (aller-retour)`
                            : `, ${formatKm(l.distanceTenthKm)}`
                          : ''}
                        {l.vehicleDescription ? ` — ${l.vehicleDescription}` : ''}
                      </Text>
                    )}
                    {l.meetingLabel && (
                      <Text size="xs" c="dimmed">
                        Réunion : {l.meetingLabel}
                      </Text>
                    )}
                    {/* Plain text rather than badges: a warning must be read whole, even on a narrow screen. */}
                    {l.warnings.map((w) => (
                      <Text key={w} size="xs" fw={600} c="orange.8" mt={4}>
                        {w}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{computationText(l.explanation)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" fw={500}>
                      {formatEuros(l.amountCents)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {l.receipts.map((r) => (
                        <Group key={r.hash} gap={4} wrap="nowrap">
                          <Anchor
                            size="xs"
                            onClick={() =>
                              void call('claims:openReceipt', { lineId: l.id, hash: r.hash }).then(
                                (f) => openFile(f),
                                (e: unknown) => notifyError(e),
                              )
                            }
                          >
                            {r.originalName}
                          </Anchor>
                          {claim.editable && (
                            <Tooltip label="Retirer ce justificatif">
                              <ActionIcon
                                size="xs"
                                variant="subtle"
                                color="red"
                                aria-label={`Retirer ${r.originalName}`}
                                onClick={() =>
                                  void call('claims:detachReceipt', { lineId: l.id, hash: r.hash }).then(
                                    setData,
                                    (e: unknown) => notifyError(e),
                                  )
                                }
                              >
                                <IconTrash size={12} />
                              </ActionIcon>
                            </Tooltip>
                          )}
                        </Group>
                      ))}
                      {claim.editable && l.kind !== 'regularisation' && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconPaperclip size={12} />}
                          aria-label={`Joindre un justificatif à la ligne ${index + 1}`}
                          onClick={() => {
                            setAttachLine(l.id);
                            fileInput.current?.click();
                          }}
                        >
                          Joindre
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <input
          ref={fileInput}
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          hidden
          aria-label="Fichier du justificatif"
          onChange={(e) => void attach(e.currentTarget.files?.[0])}
        />
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            Historique
          </Title>
          <Stack gap={4}>
            {claim.events.map((e, i) => (
              <Text key={i} size="sm">
                {formatDateTime(e.at)} — {e.action} {byAuthor(e.actor)}
                {e.reason ? ` : « ${e.reason} »` : ''}
              </Text>
            ))}
          </Stack>
        </Card>
      </Stack>

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog === 'refuse'
            ? 'Refuser la note'
            : dialog === 'cancel'
              ? 'Annuler la note'
              : dialog === 'renounce'
                ? 'Enregistrer l’abandon de frais'
                : 'Marquer la note payée'
        }
      >
        <Stack>
          {(dialog === 'refuse' || dialog === 'cancel') && (
            <>
              <Text size="sm">
                {dialog === 'refuse'
                  ? 'La note restera numérotée et ses kilomètres ne compteront plus dans le cumul annuel de la personne.'
                  : 'La note validée sera annulée : elle garde son numéro, ses kilomètres sortent du cumul annuel, le motif est enregistré.'}
              </Text>
              <Textarea
                label="Motif"
                required
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={error}
                data-autofocus
              />
            </>
          )}
          {dialog === 'renounce' && (
            <>
              <Text size="sm">
                « {renunciationStatement(claim.person.civility, who)} » Conservez la renonciation signée avec
                les justificatifs ; un reçu fiscal pourra être émis.
              </Text>
              <DateField
                label="Date de signature de la renonciation"
                required
                maxDate={todayIso()}
                maxDateError={futureDateMessage(renunciationDateLabel, todayIso())}
                value={date}
                onChange={setDate}
                data-autofocus
              />
            </>
          )}
          {dialog === 'pay' && (
            <>
              <DateField label="Date du paiement" required value={date} onChange={setDate} data-autofocus />
              <Select
                label="Mode de paiement"
                allowDeselect={false}
                value={method}
                onChange={(v) => setMethod((v as PaymentMethod | null) ?? 'virement')}
                data={paymentMethods.map((m) => ({ value: m, label: paymentMethodLabels[m] }))}
              />
              <TextInput
                label="Référence (n° de chèque, de virement…)"
                value={reference}
                onChange={(e) => setReference(e.currentTarget.value)}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              Fermer
            </Button>
            <Button
              color={dialog === 'refuse' || dialog === 'cancel' ? 'red' : undefined}
              onClick={() => void submitDialog()}
            >
              {dialog === 'refuse'
                ? 'Refuser la note'
                : dialog === 'cancel'
                  ? 'Annuler la note'
                  : dialog === 'renounce'
                    ? 'Enregistrer l’abandon'
                    : 'Marquer payée'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
