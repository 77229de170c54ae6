/** The « Historique » of a record and the verification of the log, as the renderer shows them. */

/** One field that changed, its values already written for display. */
export interface HistoryChange {
  label: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  id: number;
  /** ISO instant of the change. */
  at: string;
  actor: string;
  action: string;
  changes: HistoryChange[];
  /** Other facts the entry records (« Motif : … »), written for display. */
  notes: string[];
  /** Personal data of this entry were erased (RGPD). */
  redacted: boolean;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  total: number;
  offset: number;
}

export type LogVerification =
  { ok: true; checked: number } | { ok: false; checked: number; entryId: number; message: string };

/** The kinds of record that have a « Historique » (the entity names of the log). */
export const historyEntities = [
  'representative',
  'organisation',
  'instance',
  'mandate',
  'meeting',
  'action',
  'claim',
  'tax_receipt',
  'attestation',
  'training',
  'survey',
  'mandate_report',
] as const;
export type HistoryEntity = (typeof historyEntities)[number];
