/**
 * The life of a note de frais: its statuses, the actions that move it, and when each is allowed.
 *
 * brouillon → soumise → validée → payée, or refusée (from soumise), abandonnée (the volunteer gives
 * the expense as a gift, from soumise or validée) and annulée (from validée or abandonnée). The
 * main process refuses any action this table does not allow, and the claim page shows the buttons
 * it allows: one rule, asked by both sides.
 */
import { claimStatusLabels, type ClaimStatus } from './schemas';

/** Claims whose lines count in a person's yearly mileage (refused and cancelled ones do not). */
export const COUNTED_STATUSES = ['brouillon', 'soumise', 'validee', 'payee', 'abandonnee'] as const;
/** Claims whose amounts no longer move. */
export const FROZEN_STATUSES = ['validee', 'payee', 'abandonnee'] as const;
/** Claims whose lines still follow the year's policy and can be edited. */
export const OPEN_STATUSES = ['brouillon', 'soumise'] as const;

export const isCountedStatus = (status: ClaimStatus): boolean =>
  (COUNTED_STATUSES as readonly ClaimStatus[]).includes(status);

export const claimActions = [
  'edit',
  'delete',
  'submit',
  'returnToDraft',
  'refuse',
  'validate',
  'renounce',
  'cancel',
  'markPaid',
] as const;
export type ClaimAction = (typeof claimActions)[number];

/** What decides whether an action is allowed: the claim as the detail page already has it. */
export interface ClaimFacts {
  id?: number;
  status: ClaimStatus;
  number: string | null;
  /** The SEPA batch à transmettre holding the claim: until the bank answers, it may not be paid twice. */
  pendingTransfer: { messageId: string } | null;
  /** The active reçu fiscal covering the claim: it must be cancelled before the claim. */
  taxReceiptNumber: string | null;
}

interface Transition {
  /** The button's French label. */
  label: string;
  from: readonly ClaimStatus[];
  /** Status reached; null when the claim keeps its status (edit) or disappears (delete). */
  to: ClaimStatus | null;
  /** Only a claim that never received a number (delete: numbers are never reused nor lost). */
  neverNumbered?: true;
  /** Refused while the claim waits in a SEPA batch; the words follow « Impossible ». */
  blockedByTransfer?: string;
  /** Refused while an active reçu fiscal covers the claim. */
  blockedByTaxReceipt?: true;
  /** The sentence saying why the claim's status does not allow the action. */
  wrongStatus: (facts: ClaimFacts) => string;
}

const statusWord = (status: ClaimStatus): string => claimStatusLabels[status].toLowerCase();
/** `what` carries its preposition, elided where French wants it: « de soumettre », « d’annuler ». */
const impossible = (what: string) => (f: ClaimFacts) =>
  `Impossible ${what} une note ${statusWord(f.status)}.`;

export const claimTransitions: Record<ClaimAction, Transition> = {
  edit: {
    label: 'Modifier',
    from: OPEN_STATUSES,
    to: null,
    wrongStatus: (f) => `Une note ${statusWord(f.status)} ne se modifie plus.`,
  },
  delete: {
    label: 'Supprimer',
    from: ['brouillon'],
    to: null,
    neverNumbered: true,
    wrongStatus: () =>
      'Seule une note en brouillon jamais soumise peut être supprimée ; une note numérotée se refuse ou s’annule.',
  },
  submit: { label: 'Soumettre', from: ['brouillon'], to: 'soumise', wrongStatus: impossible('de soumettre') },
  returnToDraft: {
    label: 'Remettre en brouillon',
    from: ['soumise'],
    to: 'brouillon',
    wrongStatus: impossible('de remettre en brouillon'),
  },
  refuse: { label: 'Refuser', from: ['soumise'], to: 'refusee', wrongStatus: impossible('de refuser') },
  validate: { label: 'Valider', from: ['soumise'], to: 'validee', wrongStatus: impossible('de valider') },
  renounce: {
    label: 'Abandon de frais',
    from: ['soumise', 'validee'],
    to: 'abandonnee',
    blockedByTransfer: 'd’enregistrer l’abandon de frais de',
    wrongStatus: (f) => `Impossible d’enregistrer l’abandon de frais d’une note ${statusWord(f.status)}.`,
  },
  cancel: {
    label: 'Annuler la note',
    from: ['validee', 'abandonnee'],
    to: 'annulee',
    blockedByTransfer: 'd’annuler',
    blockedByTaxReceipt: true,
    wrongStatus: impossible('d’annuler'),
  },
  markPaid: {
    label: 'Marquer payée',
    from: ['validee'],
    to: 'payee',
    blockedByTransfer: 'de marquer payée',
    wrongStatus: (f) =>
      `La note ${f.number ?? f.id ?? ''} n’est pas validée (${statusWord(f.status)}) : elle ne peut pas être payée.`,
  },
};

/** Why the claim does not allow this action, in French; null when it does. */
export function claimActionRefusal(action: ClaimAction, facts: ClaimFacts): string | null {
  const t = claimTransitions[action];
  if (!t.from.includes(facts.status) || (t.neverNumbered && facts.number !== null))
    return t.wrongStatus(facts);
  if (t.blockedByTransfer && facts.pendingTransfer) {
    return `Impossible ${t.blockedByTransfer} la note ${facts.number ?? facts.id ?? ''} : elle est dans le lot de virements ${facts.pendingTransfer.messageId} à transmettre. Retirez-la du lot ou annulez le lot (Paiements) d’abord.`;
  }
  if (t.blockedByTaxReceipt && facts.taxReceiptNumber !== null) {
    return `Le reçu fiscal ${facts.taxReceiptNumber} couvre cette note : annulez d’abord le reçu.`;
  }
  return null;
}

/** The actions the claim allows, in the table's order, with their French labels. */
export function allowedClaimActions(facts: ClaimFacts): Array<{ action: ClaimAction; label: string }> {
  return claimActions
    .filter((action) => claimActionRefusal(action, facts) === null)
    .map((action) => ({ action, label: claimTransitions[action].label }));
}

export const claimAllows = (facts: ClaimFacts, action: ClaimAction): boolean =>
  claimActionRefusal(action, facts) === null;
