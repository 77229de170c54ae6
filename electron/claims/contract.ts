/** Channels of the claims domain: notes de frais, their policies and the mileage scales. */
import { z } from 'zod';
import { id } from '../../shared/fields';
import {
  attachReceiptInput,
  attendanceProposalQuery,
  claimInput,
  claimListQuery,
  fromAttendanceInput,
  markPaidInput,
  reasonInput,
  receiptRefInput,
  regularisationInput,
  renounceInput,
  yearInput,
} from '../../shared/claims/schemas';
import { claimsSettingsSchema, policyInput, scaleInput } from '../../shared/claims/settings';
import type { ClaimsSettings } from '../../shared/claims/settings';
import type {
  AttendanceProposals,
  Claim,
  ClaimList,
  Policy,
  RegularisationProposal,
  ScaleView,
  ScaleYears,
} from '../../shared/claims/types';
import type { FileRef } from '../../shared/files';
import { byId, channel, none } from '../ipc/define';

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
  'claims:pdf': channel<FileRef>()(byId),
  'claims:proposeFromAttendance': channel<AttendanceProposals>()(attendanceProposalQuery),
  'claims:createFromAttendance': channel<Claim>()(fromAttendanceInput),
  'claims:regularisations': channel<RegularisationProposal[]>()(
    z.object({ representativeId: id, year: z.number().int().min(2000).max(2100) }).strict(),
  ),
  'claims:createRegularisation': channel<Claim>()(regularisationInput),
  'claims:attachReceipt': channel<Claim>()(attachReceiptInput),
  'claims:detachReceipt': channel<Claim>()(receiptRefInput),
  'claims:openReceipt': channel<FileRef>()(receiptRefInput),
  'claimsSettings:get': channel<ClaimsSettings>()(none),
  'claimsSettings:save': channel<ClaimsSettings>()(claimsSettingsSchema),
  'policies:get': channel<Policy>()(yearInput),
  'policies:save': channel<Policy>()(policyInput),
  'scales:years': channel<ScaleYears>()(none),
  'scales:get': channel<ScaleView>()(yearInput),
  'scales:save': channel<ScaleView>()(scaleInput),
  'scales:openYear': channel<ScaleView>()(yearInput),
} as const;
