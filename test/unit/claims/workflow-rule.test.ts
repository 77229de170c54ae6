import { claimStatuses, type ClaimStatus } from '../../../shared/claims/schemas';
import {
  allowedClaimActions,
  claimActionRefusal,
  claimTransitions,
  type ClaimAction,
  type ClaimFacts,
} from '../../../shared/claims/workflow';

const facts = (status: ClaimStatus, more: Partial<ClaimFacts> = {}): ClaimFacts => ({
  id: 7,
  status,
  number: status === 'brouillon' ? null : 'NF-2026-0001',
  pendingTransfer: null,
  taxReceiptNumber: null,
  ...more,
});
const actionsOf = (f: ClaimFacts): ClaimAction[] => allowedClaimActions(f).map((a) => a.action);

describe('the claim workflow rule', () => {
  test.each<[string, ClaimFacts, ClaimAction[]]>([
    ['a draft never submitted', facts('brouillon'), ['edit', 'delete', 'submit']],
    ['a draft sent back (numbered)', facts('brouillon', { number: 'NF-2026-0001' }), ['edit', 'submit']],
    ['a submitted claim', facts('soumise'), ['edit', 'returnToDraft', 'refuse', 'validate', 'renounce']],
    ['a validated claim', facts('validee'), ['renounce', 'cancel', 'markPaid']],
    [
      'a validated claim waiting in a SEPA batch',
      facts('validee', { pendingTransfer: { messageId: 'PV-1' } }),
      [],
    ],
    ['a renounced claim without receipt', facts('abandonnee'), ['cancel']],
    ['a renounced claim with its reçu fiscal', facts('abandonnee', { taxReceiptNumber: 'RF-2026-0001' }), []],
    ['a paid claim', facts('payee'), []],
    ['a refused claim', facts('refusee'), []],
    ['a cancelled claim', facts('annulee'), []],
  ])('%s allows exactly its actions', (_, f, expected) => {
    expect(actionsOf(f)).toEqual(expected);
  });

  test('every status change the table allows reaches a known status, from statuses that exist', () => {
    for (const t of Object.values(claimTransitions)) {
      for (const from of t.from) expect(claimStatuses).toContain(from);
      if (t.to !== null) expect(claimStatuses).toContain(t.to);
    }
  });

  test('each action has its French label', () => {
    expect(allowedClaimActions(facts('validee'))).toEqual([
      { action: 'renounce', label: 'Abandon de frais' },
      { action: 'cancel', label: 'Annuler la note' },
      { action: 'markPaid', label: 'Marquer payée' },
    ]);
  });

  test.each<[ClaimAction, ClaimFacts, string]>([
    ['submit', facts('validee'), 'Impossible de soumettre une note validée.'],
    ['returnToDraft', facts('brouillon'), 'Impossible de remettre en brouillon une note brouillon.'],
    ['refuse', facts('validee'), 'Impossible de refuser une note validée.'],
    ['validate', facts('payee'), 'Impossible de valider une note payée.'],
    ['renounce', facts('payee'), 'Impossible d’enregistrer l’abandon de frais d’une note payée.'],
    ['cancel', facts('soumise'), 'Impossible d’annuler une note soumise.'],
    ['edit', facts('validee'), 'Une note validée ne se modifie plus.'],
    [
      'delete',
      facts('brouillon', { number: 'NF-2026-0003' }),
      'Seule une note en brouillon jamais soumise peut être supprimée ; une note numérotée se refuse ou s’annule.',
    ],
    [
      'markPaid',
      facts('soumise'),
      'La note NF-2026-0001 n’est pas validée (soumise) : elle ne peut pas être payée.',
    ],
    [
      'cancel',
      facts('validee', { pendingTransfer: { messageId: 'PV-2026-0001' } }),
      'Impossible d’annuler la note NF-2026-0001 : elle est dans le lot de virements PV-2026-0001 à transmettre. Retirez-la du lot ou annulez le lot (Paiements) d’abord.',
    ],
    [
      'cancel',
      facts('abandonnee', { taxReceiptNumber: 'RF-2026-0002' }),
      'Le reçu fiscal RF-2026-0002 couvre cette note : annulez d’abord le reçu.',
    ],
  ])('%s is refused with a French reason (%#)', (action, f, reason) => {
    expect(claimActionRefusal(action, f)).toBe(reason);
  });
});
