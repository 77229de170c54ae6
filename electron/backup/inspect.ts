/** What an archive holds, read from its manifest alone, and whether this version can restore it. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { latestSchemaVersion } from '../../db/migrations';
import type { BackupArchiveInfo } from '../../shared/backup/types';
import { readManifest } from './read-archive';

/** Why this version cannot restore an archive made with a later schema; null when it can. */
export function newerSchemaRefusal(schemaVersion: number): string | null {
  return schemaVersion > latestSchemaVersion
    ? `Cette sauvegarde a été faite par une version plus récente de Porte-voix (schéma ${schemaVersion}, cette version connaît le schéma ${latestSchemaVersion}). Installez la dernière version de Porte-voix pour la restaurer.`
    : null;
}

export async function inspectArchive(file: string): Promise<BackupArchiveInfo> {
  const manifest = await readManifest(file);
  const refusal = newerSchemaRefusal(manifest.schemaVersion);
  return {
    path: file,
    fileName: path.basename(file),
    sizeBytes: (await stat(file)).size,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    createdAt: manifest.createdAt,
    kind: manifest.kind,
    counts: manifest.counts,
    restorable: refusal === null,
    refusal,
  };
}
