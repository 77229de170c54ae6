/** Shapes the claims domain returns: camelCase, booleans as booleans, money in cents, distances in tenths of km. */
import type { FileRef } from '../files';
import type { ClaimStatus, PaymentMethod, StoredLineKind, TransportMode } from './schemas';
import type { PolicyKind } from './settings';
import type { SepaBatchState } from '../treasury/sepa-batches';
import type { VehicleKind } from '../register/representative';

export interface ClaimSummary {
  id: number;
  number: string | null;
  status: ClaimStatus;
  representativeId: number;
  personName: string;
  title: string | null;
  /** First and last line dates. */
  firstDate: string | null;
  lastDate: string | null;
  lineCount: number;
  totalCents: number;
  createdAt: string;
  hasIban: boolean;
}

export interface ClaimList {
  rows: ClaimSummary[];
  total: number;
  totalCents: number;
  years: number[];
}

export interface ReceiptFile {
  hash: string;
  mime: string;
  size: number;
  originalName: string;
}

export interface ClaimLine {
  id: number;
  kind: StoredLineKind;
  transportMode: TransportMode | null;
  date: string;
  purpose: string;
  meetingId: number | null;
  meetingLabel: string | null;
  fromPlace: string | null;
  toPlace: string | null;
  distanceTenthKm: number | null;
  roundTrip: boolean;
  /** Distance the amount is computed on (doubled for a round trip). */
  billedTenthKm: number | null;
  vehicleId: number | null;
  vehicleDescription: string | null;
  expenseCents: number | null;
  amountCents: number;
  cumulativeBeforeTenthKm: number | null;
  /** How the amount was computed, in French. */
  explanation: string;
  receipts: ReceiptFile[];
  receiptRequired: boolean;
  /** Warnings to show beside the line (possible duplicate, missing receipt…). */
  warnings: string[];
}

export interface ClaimEvent {
  at: string;
  actor: string;
  action: string;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  reason: string | null;
}

export interface ClaimVehicle {
  id: number;
  label: string;
  kind: VehicleKind;
  fiscalPowerCv: number;
  electric: boolean;
  plate: string | null;
  archived: boolean;
}

export interface Claim extends ClaimSummary {
  notes: string | null;
  person: {
    civility: string;
    firstName: string;
    lastName: string;
    addressLine: string | null;
    postalCode: string | null;
    city: string | null;
    iban: string | null;
    bic: string | null;
  };
  vehicles: ClaimVehicle[];
  lines: ClaimLine[];
  events: ClaimEvent[];
  editable: boolean;
  submittedAt: string | null;
  validatedAt: string | null;
  validatedBy: string | null;
  refusalReason: string | null;
  renouncedOn: string | null;
  paidOn: string | null;
  paymentMethod: PaymentMethod | null;
  paymentReference: string | null;
  cancelReason: string | null;
  /** Active tax receipt covering this claim, if any. */
  taxReceiptNumber: string | null;
  /** Validated claim waiting in a SEPA batch à transmettre (paid once the bank accepts the file). */
  pendingTransfer: { batchId: number; messageId: string; executionDate: string } | null;
}

export interface AttendanceProposal {
  meetingId: number;
  date: string;
  /** The instance's name, or the action's title and porteur (engagementLabel). */
  engagement: string;
  kind: 'instance' | 'action';
  title: string | null;
  place: string | null;
  fromPlace: string | null;
  /** From the last line this person claimed for the same place; null when never claimed. */
  distanceTenthKm: number | null;
  roundTrip: boolean;
  vehicleId: number | null;
}

export interface AttendanceProposals {
  representativeId: number;
  personName: string;
  vehicles: ClaimVehicle[];
  proposals: AttendanceProposal[];
}

/** The year-end régularisation of one vehicle (a person with two cars gets one per car). */
export interface RegularisationProposal {
  representativeId: number;
  year: number;
  /** Identifies the vehicle: its register record, or the characteristics copied on its lines. */
  vehicleKey: string;
  vehicleId: number | null;
  vehicleKind: VehicleKind;
  /** E.g. "Clio — voiture 5 CV, AB-123-CD". */
  vehicleDescription: string;
  totalTenthKm: number;
  dueCents: number;
  alreadyFixedCents: number;
  balanceCents: number;
  explanation: string;
  /** A régularisation of this year and vehicle is already on a claim not validated yet. */
  alreadyProposed: boolean;
}

export interface SepaPreview {
  included: Array<{ claimId: number; number: string | null; personName: string; amountCents: number }>;
  excluded: Array<{
    claimId: number;
    number: string | null;
    personName: string;
    representativeId: number;
    reason: string;
  }>;
  totalCents: number;
  debtorProblem: string | null;
}

export interface SepaBatchPayee {
  representativeId: number;
  personName: string;
  claims: Array<{ claimId: number; number: string }>;
  amountCents: number;
  /** Set when the payee was withdrawn from the batch (claims back to « validée »). */
  withdrawnAt: string | null;
  withdrawReason: string | null;
}

export interface SepaBatchSummary {
  id: number;
  messageId: string;
  createdAt: string;
  executionDate: string;
  /** Payments and total still in the file (withdrawn payees excluded). */
  paymentCount: number;
  totalCents: number;
  fileName: string;
  state: SepaBatchState;
  confirmedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** 1 for the file as produced; each withdrawal rebuilds it (2, 3…). */
  revision: number;
  revisedAt: string | null;
  /** Filled for batches à transmettre only (the others are history). */
  payees: SepaBatchPayee[];
}

export interface SepaBatchResult {
  batch: SepaBatchSummary;
  excluded: SepaPreview['excluded'];
  file: FileRef;
}

export interface TaxReceiptSummary {
  id: number;
  number: string;
  year: number;
  representativeId: number;
  donorName: string;
  amountCents: number;
  giftDates: string[];
  issuedOn: string;
  cancelled: boolean;
  cancelReason: string | null;
  replacedByNumber: string | null;
  replacesNumber: string | null;
  claimNumbers: string[];
}

export interface ReceiptCandidate {
  representativeId: number;
  personName: string;
  claims: Array<{ id: number; number: string | null; renouncedOn: string; amountCents: number }>;
  totalCents: number;
  /** One receipt per person and year: the active receipt(s) of the year that issuing cancels and replaces. */
  replaces: Array<{ number: string; amountCents: number }>;
}

export interface TaxReceiptYear {
  year: number;
  grouping: 'par_personne_annee' | 'par_note';
  receipts: TaxReceiptSummary[];
  candidates: ReceiptCandidate[];
  summary: { count: number; totalCents: number; cancelledCount: number };
}

export interface Policy {
  year: number;
  /** The year the values come from when this year has no policy of its own. */
  inheritedFrom: number | null;
  mileageMode: 'bareme' | 'forfait';
  flatRates: Record<VehicleKind, number>;
  kinds: Array<{ kind: PolicyKind; capCents: number | null; receiptRequired: boolean }>;
}

export interface ScaleBandView {
  upToKm: number | null;
  rateMilli: number;
  fixedCents: number;
}

export interface ScaleView {
  year: number;
  electricBonusPercent: number;
  kinds: Record<
    VehicleKind,
    Array<{ label: string; minCv: number; maxCv: number | null; bands: ScaleBandView[] }>
  >;
}

export interface ScaleYears {
  years: number[];
}
