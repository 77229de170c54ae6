import * as accounting from './accounting';
import * as payments from './payments';
import * as sepaBatches from './sepa-batches';
import * as taxReceipts from './tax-receipts';
import { markReceiptsDeclared } from '../todo/todo-treasury';
import type { DomainHandlers } from '../ipc/handler-types';
import type { treasuryContract } from './contract';

export const treasuryHandlers: DomainHandlers<typeof treasuryContract> = {
  'payments:preview': (ctx, input) => payments.previewSepa(ctx, input.claimIds),
  'payments:createSepa': (ctx, input) => payments.createSepaBatch(ctx, input),
  'payments:batches': (ctx) => sepaBatches.listSepaBatches(ctx),
  'payments:downloadBatch': (ctx, input) => sepaBatches.downloadSepaBatch(ctx, input.id),
  'payments:confirmBatch': (ctx, input) => sepaBatches.confirmSepaBatch(ctx, input.id),
  'payments:cancelBatch': (ctx, input) => sepaBatches.cancelSepaBatch(ctx, input),
  'payments:withdrawPayee': (ctx, input) => sepaBatches.withdrawSepaPayee(ctx, input),
  'taxReceipts:year': (ctx, input) => taxReceipts.taxReceiptYear(ctx, input.year),
  'taxReceipts:issue': (ctx, input) => taxReceipts.issueTaxReceipts(ctx, input),
  'taxReceipts:cancel': (ctx, input) => taxReceipts.cancelTaxReceipt(ctx, input),
  'taxReceipts:pdf': (ctx, input) => taxReceipts.taxReceiptPdf(ctx, input.id),
  'taxReceipts:markDeclared': (ctx, input) => markReceiptsDeclared(ctx, input.year),
  'accounting:journal': (ctx, input) => accounting.accountingCsv(ctx, input.year),
};
