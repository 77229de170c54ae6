/** Shapes returned by the main process for import and export. */

export type ImportField =
  | 'civility'
  | 'lastName'
  | 'firstName'
  | 'email'
  | 'phone'
  | 'addressLine'
  | 'postalCode'
  | 'city'
  | 'originAssociation'
  | 'employed'
  | 'employer'
  | 'notes'
  | 'profile'
  | 'instance'
  | 'role'
  | 'startDate'
  | 'endDate'
  | 'designatingAuthority'
  | 'designationReference'
  | 'proposingAssociation';

/** Field → index of the file's column, or null when the field is not imported. */
export type ImportMapping = Partial<Record<ImportField, number | null>>;

export type ImportPersonAction = 'creation' | 'mise_a_jour' | 'inchange';
export type ImportMandateAction = 'creation' | 'deja_present' | 'aucun';

export interface ImportRowError {
  /** Line of the file (the header is line 1). */
  line: number;
  /** Every problem of the line, joined by « ; ». */
  message: string;
}

/** Something the import changes in a value of the file, said without blocking the import. */
export type ImportRowWarning = ImportRowError;

/** A field the import fills itself, because no column gives it or the cell is empty. */
export interface ImportComputedField {
  field: ImportField;
  message: string;
}

export interface ImportPreviewRow {
  line: number;
  values: string[];
  person: string;
  personAction: ImportPersonAction | null;
  mandateAction: ImportMandateAction | null;
  error: string | null;
  warning: string | null;
  /** The end of the mandate taken from the instance's term (ISO), when the file gives none. */
  computedEndDate: string | null;
}

export interface ImportAnalysis {
  fileName: string;
  headers: string[];
  mapping: ImportMapping;
  /** Total of data lines (blank lines excluded). */
  rowCount: number;
  /** Headers of the columns that no field takes (« Colonne 4 » when the header is blank). */
  ignoredColumns: string[];
  computedFields: ImportComputedField[];
  preview: ImportPreviewRow[];
  errors: ImportRowError[];
  warnings: ImportRowWarning[];
  counts: {
    peopleCreated: number;
    peopleUpdated: number;
    peopleUnchanged: number;
    mandatesCreated: number;
    mandatesExisting: number;
  };
}

export interface ImportResult {
  peopleCreated: number;
  peopleUpdated: number;
  peopleUnchanged: number;
  mandatesCreated: number;
  mandatesExisting: number;
}

export type ExportKind = 'representatives' | 'instances' | 'mandates' | 'trainings' | 'signatures';
export type ExportFormat = 'csv' | 'xlsx';
