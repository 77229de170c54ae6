/**
 * The dialog of the actions that need more than a confirmation: a reason, a signature date, a
 * payment. The page gives it a new key at each opening, so every field starts empty again.
 */
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { renunciationStatement } from '../../shared/rules/agreement';
import { futureDateMessage, localTodayIso as todayIso } from '../../shared/rules/dates';
import {
  paymentMethodLabels,
  paymentMethods,
  renunciationDateLabel,
  type PaymentMethod,
} from '../../shared/claims/schemas';
import type { Claim } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { DateField } from '../components/DateField';
import { formatDate } from '../format';
import type { ClaimDialog } from './ClaimActions';

const titles: Record<ClaimDialog, string> = {
  refuse: 'Refuser la note',
  cancel: 'Annuler la note',
  renounce: 'Enregistrer l’abandon de frais',
  pay: 'Marquer la note payée',
};
const confirmLabels: Record<ClaimDialog, string> = {
  refuse: 'Refuser la note',
  cancel: 'Annuler la note',
  renounce: 'Enregistrer l’abandon',
  pay: 'Marquer payée',
};

export function ClaimActionDialog(props: {
  claim: Claim;
  /** « Madame Jeanne Martin »: who signs the renunciation. */
  who: string;
  dialog: ClaimDialog | null;
  onClose: () => void;
  run: (action: () => Promise<Claim>, success: string) => Promise<boolean>;
  setClaim: (claim: Claim) => void;
}) {
  const { claim, who, dialog, onClose, run, setClaim } = props;
  const id = claim.id;
  const [reason, setReason] = useState('');
  // A renunciation is signed on a day already come: today, never the claim's last (future) expense.
  const [date, setDate] = useState(todayIso());
  const [method, setMethod] = useState<PaymentMethod>('virement');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
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
        setClaim(await call('claims:get', { id }));
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
    if (ok) onClose();
  };

  const withReason = dialog === 'refuse' || dialog === 'cancel';
  return (
    <Modal opened={dialog !== null} onClose={onClose} title={titles[dialog ?? 'pay']}>
      <Stack>
        {withReason && (
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
          <Button variant="default" onClick={onClose}>
            Fermer
          </Button>
          <Button color={withReason ? 'red' : undefined} onClick={() => void submit()}>
            {confirmLabels[dialog ?? 'pay']}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
