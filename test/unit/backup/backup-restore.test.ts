/**
 * Backup → restore gives back every row of every table and every attachment byte for byte; the
 * manifest describes the archive; a damaged, truncated or newer archive is refused with nothing
 * replaced.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { latestSchemaVersion } from '../../../db/migrations';
import type { BackupOutcome, BackupStatus } from '../../../shared/backup/types';
import { APP_VERSION } from '../../../electron/app-context';
import { DATABASE_MEMBER, manifestOf } from '../../../electron/backup/archive-format';
import { readManifest } from '../../../electron/backup/read-archive';
import { writeArchive } from '../../../electron/backup/write-archive';
import { addAttachment, dumpDatabase, dumpFiles, startDataHost, type DataHost } from './harness';

let host: DataHost;
let archive: BackupOutcome;
let before: { rows: Record<string, string[]>; files: Record<string, string> };

/** The restore rewrites this computer's backup settings and logs itself: the rest is the archive's. */
function comparable(rows: Record<string, string[]>): Record<string, string[]> {
  return {
    ...rows,
    setting: (rows.setting ?? []).filter((r) => !r.startsWith('["backup')),
    audit_log: (rows.audit_log ?? []).filter((r) => !r.includes('données restaurées')),
    sqlite_sequence: (rows.sqlite_sequence ?? []).filter((r) => !r.startsWith('["audit_log"')),
  };
}

beforeAll(async () => {
  host = await startDataHost({ demo: true });
  for (let i = 0; i < 5; i += 1) await addAttachment(host, 1000 + i * 5000);
  archive = await host.call<BackupOutcome>('backup:now');
  before = { rows: dumpDatabase(host.file), files: dumpFiles(host.filesDir) };
}, 120_000);

afterAll(async () => {
  await host.close();
});

describe('a backup', () => {
  it('is one archive in the folder beside the data, with a manifest describing it', async () => {
    expect(path.dirname(archive.path)).toBe(path.join(host.dir, 'sauvegardes'));
    expect(path.basename(archive.path)).toMatch(/^porte-voix-\d{4}-\d{2}-\d{2}-\d{6}\.porte-voix$/);
    const manifest = await readManifest(archive.path);
    expect(manifest.schemaVersion).toBe(latestSchemaVersion);
    expect(manifest.appVersion).toBe(APP_VERSION);
    expect(manifest.kind).toBe('manuelle');
    const db = new BetterSqlite3(host.file, { readonly: true });
    const count = (t: string) => (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    expect(manifest.counts).toEqual({
      people: count('representative'),
      mandates: count('mandate'),
      meetings: count('meeting'),
      claims: count('claim'),
      receipts: count('tax_receipt'),
      attachments: count('stored_file'),
    });
    db.close();
    expect(manifest.counts.people).toBeGreaterThan(0);
    expect(manifest.members[0]?.name).toBe(DATABASE_MEMBER);
    // Each attachment: its checksum is its name, and the file's own.
    const attachments = manifest.members.filter((m) => m.name !== DATABASE_MEMBER);
    expect(attachments.map((m) => m.name.slice('pieces-jointes/'.length)).sort()).toEqual(
      Object.keys(before.files).sort(),
    );
    for (const m of attachments) {
      const onDisk = readFileSync(path.join(host.filesDir, m.name.slice('pieces-jointes/'.length)));
      expect(m.sha256).toBe(createHash('sha256').update(onDisk).digest('hex'));
      expect(m.size).toBe(onDisk.length);
    }
  });

  it('is listed with its date, version and counts, and recorded as the last one', async () => {
    const status = await host.call<BackupStatus>('backup:status');
    expect(status.folderProblem).toBeNull();
    expect(status.lastAttempt?.ok).toBe(true);
    expect(status.archives[0]?.path).toBe(archive.path);
    expect(status.archives[0]?.restorable).toBe(true);
  });
});

describe('a restore', () => {
  it('refuses a damaged archive (wrong checksum) and replaces nothing', async () => {
    const damaged = path.join(host.dir, 'abime.porte-voix');
    copyFileSync(archive.path, damaged);
    const bytes = readFileSync(damaged);
    // Attachments are stored as they are: a byte flipped in the last one changes its content.
    const manifest = await readManifest(archive.path);
    const last = manifest.members.at(-1);
    const at = last ? bytes.lastIndexOf(Buffer.from('%PDF-1.4\n')) + 20 : -1;
    expect(at).toBeGreaterThan(100);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(damaged, bytes);
    const error = await host.failure('backup:restore', { path: damaged });
    expect(error.code).toBe('BACKUP_REFUSED');
    expect(error.message).toMatch(/n’est pas une sauvegarde Porte-voix utilisable .*Rien n’a été modifié/);
    expect(dumpDatabase(host.file)).toEqual(before.rows);
    expect(dumpFiles(host.filesDir)).toEqual(before.files);
    expect(readdirSync(host.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses a truncated archive and replaces nothing', async () => {
    const truncated = path.join(host.dir, 'coupe.porte-voix');
    copyFileSync(archive.path, truncated);
    truncateSync(truncated, Math.floor(statSync(truncated).size / 2));
    const error = await host.failure('backup:restore', { path: truncated });
    expect(error.code).toBe('BACKUP_REFUSED');
    expect(dumpDatabase(host.file)).toEqual(before.rows);
    expect(dumpFiles(host.filesDir)).toEqual(before.files);
  });

  it('refuses an archive made by a newer version, with a French message', async () => {
    const newer = path.join(host.dir, 'plus-recente.porte-voix');
    const dbCopy = path.join(host.dir, 'copie-recente.sqlite');
    const source = new BetterSqlite3(host.file, { readonly: true });
    await source.backup(dbCopy);
    source.close();
    const copy = new BetterSqlite3(dbCopy);
    copy
      .prepare('insert into schema_version (version, name, applied_at) values (?, ?, ?)')
      .run(latestSchemaVersion + 1, 'future', '2030-01-01T00:00:00.000Z');
    copy.close();
    await writeArchive(
      newer,
      [{ path: dbCopy, member: DATABASE_MEMBER, size: statSync(dbCopy).size, compress: true }],
      (members) =>
        manifestOf({
          appVersion: '9.0.0',
          schemaVersion: latestSchemaVersion + 1,
          createdAt: new Date().toISOString(),
          kind: 'manuelle',
          counts: { people: 0, mandates: 0, meetings: 0, claims: 0, receipts: 0, attachments: 0 },
          members,
        }),
    );
    const info = await host.call<{ restorable: boolean; refusal: string }>('backup:inspect', { path: newer });
    expect(info.restorable).toBe(false);
    const error = await host.failure('backup:restore', { path: newer });
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.message).toContain('version plus récente de Porte-voix');
    expect(dumpDatabase(host.file)).toEqual(before.rows);
  });

  it('gives back every row and every attachment byte, after backing up the current data', async () => {
    // A change after the backup: an attachment more.
    await addAttachment(host, 777);
    expect(dumpFiles(host.filesDir)).not.toEqual(before.files);
    const outcome = await host.call<{ previousDataBackup: string; counts: unknown }>('backup:restore', {
      path: archive.path,
    });
    expect(comparable(dumpDatabase(host.file))).toEqual(comparable(before.rows));
    expect(dumpFiles(host.filesDir)).toEqual(before.files);
    // The data just replaced is in its own archive.
    expect(path.basename(outcome.previousDataBackup)).toMatch(/-avant-restauration\.porte-voix$/);
    const previous = await readManifest(outcome.previousDataBackup);
    expect(previous.counts.attachments).toBe(Object.keys(before.files).length + 1);
    // The application goes on, on the restored data.
    const status = await host.call<BackupStatus>('backup:status');
    expect(status.archives.length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(host.dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(existsSync(host.file)).toBe(true);
  });
});
