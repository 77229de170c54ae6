/**
 * A validated claim placed in a SEPA batch waits for the bank: until the batch is confirmed or the
 * claim withdrawn, it may not be paid another way, cancelled or renounced, or the same expense
 * could be paid twice (once by the file, once by cheque).
 */
import type { Executor } from '../../db/audit';
import { AppError } from '../errors';

export interface PendingTransfer {
  batchId: number;
  messageId: string;
  executionDate: string;
}

/** The batch à transmettre holding this claim, or null. */
export async function pendingTransferOf(
  db: Executor,
  claim: { status: string; sepa_batch_id: number | null },
): Promise<PendingTransfer | null> {
  if (claim.status !== 'validee' || claim.sepa_batch_id === null) return null;
  const batch = await db
    .selectFrom('sepa_batch')
    .select(['id', 'message_id', 'execution_date'])
    .where('id', '=', claim.sepa_batch_id)
    .where('state', '=', 'a_transmettre')
    .executeTakeFirst();
  return batch
    ? { batchId: batch.id, messageId: batch.message_id, executionDate: batch.execution_date }
    : null;
}

/**
 * Refuses when the claim is in a batch à transmettre (other than `exceptBatchId`, the batch being
 * confirmed). `action` follows « Impossible », with its preposition: « d’annuler », « de marquer payée ».
 */
export async function requireNotInTransfer(
  db: Executor,
  claim: { id: number; number: string | null; status: string; sepa_batch_id: number | null },
  action: string,
  exceptBatchId?: number,
): Promise<void> {
  const pending = await pendingTransferOf(db, claim);
  if (pending && pending.batchId !== exceptBatchId) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `Impossible ${action} la note ${claim.number ?? claim.id} : elle est dans le lot de virements ${pending.messageId} à transmettre. Retirez-la du lot ou annulez le lot (Paiements) d’abord.`,
    );
  }
}
