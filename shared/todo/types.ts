/** The treasurer's part of « À faire »: counts over the whole base, and a bounded number of lines each. */

export interface TodoClaimLine {
  claimId: number;
  number: string | null;
  personName: string;
  totalCents: number;
  /** Submission date (claims to validate) or renunciation date (renounced claims). */
  since: string | null;
}

export interface TodoIbanLine {
  representativeId: number;
  personName: string;
  claimCount: number;
  totalCents: number;
  problem: string;
}

export interface TodoBatchLine {
  batchId: number;
  messageId: string;
  executionDate: string;
  paymentCount: number;
  totalCents: number;
  /** The execution date has passed: the bank has answered by now. */
  overdue: boolean;
}

export interface TodoTreasury {
  toValidate: { count: number; totalCents: number; lines: TodoClaimLine[] };
  /** Validated, not in a batch, payable by transfer. */
  toPay: { count: number; totalCents: number };
  /** Validated claims of people whose IBAN is missing or invalid, one line per person. */
  blockedByIban: { count: number; lines: TodoIbanLine[] };
  batchesToConfirm: { count: number; lines: TodoBatchLine[] };
  renouncedWithoutReceipt: { count: number; totalCents: number; years: number[]; lines: TodoClaimLine[] };
  /** January to May: the yearly declaration of last year's reçus fiscaux, until marked done. */
  declaration: { year: number; receiptCount: number; totalCents: number } | null;
}
