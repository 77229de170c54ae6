/** What the mail channels answer. */
import type { MailAccount, MailTemplates } from './settings';

export interface MailSettingsView {
  account: MailAccount | null;
  templates: MailTemplates;
  passwordSet: boolean;
  /** Where the password is kept: the system keychain, or this session only (browser mode). */
  passwordKept: 'trousseau' | 'session';
}

export type MailOutcomeStatus = 'envoye' | 'sans_adresse' | 'refuse';

/** What became of one person's e-mail. */
export interface MailOutcome {
  representativeId: number;
  personName: string;
  status: MailOutcomeStatus;
  /** The address used, when there was one. */
  to: string | null;
  /** Why it was refused, in French. */
  message: string | null;
}

export interface MailBatchResult {
  /** What was sent (« Relevés 2026 », « Convocation CDU du 12/03/2026 »). */
  label: string;
  counts: Record<MailOutcomeStatus, number>;
  /** One line per person, sent ones included, in name order. */
  lines: MailOutcome[];
}
