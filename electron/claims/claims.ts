/**
 * The claims service (notes de frais), by responsibility: the view (`claim-view`), editing drafts
 * (`claim-editing`), their receipts (`line-receipts`), the workflow driven by the transition table
 * of shared/claims/workflow.ts (`claim-workflow`), and the claims the app proposes from attendance
 * and at year end (`claim-proposals`).
 */
export { getClaim, listClaims } from './claim-view';
export { createClaim, deleteClaim, updateClaim } from './claim-editing';
export { attachReceipt, detachReceipt, openReceipt } from './line-receipts';
export {
  cancelClaim,
  markPaid,
  refuseClaim,
  renounceClaim,
  returnToDraft,
  submitClaim,
  validateClaim,
} from './claim-workflow';
export {
  createFromAttendance,
  createRegularisation,
  proposeFromAttendance,
  regularisationProposals,
} from './claim-proposals';
export { describeVehicle } from './vehicle-names';
