/** What the claim page says above the lines: what blocks the next step, and how the claim ended. */
import { Alert, Anchor } from '@mantine/core';
import { useNavigate } from 'react-router';
import { renunciationStatement } from '../../shared/rules/agreement';
import { paymentMethodLabels } from '../../shared/claims/schemas';
import type { Claim } from '../../shared/claims/types';
import { claimAllows } from '../../shared/claims/workflow';
import { formatDate } from '../format';

export function ClaimStatusNotes(props: { claim: Claim; who: string; missingReceipts: string | null }) {
  const { claim, who, missingReceipts } = props;
  const navigate = useNavigate();
  const s = claim.status;
  // The step the missing receipts hold back: the one the workflow offers next.
  const blockedStep = claimAllows(claim, 'submit')
    ? 'soumise'
    : claimAllows(claim, 'validate')
      ? 'validée'
      : null;
  return (
    <>
      {missingReceipts && blockedStep && (
        <Alert
          id="justificatifs-manquants"
          color="orange"
          title={`La note ne peut pas encore être ${blockedStep}`}
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
          {formatDate(claim.pendingTransfer.executionDate)}. La note sera payée quand le trésorier confirmera
          que la banque a accepté le fichier.{' '}
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
    </>
  );
}
