/** Travel-expense claims, reimbursement policies and scales, payments, abandon de frais and tax receipts. */
import type { Generated } from 'kysely';
import type { ClaimStatus, PaymentMethod, StoredLineKind, TransportMode } from '../../shared/claims/schemas';
import type { PolicyData, PolicyKind } from '../../shared/claims/settings';
import type { VehicleKind } from '../../shared/register/representative';
import type { SepaBatchState } from '../../shared/treasury/sepa-batches';
import type { Flag } from './core';

/** Reimbursement policy voted by the board for one calendar year (the year of the expense). */
export interface ClaimPolicyTable {
  year: number;
  /** bareme (fiscal scale) | forfait (flat rates per km voted by the board) */
  mileage_mode: PolicyData['mileageMode'];
  /** Flat rates in thousandths of a euro per km, used when mileage_mode = forfait. */
  flat_rate_voiture_milli: Generated<number>;
  flat_rate_moto_milli: Generated<number>;
  flat_rate_cyclomoteur_milli: Generated<number>;
  updated_at: string;
}

/** Per expense kind and year: cap per line and whether a receipt is required. */
export interface ClaimPolicyKindTable {
  year: number;
  kind: PolicyKind;
  cap_cents: number | null;
  receipt_required: Generated<Flag>;
}

export interface MileageScaleYearTable {
  year: number;
  electric_bonus_percent: Generated<number>;
  updated_at: string;
}

/** One distance band of one power bracket of one vehicle kind, for one year. */
export interface MileageScaleBandTable {
  id: Generated<number>;
  year: number;
  vehicle_kind: VehicleKind;
  bracket_order: number;
  bracket_label: string;
  min_cv: number;
  max_cv: number | null;
  band_order: number;
  /** Inclusive upper bound in whole km; null for the last band. */
  up_to_km: number | null;
  rate_milli: number;
  fixed_cents: Generated<number>;
}

export interface ClaimTable {
  id: Generated<number>;
  representative_id: number;
  /** NF-2026-0001, given at the first submission, kept for ever (even refused or cancelled). */
  number: string | null;
  number_year: number | null;
  number_seq: number | null;
  status: ClaimStatus;
  title: string | null;
  notes: string | null;
  /** Sum of the line amounts, kept in step by the service. */
  total_cents: Generated<number>;
  submitted_at: string | null;
  submitted_by: string | null;
  validated_at: string | null;
  validated_by: string | null;
  refused_at: string | null;
  refused_by: string | null;
  refusal_reason: string | null;
  /** Abandon de frais: date the representative signed the renunciation. */
  renounced_on: string | null;
  renounced_at: string | null;
  renounced_by: string | null;
  paid_on: string | null;
  payment_method: PaymentMethod | null;
  payment_reference: string | null;
  paid_at: string | null;
  paid_by: string | null;
  /**
   * The batch that paid the claim (« payée »), or that will pay it once the bank accepts the file
   * (« validée » with a batch à transmettre). Cleared when the claim leaves a batch (cancelled or
   * withdrawn), so a validated claim with a batch is always one waiting for its transfer.
   */
  sepa_batch_id: number | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  /** Status the claim had when it was cancelled. */
  cancelled_from: ClaimStatus | null;
  created_at: string;
  updated_at: string;
}

export interface ClaimLineTable {
  id: Generated<number>;
  claim_id: number;
  kind: StoredLineKind;
  /** For kind = transport. */
  transport_mode: TransportMode | null;
  date: string;
  purpose: string;
  meeting_id: number | null;
  from_place: string | null;
  to_place: string | null;
  /** One-way distance as entered, in tenths of km. */
  distance_tenth_km: number | null;
  round_trip: Generated<Flag>;
  vehicle_id: number | null;
  /** Vehicle as it was when the line was priced: a later edit of the vehicle never moves a frozen amount. */
  vehicle_kind: VehicleKind | null;
  vehicle_cv: number | null;
  vehicle_electric: Flag | null;
  vehicle_label: string | null;
  vehicle_plate: string | null;
  /** What was spent (non-mileage lines), before any cap. */
  expense_cents: number | null;
  /** What is reimbursed (after scale, rate or cap). */
  amount_cents: Generated<number>;
  /** Mileage: km driven by the same person with the same vehicle, counted before this line in the year. */
  cumulative_before_tenth_km: number | null;
  /** The French computation, stored when the claim is validated (frozen with the amount). */
  explanation: string | null;
  /** Year-end régularisation: the year it settles (its vehicle is in the vehicle columns; older lines know only the kind). */
  regularisation_year: number | null;
  regularisation_vehicle_kind: VehicleKind | null;
  created_at: string;
  updated_at: string;
}

export interface ClaimLineReceiptTable {
  line_id: number;
  file_hash: string;
  created_at: string;
}

/** Who moved a claim from one status to another, when and why. */
export interface ClaimEventTable {
  id: Generated<number>;
  claim_id: number;
  at: string;
  actor: string;
  action: string;
  from_status: ClaimStatus | null;
  to_status: ClaimStatus;
  reason: string | null;
}

export interface SepaBatchTable {
  id: Generated<number>;
  message_id: string;
  created_at: string;
  created_by: string;
  execution_date: string;
  payment_count: number;
  total_cents: number;
  file_name: string;
  /** The file as it stands: rebuilt (revision + 1) when a payee is withdrawn. */
  xml: string;
  /** a_transmettre | confirmee (the bank accepted it: claims paid) | annulee (claims back to validée) */
  state: Generated<SepaBatchState>;
  confirmed_at: string | null;
  confirmed_by: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  revision: Generated<number>;
  revised_at: string | null;
}

/** One payment of a batch, with the account it was built from; a withdrawn one stays, with its reason. */
export interface SepaBatchItemTable {
  batch_id: number;
  claim_id: number;
  representative_id: number;
  person_name: string;
  iban: string;
  bic: string | null;
  end_to_end_id: string;
  remittance: string;
  amount_cents: number;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
}

export interface TaxReceiptTable {
  id: Generated<number>;
  /** RF-2026-0001: chronological per year of the gift, never reused. */
  number: string;
  year: number;
  seq: number;
  representative_id: number;
  amount_cents: number;
  /** JSON array of ISO dates (the renunciations it covers). */
  gift_dates: string;
  donor_name: string;
  donor_address_line: string | null;
  donor_postal_code: string | null;
  donor_city: string | null;
  issued_on: string;
  issued_at: string;
  issued_by: string;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  replaced_by_id: number | null;
  replaces_id: number | null;
}

export interface TaxReceiptClaimTable {
  receipt_id: number;
  claim_id: number;
}

export interface ClaimTables {
  claim_policy: ClaimPolicyTable;
  claim_policy_kind: ClaimPolicyKindTable;
  mileage_scale_year: MileageScaleYearTable;
  mileage_scale_band: MileageScaleBandTable;
  claim: ClaimTable;
  claim_line: ClaimLineTable;
  claim_line_receipt: ClaimLineReceiptTable;
  claim_event: ClaimEventTable;
  sepa_batch: SepaBatchTable;
  sepa_batch_item: SepaBatchItemTable;
  tax_receipt: TaxReceiptTable;
  tax_receipt_claim: TaxReceiptClaimTable;
}
