/** Channels of the claims domain: notes de frais, payments, reçus fiscaux, policies and scales. */
import { z } from 'zod';
import { id } from '../../../shared/schemas/fields';
import {
  attachReceiptInput,
  attendanceProposalQuery,
  cancelReceiptInput,
  claimInput,
  claimListQuery,
  fromAttendanceInput,
  issueReceiptInput,
  markPaidInput,
  reasonInput,
  receiptRefInput,
  regularisationInput,
  renounceInput,
  sepaInput,
  yearInput,
} from '../../../shared/schemas/claims';
import {
  cancelBatchInput,
  confirmBatchInput,
  withdrawPayeeInput,
} from '../../../shared/schemas/sepa-batches';
import { declareYearInput } from '../../../shared/schemas/tax-declaration';
import { claimsSettingsSchema, policyInput, scaleInput } from '../../../shared/schemas/claims-settings';
import type { ClaimsSettings } from '../../../shared/schemas/claims-settings';
import type {
  AttendanceProposals,
  Claim,
  ClaimList,
  Policy,
  RegularisationProposal,
  ScaleView,
  ScaleYears,
  SepaBatchResult,
  SepaBatchSummary,
  SepaPreview,
  TaxReceiptSummary,
  TaxReceiptYear,
} from '../../../shared/types/claims';
import type { GeneratedFile } from '../../../shared/types/files';
import { byId, channel, none } from './define';

export const claimsContract = {
  'claims:list': channel<ClaimList>()(claimListQuery),
  'claims:get': channel<Claim>()(byId),
  'claims:create': channel<Claim>()(claimInput),
  'claims:update': channel<Claim>()(z.object({ id, data: claimInput }).strict()),
  'claims:delete': channel<{ deleted: true }>()(byId),
  'claims:submit': channel<Claim>()(byId),
  'claims:returnToDraft': channel<Claim>()(byId),
  'claims:validate': channel<Claim>()(byId),
  'claims:refuse': channel<Claim>()(reasonInput),
  'claims:renounce': channel<Claim>()(renounceInput),
  'claims:cancel': channel<Claim>()(reasonInput),
  'claims:markPaid': channel<{ count: number; totalCents: number }>()(markPaidInput),
  'claims:pdf': channel<GeneratedFile>()(byId),
  'claims:proposeFromAttendance': channel<AttendanceProposals>()(attendanceProposalQuery),
  'claims:createFromAttendance': channel<Claim>()(fromAttendanceInput),
  'claims:regularisations': channel<RegularisationProposal[]>()(
    z.object({ representativeId: id, year: z.number().int().min(2000).max(2100) }).strict(),
  ),
  'claims:createRegularisation': channel<Claim>()(regularisationInput),
  'claims:attachReceipt': channel<Claim>()(attachReceiptInput),
  'claims:detachReceipt': channel<Claim>()(receiptRefInput),
  'claims:openReceipt': channel<GeneratedFile>()(receiptRefInput),

  'payments:preview': channel<SepaPreview>()(z.object({ claimIds: z.array(id).max(20_000) }).strict()),
  'payments:createSepa': channel<SepaBatchResult>()(sepaInput),
  'payments:batches': channel<SepaBatchSummary[]>()(none),
  'payments:downloadBatch': channel<GeneratedFile>()(byId),
  'payments:confirmBatch': channel<SepaBatchSummary>()(confirmBatchInput),
  'payments:cancelBatch': channel<SepaBatchSummary>()(cancelBatchInput),
  'payments:withdrawPayee': channel<SepaBatchSummary>()(withdrawPayeeInput),

  'taxReceipts:year': channel<TaxReceiptYear>()(yearInput),
  'taxReceipts:issue': channel<TaxReceiptSummary[]>()(issueReceiptInput),
  'taxReceipts:cancel': channel<TaxReceiptYear>()(cancelReceiptInput),
  'taxReceipts:pdf': channel<GeneratedFile>()(byId),
  'taxReceipts:markDeclared': channel<{ year: number }>()(declareYearInput),

  'accounting:journal': channel<GeneratedFile>()(yearInput),

  'claimsSettings:get': channel<ClaimsSettings>()(none),
  'claimsSettings:save': channel<ClaimsSettings>()(claimsSettingsSchema),
  'policies:get': channel<Policy>()(yearInput),
  'policies:save': channel<Policy>()(policyInput),
  'scales:years': channel<ScaleYears>()(none),
  'scales:get': channel<ScaleView>()(yearInput),
  'scales:save': channel<ScaleView>()(scaleInput),
  'scales:openYear': channel<ScaleView>()(yearInput),
} as const;
