/**
 * Where produced files wait until the user saves or opens them: a private folder per run in the
 * system's temporary directory, holding `<id>.data` and `<id>.json` (name, type, size, time).
 * The folder, not memory, is the truth, so that the process producing a file (the services) and
 * the one delivering it (the Electron shell, the browser-mode server) need only share its path.
 * Bounded: at most `maxFiles` entries, each kept `maxAgeMs`; the folder goes at exit.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileRef } from '../../shared/files';
import { AppError } from '../errors';
import { safeFileName } from './file-names';
import type { ProducedFile } from './produced-file';

export interface OutboxEntry extends FileRef {
  /** The bytes, to copy or stream; never handed to the renderer. */
  path: string;
}

/** An entry that crossed a process boundary (the service host asking its parent to save it). */
export function isOutboxEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.fileId === 'string' &&
    FILE_ID.test(v.fileId) &&
    typeof v.fileName === 'string' &&
    typeof v.mime === 'string' &&
    typeof v.size === 'number' &&
    typeof v.path === 'string'
  );
}

export interface OutboxOptions {
  /** This run's folder: created (private to the user) on the first file, removed by `dispose`. */
  dir: string;
  maxFiles?: number;
  maxAgeMs?: number;
  /** Milliseconds since the epoch; the tests move it. */
  now?: () => number;
}

interface StoredMeta {
  fileName: string;
  mime: string;
  size: number;
  createdAt: number;
}

export const OUTBOX_MAX_FILES = 50;
export const OUTBOX_MAX_AGE_MS = 30 * 60_000;
const RUN_DIR_PREFIX = 'porte-voix-fichiers-';
const FILE_ID = /^[0-9a-f]{32}$/;

export const goneError = (): AppError =>
  new AppError(
    'NOT_FOUND',
    'Ce fichier n’est plus disponible (les documents produits sont gardés 30 minutes) : produisez-le à nouveau.',
  );

export class Outbox {
  readonly dir: string;
  private readonly maxFiles: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  /** The same produced file stored twice (a job's result polled again) keeps one reference. */
  private readonly stored = new WeakMap<ProducedFile, Promise<FileRef>>();

  constructor(options: OutboxOptions) {
    this.dir = options.dir;
    this.maxFiles = options.maxFiles ?? OUTBOX_MAX_FILES;
    this.maxAgeMs = options.maxAgeMs ?? OUTBOX_MAX_AGE_MS;
    this.now = options.now ?? Date.now;
  }

  put(file: ProducedFile): Promise<FileRef> {
    let ref = this.stored.get(file);
    if (!ref) {
      ref = this.write(file);
      this.stored.set(file, ref);
    }
    return ref;
  }

  /** The file behind a reference; a French error when it is unknown, expired or pushed out. */
  async get(fileId: string): Promise<OutboxEntry> {
    if (!FILE_ID.test(fileId)) throw goneError();
    const meta = await this.readMeta(fileId);
    if (!meta) throw goneError();
    if (this.expired(meta)) {
      await this.remove(fileId);
      throw goneError();
    }
    return {
      fileId,
      fileName: meta.fileName,
      mime: meta.mime,
      size: meta.size,
      path: this.dataPath(fileId),
    };
  }

  /** Removes the expired entries, then the oldest beyond `maxFiles`. */
  async prune(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    const entries: { fileId: string; createdAt: number }[] = [];
    for (const name of names) {
      const fileId = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!FILE_ID.test(fileId)) continue;
      const meta = await this.readMeta(fileId);
      if (!meta || this.expired(meta)) await this.remove(fileId);
      else entries.push({ fileId, createdAt: meta.createdAt });
    }
    entries.sort((a, b) => a.createdAt - b.createdAt);
    for (const old of entries.slice(0, Math.max(0, entries.length - this.maxFiles))) {
      await this.remove(old.fileId);
    }
  }

  /** At exit: the folder and everything in it (copies handed to a viewer included, where the system allows). */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 2 });
  }

  private async write(file: ProducedFile): Promise<FileRef> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const fileId = randomBytes(16).toString('hex');
    const meta: StoredMeta = {
      fileName: safeFileName(file.fileName),
      mime: file.mime,
      size: file.data.length,
      createdAt: this.now(),
    };
    // Bytes first: an entry exists once its description does.
    await writeFile(this.dataPath(fileId), file.data, { mode: 0o600 });
    await writeFile(this.metaPath(fileId), JSON.stringify(meta), { mode: 0o600 });
    await this.prune();
    return { fileId, fileName: meta.fileName, mime: meta.mime, size: meta.size };
  }

  private expired(meta: StoredMeta): boolean {
    return this.now() - meta.createdAt >= this.maxAgeMs;
  }

  private async readMeta(fileId: string): Promise<StoredMeta | null> {
    try {
      return JSON.parse(await readFile(this.metaPath(fileId), 'utf8')) as StoredMeta;
    } catch {
      return null;
    }
  }

  private async remove(fileId: string): Promise<void> {
    await rm(this.metaPath(fileId), { force: true });
    await rm(this.dataPath(fileId), { force: true });
  }

  private dataPath(fileId: string): string {
    return path.join(this.dir, `${fileId}.data`);
  }

  private metaPath(fileId: string): string {
    return path.join(this.dir, `${fileId}.json`);
  }
}

/**
 * The outbox of a new run, in the system's temporary folder. Folders left by runs that ended
 * without cleaning (a crash, a viewer holding a file on Windows) go after a day.
 */
export function runOutbox(tmpDir = os.tmpdir(), now = Date.now): Outbox {
  try {
    for (const name of readdirSync(tmpDir)) {
      if (!name.startsWith(RUN_DIR_PREFIX)) continue;
      const dir = path.join(tmpDir, name);
      if (now() - statSync(dir).mtimeMs > 24 * 3600_000) rmSync(dir, { recursive: true, force: true });
    }
  } catch {
    // A temporary folder we cannot list or clean is no reason not to start.
  }
  const dir = path.join(tmpDir, `${RUN_DIR_PREFIX}${randomBytes(8).toString('hex')}`);
  return new Outbox({ dir });
}
