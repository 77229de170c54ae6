/** What the renderer sees of backups: the manifest of an archive, the folder's state, a result. */

/** Rows counted in a backup, shown before a restore so that the user recognises their data. */
export interface BackupCounts {
  people: number;
  mandates: number;
  meetings: number;
  claims: number;
  receipts: number;
  attachments: number;
}

/** Why an archive was made: by the user, automatically, or to keep the data before a change. */
export type BackupKind = 'manuelle' | 'automatique' | 'avant-migration' | 'avant-restauration';

export interface BackupManifestInfo {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  kind: BackupKind;
  counts: BackupCounts;
}

export interface BackupArchiveInfo extends BackupManifestInfo {
  path: string;
  fileName: string;
  sizeBytes: number;
  /** False when this version cannot restore it (made by a newer version): `refusal` says why. */
  restorable: boolean;
  refusal: string | null;
}

export interface BackupOutcome {
  path: string;
  sizeBytes: number;
  counts: BackupCounts;
  /** Archives removed by the rotation. */
  deleted: number;
}

export interface BackupStatus {
  /** The folder used (the chosen one, or the default beside the data). */
  folder: string;
  defaultFolder: string;
  /** Null when reachable and writable; otherwise what is wrong, in French. */
  folderProblem: string | null;
  lastAttempt: { at: string; ok: boolean; message: string; file: string | null } | null;
  lastSuccessAt: string | null;
  /** The newest archives of the folder, newest first (bounded). */
  archives: BackupArchiveInfo[];
  /** Archives in the folder not shown because the list is bounded. */
  moreArchives: number;
  /** The system's dialog can choose the folder or an archive (desktop); otherwise paths are typed. */
  canBrowse: boolean;
}

/** « À faire »: null when all is well. */
export interface BackupTodo {
  problem: 'jamais' | 'ancienne' | 'dossier' | 'echec';
  message: string;
  lastSuccessAt: string | null;
}
