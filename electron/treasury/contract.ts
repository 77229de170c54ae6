/** Channels of the treasury: SEPA payments, reçus fiscaux and the accounting journal. */
import { z } from 'zod';
import { id } from '../../shared/fields';
import { cancelReceiptInput, issueReceiptInput, sepaInput, yearInput } from '../../shared/claims/schemas';
import { cancelBatchInput, confirmBatchInput, withdrawPayeeInput } from '../../shared/treasury/sepa-batches';
import { declareYearInput } from '../../shared/treasury/tax-declaration';
import type {
  SepaBatchResult,
  SepaBatchSummary,
  SepaPreview,
  TaxReceiptSummary,
  TaxReceiptYear,
} from '../../shared/claims/types';
import type { FileRef } from '../../shared/files';
import { byId, channel, none } from '../ipc/define';

export const treasuryContract = {
  'payments:preview': channel<SepaPreview>()(z.object({ claimIds: z.array(id).max(20_000) }).strict()),
  'payments:createSepa': channel<SepaBatchResult>()(sepaInput),
  'payments:batches': channel<SepaBatchSummary[]>()(none),
  'payments:downloadBatch': channel<FileRef>()(byId),
  'payments:confirmBatch': channel<SepaBatchSummary>()(confirmBatchInput),
  'payments:cancelBatch': channel<SepaBatchSummary>()(cancelBatchInput),
  'payments:withdrawPayee': channel<SepaBatchSummary>()(withdrawPayeeInput),
  'taxReceipts:year': channel<TaxReceiptYear>()(yearInput),
  'taxReceipts:issue': channel<TaxReceiptSummary[]>()(issueReceiptInput),
  'taxReceipts:cancel': channel<TaxReceiptYear>()(cancelReceiptInput),
  'taxReceipts:pdf': channel<FileRef>()(byId),
  'taxReceipts:markDeclared': channel<{ year: number }>()(declareYearInput),
  'accounting:journal': channel<FileRef>()(yearInput),
} as const;
