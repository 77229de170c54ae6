/**
 * Reads a `.porte-voix` archive: its manifest alone (to show what it holds), or every member
 * extracted into a staging folder with its SHA-256 and size checked against the manifest. Only
 * the expected member names are written, each to a path built here, never from the archive.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../errors';
import {
  attachmentHashOf,
  DATABASE_MEMBER,
  MANIFEST_MEMBER,
  manifestSchema,
  type Manifest,
} from './archive-format';

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export const unreadableArchive = (file: string, why: string): AppError =>
  new AppError(
    'BACKUP_REFUSED',
    `« ${path.basename(file)} » n’est pas une sauvegarde Porte-voix utilisable (${why}). Rien n’a été modifié : choisissez une autre sauvegarde.`,
  );

async function openZip(file: string): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, strictFileNames: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `Le fichier « ${file} » est introuvable.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new AppError('FILE_ERROR', `Porte-voix n’a pas le droit de lire « ${file} ».`);
    throw unreadableArchive(file, 'fichier incomplet ou qui n’est pas une archive');
  }
}

async function readAll(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseManifest(file: string, bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw unreadableArchive(file, 'inventaire illisible');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw unreadableArchive(file, 'inventaire d’un format inconnu');
  return parsed.data;
}

/** The manifest, read without extracting anything else. */
export async function readManifest(file: string): Promise<Manifest> {
  const zip = await openZip(file);
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== MANIFEST_MEMBER) continue;
      if (entry.uncompressedSize > MAX_MANIFEST_BYTES) throw unreadableArchive(file, 'inventaire trop grand');
      return parseManifest(file, await readAll(zip, entry));
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableArchive(file, 'archive endommagée');
  } finally {
    zip.close();
  }
  throw unreadableArchive(file, 'pas d’inventaire');
}

export interface Extracted {
  manifest: Manifest;
  databaseFile: string;
  filesDir: string;
}

/**
 * Extracts into `stagingDir` (which must be empty): `porte-voix.sqlite` and `pieces-jointes/`.
 * Throws (leaving the staging folder for the caller to remove) on any member missing, extra,
 * repeated, of the wrong size or checksum, or an attachment whose bytes do not match its name.
 */
export async function extractVerified(
  file: string,
  manifest: Manifest,
  stagingDir: string,
  onBytes: (bytes: number) => void = () => undefined,
): Promise<Extracted> {
  const expected = new Map(manifest.members.map((m) => [m.name, m]));
  if (expected.size !== manifest.members.length) throw unreadableArchive(file, 'inventaire incohérent');
  if (!expected.has(DATABASE_MEMBER)) throw unreadableArchive(file, 'pas de base de données');
  const databaseFile = path.join(stagingDir, 'porte-voix.sqlite');
  const filesDir = path.join(stagingDir, 'pieces-jointes');
  mkdirSync(filesDir, { recursive: true });
  const seen = new Set<string>();
  const zip = await openZip(file);
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (name === MANIFEST_MEMBER) continue;
      const member = expected.get(name);
      if (!member || seen.has(name))
        throw unreadableArchive(file, `élément inattendu « ${name.slice(0, 80)} »`);
      seen.add(name);
      const attachmentHash = attachmentHashOf(name);
      let target: string;
      if (name === DATABASE_MEMBER) target = databaseFile;
      else if (attachmentHash) {
        mkdirSync(path.join(filesDir, attachmentHash.slice(0, 2)), { recursive: true });
        target = path.join(filesDir, attachmentHash.slice(0, 2), attachmentHash);
      } else throw unreadableArchive(file, `élément inattendu « ${name.slice(0, 80)} »`);
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          onBytes(chunk.length);
          callback(null, chunk);
        },
      });
      await pipeline(await zip.openReadStreamPromise(entry), tap, createWriteStream(target, { flags: 'wx' }));
      const digest = hash.digest('hex');
      if (size !== member.size || digest !== member.sha256)
        throw unreadableArchive(file, `somme de contrôle fausse pour « ${name.slice(0, 80)} »`);
      if (attachmentHash && digest !== attachmentHash)
        throw unreadableArchive(file, `pièce jointe altérée « ${name.slice(0, 80)} »`);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableArchive(file, 'archive endommagée ou incomplète');
  } finally {
    zip.close();
  }
  if (seen.size !== expected.size) throw unreadableArchive(file, 'éléments manquants');
  return { manifest, databaseFile, filesDir };
}
