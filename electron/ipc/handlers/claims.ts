import * as accounting from '../../services/accounting';
import { claimPdf } from '../../services/claim-documents';
import * as claims from '../../services/claims';
import * as payments from '../../services/payments';
import * as policies from '../../services/policies';
import * as sepaBatches from '../../services/sepa-batches';
import * as taxReceipts from '../../services/tax-receipts';
import { markReceiptsDeclared } from '../../services/todo-treasury';
import type { claimsContract } from '../contracts/claims';
import type { DomainHandlers } from './types';

export const claimsHandlers: DomainHandlers<typeof claimsContract> = {
  'claims:list': (ctx, input) => claims.listClaims(ctx, input),
  'claims:get': (ctx, input) => claims.getClaim(ctx, input.id),
  'claims:create': (ctx, input) => claims.createClaim(ctx, input),
  'claims:update': (ctx, input) => claims.updateClaim(ctx, input.id, input.data),
  'claims:delete': (ctx, input) => claims.deleteClaim(ctx, input.id),
  'claims:submit': (ctx, input) => claims.submitClaim(ctx, input.id),
  'claims:returnToDraft': (ctx, input) => claims.returnToDraft(ctx, input.id),
  'claims:validate': (ctx, input) => claims.validateClaim(ctx, input.id),
  'claims:refuse': (ctx, input) => claims.refuseClaim(ctx, input.id, input.reason),
  'claims:renounce': (ctx, input) => claims.renounceClaim(ctx, input.id, input.signedOn),
  'claims:cancel': (ctx, input) => claims.cancelClaim(ctx, input.id, input.reason),
  'claims:markPaid': (ctx, input) => claims.markPaid(ctx, input),
  'claims:pdf': (ctx, input) => claimPdf(ctx, input.id),
  'claims:proposeFromAttendance': (ctx, input) => claims.proposeFromAttendance(ctx, input.representativeId),
  'claims:createFromAttendance': (ctx, input) => claims.createFromAttendance(ctx, input),
  'claims:regularisations': (ctx, input) =>
    claims.regularisationProposals(ctx, input.representativeId, input.year),
  'claims:createRegularisation': (ctx, input) => claims.createRegularisation(ctx, input),
  'claims:attachReceipt': (ctx, input) => claims.attachReceipt(ctx, input),
  'claims:detachReceipt': (ctx, input) => claims.detachReceipt(ctx, input),
  'claims:openReceipt': (ctx, input) => claims.openReceipt(ctx, input),

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

  'claimsSettings:get': (ctx) => policies.getClaimsSettings(ctx),
  'claimsSettings:save': (ctx, input) => policies.saveClaimsSettings(ctx, input),
  'policies:get': (ctx, input) => policies.getPolicy(ctx, input.year),
  'policies:save': (ctx, input) => policies.savePolicy(ctx, input),
  'scales:years': (ctx) => policies.listScaleYears(ctx),
  'scales:get': (ctx, input) => policies.getScale(ctx, input.year),
  'scales:save': (ctx, input) => policies.saveScale(ctx, input),
  'scales:openYear': (ctx, input) => policies.openYear(ctx, input.year),
};
