/** Shapes returned by the main process for engagement charters and their signatures. */
import type { CharterStatus, SignatureMethod } from './schemas';

export interface CharterVersion {
  id: number;
  title: string;
  version: string;
  effectiveDate: string;
  body: string;
  createdAt: string;
  signatureCount: number;
  /** A signed version is frozen: publish a new version instead. */
  editable: boolean;
  isLatest: boolean;
}

export interface CharterSignature {
  id: number;
  representativeId: number;
  personName: string;
  charterVersionId: number;
  version: string;
  signedOn: string;
  method: SignatureMethod;
  fileHash: string | null;
  fileName: string | null;
}

export interface CharterStatusRow {
  representativeId: number;
  personName: string;
  lastName: string;
  firstName: string;
  status: CharterStatus;
  /** Why "à re-signer", in French. */
  reason: string | null;
  lastSignature: CharterSignature | null;
}

export interface CharterStatusList {
  rows: CharterStatusRow[];
  counts: Record<CharterStatus, number>;
  latestVersion: { id: number; version: string; title: string } | null;
}

export interface StoredFileInfo {
  hash: string;
  mime: string;
  size: number;
}
