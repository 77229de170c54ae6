/**
 * A validated claim placed in a SEPA batch waits for the bank: until the batch is confirmed or the
 * claim withdrawn, it may not be paid another way, cancelled or renounced, or the same expense
 * could be paid twice (once by the file, once by cheque). The workflow table
 * (shared/claims/workflow.ts) says which actions this blocks.
 */
import type { Executor } from '../../db/audit';
import { pendingBatchRow } from '../../db/treasury/sepa-batches';

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
  const batch = await pendingBatchRow(db, claim.sepa_batch_id);
  return batch
    ? { batchId: batch.id, messageId: batch.message_id, executionDate: batch.execution_date }
    : null;
}
