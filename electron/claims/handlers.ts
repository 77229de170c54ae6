import { claimPdf } from './claim-documents';
import * as claims from './claims';
import * as policies from './policies';
import type { DomainHandlers } from '../ipc/handler-types';
import type { claimsContract } from './contract';

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
  'claimsSettings:get': (ctx) => policies.getClaimsSettings(ctx),
  'claimsSettings:save': (ctx, input) => policies.saveClaimsSettings(ctx, input),
  'policies:get': (ctx, input) => policies.getPolicy(ctx, input.year),
  'policies:save': (ctx, input) => policies.savePolicy(ctx, input),
  'scales:years': (ctx) => policies.listScaleYears(ctx),
  'scales:get': (ctx, input) => policies.getScale(ctx, input.year),
  'scales:save': (ctx, input) => policies.saveScale(ctx, input),
  'scales:openYear': (ctx, input) => policies.openYear(ctx, input.year),
};
