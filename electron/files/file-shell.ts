/**
 * What saving and opening a produced file mean where the user is: the desktop shell shows the
 * system's save dialog and viewer (`electron/shell/desktop-files.ts`); the browser-mode server
 * answers with a one-time address (`electron/web/file-downloads.ts`). Both read the outbox.
 */
import type { FileDelivery } from '../../shared/files';
import type { OutboxEntry } from './outbox';

export interface FileShell {
  /** « Enregistrer… »: the user chooses where; the answer says where it went, or that they cancelled. */
  save: (entry: OutboxEntry) => Promise<FileDelivery>;
  /** « Ouvrir »: the system's viewer (desktop) or a new tab (browser). */
  open: (entry: OutboxEntry) => Promise<FileDelivery>;
  /** Desktop only: the system's dialog to choose a folder or a file; null when cancelled. */
  pick?: (what: PickWhat) => Promise<string | null>;
}

/** What the system's open dialog is asked for. */
export type PickWhat = 'backupFolder' | 'backupArchive';
export const isPickWhat = (value: unknown): value is PickWhat =>
  value === 'backupFolder' || value === 'backupArchive';
