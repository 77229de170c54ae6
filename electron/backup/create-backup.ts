/**
 * Making one backup: an online snapshot of the open database (never a copy of the live file),
 * its counts and schema version read from the snapshot, the attachments streamed beside it into
 * one archive written under a temporary name and renamed once complete, then the rotation.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { openSqlite, type SnapshotSource } from '../../db/connection';
import { rotate, type RotationRule } from '../../shared/backup/rotation';
import type { BackupCounts, BackupKind, BackupOutcome } from '../../shared/backup/types';
import type { JobControl } from '../jobs/job-control';
import { throwIfCancelled } from '../jobs/job-control';
import {
  archiveFileName,
  ATTACHMENTS_PREFIX,
  DATABASE_MEMBER,
  isAttachmentFileName,
  isSafetyArchive,
  manifestOf,
  PARTIAL_SUFFIX,
} from './archive-format';
import { archivesIn, removeStalePartials } from './backup-folder';
import { readManifest } from './read-archive';
import { writeArchive, type SourceFile } from './write-archive';

export interface BackupSource {
  snapshot: SnapshotSource['snapshot'];
  databaseFile: string;
  filesDir: string | null;
}

export interface BackupRequest {
  folder: string;
  rule: RotationRule;
  kind: BackupKind;
  appVersion: string;
  now: Date;
}

const MB = 1024 * 1024;

const countedTables: Record<keyof BackupCounts, string> = {
  people: 'representative',
  mandates: 'mandate',
  meetings: 'meeting',
  claims: 'claim',
  receipts: 'tax_receipt',
  attachments: 'stored_file',
};

/** Counts and schema version of a database file; a table an older schema lacks counts 0. */
export function describeDatabase(file: string): { counts: BackupCounts; schemaVersion: number } {
  const sqlite = openSqlite(file);
  try {
    const tables = new Set(
      sqlite
        .prepare<[], { name: string }>("select name from sqlite_master where type = 'table'")
        .all()
        .map((r) => r.name),
    );
    const count = (table: string): number =>
      tables.has(table)
        ? (sqlite.prepare<[], { n: number }>(`select count(*) as n from "${table}"`).get()?.n ?? 0)
        : 0;
    const counts: BackupCounts = {
      people: count(countedTables.people),
      mandates: count(countedTables.mandates),
      meetings: count(countedTables.meetings),
      claims: count(countedTables.claims),
      receipts: count(countedTables.receipts),
      attachments: count(countedTables.attachments),
    };
    const version = tables.has('schema_version')
      ? (sqlite.prepare<[], { v: number | null }>('select max(version) as v from schema_version').get()?.v ??
        0)
      : 0;
    return { counts, schemaVersion: version };
  } finally {
    sqlite.close();
  }
}

/** Every attachment file (named by its hash), sorted so that an archive lists them in one order. */
async function attachmentFiles(filesDir: string | null): Promise<SourceFile[]> {
  if (!filesDir || !existsSync(filesDir)) return [];
  const files: SourceFile[] = [];
  const folders = (await readdir(filesDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name))
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    for (const name of (await readdir(path.join(filesDir, folder))).sort()) {
      if (!isAttachmentFileName(name) || !name.startsWith(folder)) continue;
      const file = path.join(filesDir, folder, name);
      const info = await stat(file);
      if (info.isFile())
        files.push({
          path: file,
          member: `${ATTACHMENTS_PREFIX}${folder}/${name}`,
          size: info.size,
          compress: false,
        });
    }
  }
  return files;
}

async function freeName(folder: string, request: BackupRequest): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const name = archiveFileName(request.now, request.kind, attempt);
    const taken = [name, `${name}${PARTIAL_SUFFIX}`].some((n) => existsSync(path.join(folder, n)));
    if (!taken) return name;
  }
}

export async function createBackup(
  source: BackupSource,
  request: BackupRequest,
  control: JobControl = {},
): Promise<BackupOutcome> {
  const snapshotFile = path.join(
    path.dirname(source.databaseFile),
    `.sauvegarde-${randomBytes(6).toString('hex')}.sqlite`,
  );
  const fileName = await freeName(request.folder, request);
  const target = path.join(request.folder, fileName);
  const partial = `${target}${PARTIAL_SUFFIX}`;
  try {
    const attachments = await attachmentFiles(source.filesDir);
    const databaseBytes = (await stat(source.databaseFile)).size;
    const attachmentBytes = attachments.reduce((sum, f) => sum + f.size, 0);
    // Progress in megabytes: the snapshot, then the archive (database and attachments).
    const total = Math.max(1, Math.ceil((2 * databaseBytes + attachmentBytes) / MB));
    let copied = 0;
    let reported = -1;
    const report = (bytes: number) => {
      copied += bytes;
      const done = Math.min(total, Math.floor(copied / MB));
      if (done !== reported) control.report?.(done, total);
      reported = done;
    };
    control.report?.(0, total);
    let snapshotBytes = 0;
    await source.snapshot(snapshotFile, (pages, totalPages) => {
      const bytes = totalPages > 0 ? Math.round((databaseBytes * pages) / totalPages) : 0;
      report(bytes - snapshotBytes);
      snapshotBytes = bytes;
    });
    throwIfCancelled(control);
    const { counts, schemaVersion } = describeDatabase(snapshotFile);
    const database: SourceFile = {
      path: snapshotFile,
      member: DATABASE_MEMBER,
      size: (await stat(snapshotFile)).size,
      compress: true,
    };
    const manifest = await writeArchive(
      partial,
      [database, ...attachments],
      (members) =>
        manifestOf({
          appVersion: request.appVersion,
          schemaVersion,
          createdAt: request.now.toISOString(),
          kind: request.kind,
          counts,
          members,
        }),
      { onBytes: report, check: () => throwIfCancelled(control) },
    );
    await rename(partial, target);
    const deleted = await applyRotation(request.folder, request.rule, fileName);
    await removeStalePartials(request.folder, request.now).catch(() => undefined);
    return { path: target, sizeBytes: (await stat(target)).size, counts: manifest.counts, deleted };
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    throw error;
  } finally {
    await rm(snapshotFile, { force: true });
    for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${snapshotFile}${suffix}`, { force: true });
  }
}

/**
 * Removes the regular archives the rotation does not keep (not those made before a migration or
 * a restore), each only once its manifest says it is a
 * Porte-voix backup (a file that merely looks like one by its name is left alone).
 */
export async function applyRotation(folder: string, rule: RotationRule, justMade: string): Promise<number> {
  const archives = (await archivesIn(folder)).filter((a) => !isSafetyArchive(a.fileName));
  const { remove } = rotate(
    archives.map((a) => ({ id: a.fileName, takenAt: a.takenAt })),
    rule,
  );
  let deleted = 0;
  for (const fileName of remove) {
    if (fileName === justMade) continue;
    const file = path.join(folder, fileName);
    const ours = await readManifest(file).then(
      () => true,
      () => false,
    );
    if (!ours) continue;
    await unlink(file).then(
      () => (deleted += 1),
      () => undefined,
    );
  }
  return deleted;
}
