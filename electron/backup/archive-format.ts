/**
 * The `.porte-voix` backup archive: a zip holding the database (deflated), the attachments as
 * they are stored (already compressed PDFs and images: stored, not deflated) and, last,
 * `manifest.json` with the SHA-256 of every other member. Members have fixed names, so that a
 * restore extracts nothing but what it expects, and never outside its folder.
 */
import { z } from 'zod';
import type { BackupKind } from '../../shared/backup/types';

export const ARCHIVE_EXTENSION = '.porte-voix';
export const MANIFEST_MEMBER = 'manifest.json';
export const DATABASE_MEMBER = 'donnees/porte-voix.sqlite';
export const ATTACHMENTS_PREFIX = 'pieces-jointes/';
const FORMAT = 'porte-voix-sauvegarde';
export const FORMAT_VERSION = 1;

/** An attachment is named by the SHA-256 of its bytes, under a folder named by its first two digits. */
const attachmentMember = /^pieces-jointes\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The hash an attachment member must have, or null when the name is not an attachment's. */
export function attachmentHashOf(member: string): string | null {
  const match = attachmentMember.exec(member);
  return match?.[2]?.startsWith(match[1] ?? '-') ? (match[2] ?? null) : null;
}

export const isAttachmentFileName = (name: string): boolean => /^[0-9a-f]{64}$/.test(name);

const countsSchema = z
  .object({
    people: z.number().int().min(0),
    mandates: z.number().int().min(0),
    meetings: z.number().int().min(0),
    claims: z.number().int().min(0),
    receipts: z.number().int().min(0),
    attachments: z.number().int().min(0),
  })
  .strict();

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  kind: z.enum(['manuelle', 'automatique', 'avant-migration', 'avant-restauration']),
  counts: countsSchema,
  members: z.array(
    z
      .object({
        name: z.string().max(200),
        size: z.number().int().min(0),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict(),
  ),
});
export type Manifest = z.output<typeof manifestSchema>;
export type ManifestMember = Manifest['members'][number];

export function manifestOf(fields: Omit<Manifest, 'format' | 'formatVersion'>): Manifest {
  return { format: FORMAT, formatVersion: FORMAT_VERSION, ...fields };
}

const two = (n: number) => String(n).padStart(2, '0');

/** The local date and time a file name carries: 'YYYY-MM-DDTHH:MM:SS'. */
export function localStamp(date: Date): string {
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}` +
    `T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`
  );
}

const suffixOf: Record<BackupKind, string> = {
  manuelle: '',
  automatique: '',
  'avant-migration': '-avant-migration',
  'avant-restauration': '-avant-restauration',
};

/** `porte-voix-2026-12-03-184512.porte-voix`; `-2`, `-3`… when that second is already taken. */
export function archiveFileName(date: Date, kind: BackupKind, attempt = 1): string {
  const stamp = localStamp(date).replace('T', '-').replace(/:/g, '');
  return `porte-voix-${stamp}${suffixOf[kind]}${attempt > 1 ? `-${attempt}` : ''}${ARCHIVE_EXTENSION}`;
}

const archiveName =
  /^porte-voix-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})(?:-avant-migration|-avant-restauration)?(?:-\d{1,3})?\.porte-voix$/;

/** The local date and time of an archive named by Porte-voix, or null for any other file. */
export function stampOfArchiveName(fileName: string): string | null {
  const m = archiveName.exec(fileName);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}` : null;
}

/**
 * Made before a migration or a restore: kept out of the rotation (until the user removes it), so
 * that the data as it was before such a change is never rotated away by the next daily backups.
 */
export const isSafetyArchive = (fileName: string): boolean =>
  /-avant-(migration|restauration)(-\d+)?\.porte-voix$/.test(fileName);

/** An archive being written: recognised so that one left by a crash can be removed. */
export const PARTIAL_SUFFIX = '.partiel';
