/**
 * Files produced by the main process (PDF, CSV, XLSX, XML, stored scans) stay on its side: the
 * renderer receives a reference and asks for the file to be saved or opened, never the bytes.
 */

/** A produced file waiting in the main process's outbox for a while (see electron/files/outbox.ts). */
export interface FileRef {
  fileId: string;
  fileName: string;
  mime: string;
  /** In bytes. */
  size: number;
}

/** What became of a request to save or open a file. */
export type FileDelivery =
  /** Desktop: written where the user chose in the save dialog. */
  | { kind: 'saved'; path: string }
  /** Desktop: the user closed the save dialog without saving. */
  | { kind: 'cancelled' }
  /** Desktop: handed to the system's viewer from a temporary copy. */
  | { kind: 'opened'; path: string }
  /** Browser mode: follow this one-time address (a download, or the document in a new tab). */
  | { kind: 'download'; url: string; disposition: 'attachment' | 'inline' };

/**
 * What a browser may show in a tab (the browser mode's « Ouvrir »): none of these runs scripts.
 * A spreadsheet, a CSV or an XML file is downloaded instead.
 */
export const browserCanShow = (mime: string): boolean =>
  mime === 'application/pdf' || mime === 'image/png' || mime === 'image/jpeg';
