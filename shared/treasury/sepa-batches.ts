/** The life of a SEPA batch after its file is produced: confirmed by the bank, cancelled, or a payee withdrawn. */
import { z } from 'zod';
import { id, requiredText } from '../fields';

export const sepaBatchStates = ['a_transmettre', 'confirmee', 'annulee'] as const;
export type SepaBatchState = (typeof sepaBatchStates)[number];

export const sepaBatchStateLabels: Record<SepaBatchState, string> = {
  a_transmettre: 'À transmettre',
  confirmee: 'Confirmé par la banque',
  annulee: 'Annulé',
};

export const confirmBatchInput = z.object({ id }).strict();

export const cancelBatchInput = z.object({ id, reason: requiredText(500, 'Indiquez le motif') }).strict();

export const withdrawPayeeInput = z
  .object({ batchId: id, representativeId: id, reason: requiredText(500, 'Indiquez le motif') })
  .strict();
