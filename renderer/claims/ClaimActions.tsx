/**
 * The claim page's action buttons: the actions the workflow rule allows for this claim
 * (shared/claims/workflow.ts), in the table's order, each with its confirmation or dialog.
 */
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCheck, IconEdit, IconSend, IconTrash, IconX } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { formatEuros } from '../../shared/rules/format-fr';
import type { Claim } from '../../shared/claims/types';
import { allowedClaimActions, type ClaimAction } from '../../shared/claims/workflow';
import { call, notifyError } from '../api';

/** The actions that open a dialog asking for a reason, a date or a payment. */
export type ClaimDialog = 'refuse' | 'cancel' | 'renounce' | 'pay';

export function ClaimActions(props: {
  claim: Claim;
  /** The sentence saying which receipts are missing, or null: submission and validation wait for them. */
  missingReceipts: string | null;
  run: (action: () => Promise<Claim>, success: string) => Promise<boolean>;
  openDialog: (dialog: ClaimDialog) => void;
}) {
  const { claim, missingReceipts, run, openDialog } = props;
  const id = claim.id;
  const navigate = useNavigate();
  const waitsForReceipts = {
    disabled: missingReceipts !== null,
    'aria-describedby': missingReceipts ? 'justificatifs-manquants' : undefined,
  };

  const confirm = (
    title: string,
    text: ReactNode,
    label: string,
    action: () => Promise<Claim>,
    success: string,
  ) =>
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{text}</Text>,
      labels: { confirm: label, cancel: 'Annuler' },
      onConfirm: () => void run(action, success),
    });

  const button = (action: ClaimAction, label: string): ReactNode => {
    switch (action) {
      case 'edit':
        return (
          <Button
            variant="default"
            leftSection={<IconEdit size={16} />}
            onClick={() => navigate(`/frais/${id}/modifier`)}
          >
            {label}
          </Button>
        );
      case 'delete':
        return (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() =>
              modals.openConfirmModal({
                title: 'Supprimer ce brouillon ?',
                children: (
                  <Text size="sm">
                    La note et ses lignes seront effacées. Elle n’a pas encore de numéro : rien d’autre n’est
                    perdu.
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
            {label}
          </Button>
        );
      case 'submit':
        return (
          <Button
            leftSection={<IconSend size={16} />}
            {...waitsForReceipts}
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
            {label}
          </Button>
        );
      case 'returnToDraft':
        return (
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
            {label}
          </Button>
        );
      case 'refuse':
        return (
          <Button
            color="red"
            variant="light"
            leftSection={<IconX size={16} />}
            onClick={() => openDialog('refuse')}
          >
            {label}
          </Button>
        );
      case 'validate':
        return (
          <Button
            leftSection={<IconCheck size={16} />}
            {...waitsForReceipts}
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
            {label}
          </Button>
        );
      case 'renounce':
        return (
          <Button variant="light" color="grape" onClick={() => openDialog('renounce')}>
            {label}
          </Button>
        );
      case 'cancel':
        return (
          <Button variant="light" color="red" onClick={() => openDialog('cancel')}>
            {label}
          </Button>
        );
      case 'markPaid':
        return <Button onClick={() => openDialog('pay')}>{label}</Button>;
    }
  };

  return (
    <>
      {allowedClaimActions(claim).map(({ action, label }) => (
        <Fragment key={action}>{button(action, label)}</Fragment>
      ))}
    </>
  );
}
