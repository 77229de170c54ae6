/** Tables of the foundation: association, settings, representatives and vehicles, audit log. */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Civility, VehicleKind } from '../../shared/register/representative';

/** 0/1 in SQLite; repositories turn it into a boolean. */
export type Flag = number;

export interface SchemaVersionTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface AssociationTable {
  id: number;
  name: Generated<string>;
  address_line: Generated<string>;
  postal_code: Generated<string>;
  city: Generated<string>;
  rna: string | null;
  siren: string | null;
  objet: Generated<string>;
  organism_type: Generated<string>;
  president: Generated<string>;
  treasurer: Generated<string>;
  document_place: Generated<string>;
  logo: Buffer | null;
  logo_mime: string | null;
  iban: string | null;
  bic: string | null;
  updated_at: string;
}

export interface SettingTable {
  key: string;
  /** JSON text: settings are few, typed and validated by the settings service. */
  value: string;
}

export interface RepresentativeTable {
  id: Generated<number>;
  civility: Generated<Civility>;
  last_name: string;
  first_name: string;
  email: string | null;
  phone: string | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  origin_association: string | null;
  employed: Generated<Flag>;
  employer: string | null;
  iban: string | null;
  bic: string | null;
  notes: string | null;
  /** What the person is for the association (person_profile); représentant des usagers by default. */
  profile_id: number | null;
  /** Lower-case, accent-free copy of the searchable fields, so that "helene" finds "Hélène". */
  search_text: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  /** The person was anonymised (RGPD): the row is an anonymous shell kept for the records the law keeps. */
  anonymised_at: string | null;
  /** Last yearly retention review that chose to keep this person's data. */
  retention_reviewed_on: string | null;
}

export interface VehicleTable {
  id: Generated<number>;
  representative_id: number;
  label: Generated<string>;
  kind: VehicleKind;
  fiscal_power_cv: number;
  electric: Generated<Flag>;
  plate: string | null;
  archived_at: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  details: string | null;
  /** SHA-256 of `details` when written: the chain covers it, so a redaction keeps the chain whole. */
  details_sha256: string | null;
  /** Hash of the previous entry (see db/audit-chain.ts); unique, so the chain cannot fork. */
  prev_hash: string | null;
  hash: string | null;
  /** When personal data in `details` was erased (RGPD); its digest then no longer matches. */
  redacted_at: string | null;
}

/**
 * An issued document (attestation, état de frais of a paid claim, reçu fiscal) as it was at issue
 * (migration 0014): the data its template was given, and the PDF bytes once printed, reprinted
 * byte for byte. One row per state it is printed in (`variant`: valid, voided…).
 */
export interface IssuedDocumentTable {
  id: Generated<number>;
  kind: string;
  record_id: number;
  variant: string;
  file_hash: string | null;
  /** The complete data the template was given (JSON), for the record and for a redaction. */
  data: string;
  created_at: string;
  redacted_at: string | null;
}

export interface SequenceTable {
  kind: string;
  year: number;
  last: number;
}

/** Attached files (receipts, signed charters), stored beside the database by content hash. */
export interface StoredFileTable {
  hash: string;
  mime: string;
  size: number;
  original_name: string;
  created_at: string;
}

/**
 * The trigram full-text index of the representatives' search text (migration 0006): an FTS5
 * external-content table kept in step by triggers; read only by db/register/representative-search.ts.
 * The hidden column named like the table is the one MATCH is written against.
 */
export interface RepresentativeFtsTable {
  rowid: number;
  search_text: string;
  representative_fts: string;
}

export interface CoreTables {
  sequence: SequenceTable;
  stored_file: StoredFileTable;
  schema_version: SchemaVersionTable;
  association: AssociationTable;
  setting: SettingTable;
  representative: RepresentativeTable;
  representative_fts: RepresentativeFtsTable;
  vehicle: VehicleTable;
  audit_log: AuditLogTable;
  issued_document: IssuedDocumentTable;
}

export type RepresentativeRow = Selectable<RepresentativeTable>;
export type NewRepresentativeRow = Insertable<RepresentativeTable>;
export type RepresentativeUpdate = Updateable<RepresentativeTable>;
export type VehicleRow = Selectable<VehicleTable>;
export type NewVehicleRow = Insertable<VehicleTable>;
export type AssociationRow = Selectable<AssociationTable>;
