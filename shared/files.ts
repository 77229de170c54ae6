/** A file produced by the main process (PDF, CSV, XLSX, XML) on its way to the user. */
export interface GeneratedFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

export interface SavedFile {
  /** Null when the user cancelled the save dialog. */
  path: string | null;
}
