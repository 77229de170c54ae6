/** What the screens receive about personal-data rights. */

export interface ErasurePreview {
  representativeId: number;
  personName: string;
  /** Already anonymised: nothing left to do. */
  anonymisedAt: string | null;
  /** Why it cannot be done now, each with what to do; empty when it can. */
  blockers: string[];
  /** What will be erased, in plain words. */
  erased: string[];
  /** What will be kept, and why. */
  kept: string[];
}

export interface ErasureResult {
  representativeId: number;
  anonymisedAt: string;
  /** Entries of the journal whose details were cleared of the person's data. */
  auditEntriesRedacted: number;
  /** Texts elsewhere (notes, agendas, reports…) where the person's name or contact was replaced. */
  textsRedacted: number;
  filesRemoved: number;
}

export interface RetentionLine {
  representativeId: number;
  personName: string;
  archived: boolean;
  /** Date of the last thing the person did or was recorded for; null when nothing at all. */
  lastActivity: string | null;
}

export interface RetentionTodo {
  years: number;
  /** People without activity since this date (today minus the setting). */
  since: string;
  count: number;
  offset: number;
  lines: RetentionLine[];
}
