/**
 * Encryption at rest: opening the bench database (and a first query on it) encrypted against the
 * same file in clear, each on a fresh connection. The key comes from the keychain as in daily
 * use, so no passphrase derivation is timed (it runs once, when the passphrase is typed: ~150 ms).
 * Target of issue 12: opening an encrypted database ≤ 2× an unencrypted one.
 */
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { encryptedCopy, newKey, type DatabaseKey } from '../db/cipher';
import { openDatabase, type OpenDatabase } from '../db/connection';
import { datasetFile, LARGE, NORMAL } from './dataset';
import { compare, ratioAtMost, type BenchOptions, type BenchRow } from './measure';

async function encryptedFile(source: string, target: string, key: DatabaseKey): Promise<void> {
  const plain = await openDatabase(source);
  try {
    renameSync(encryptedCopy(plain.sqlite, source, key), target);
  } finally {
    await plain.close();
  }
}

export async function runCipherBench(options: BenchOptions): Promise<BenchRow[]> {
  const size = options.large ? LARGE : NORMAL;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-bench-cipher-'));
  const plainFile = path.join(dir, 'clair.sqlite');
  const encrypted = path.join(dir, 'chiffre.sqlite');
  try {
    copyFileSync(await datasetFile(size), plainFile);
    const key = await newKey('girafe tambour lundi escalier');
    await encryptedFile(plainFile, encrypted, key);
    const people = size.people.toLocaleString('en-US');
    const rows: BenchRow[] = [];
    // The target is on opening; the full scan shows the cost of decrypting every page, for the record.
    const cases = [
      [
        `Open + first query (people count), ${people} people`,
        sql`select count(*) as n from representative`,
        true,
      ],
      [
        'Open + full scan of attendance (every page decrypted)',
        sql`select count(*), sum(length(coalesce(role, ''))) from attendance`,
        false,
      ],
    ] as const;
    for (const [name, query, targeted] of cases) {
      let opened: OpenDatabase | null = null;
      const run = (file: string, withKey: DatabaseKey | null) => async () => {
        opened = await openDatabase(file, { key: withKey });
        await query.execute(opened.db);
      };
      const after = async () => {
        await opened?.close();
        opened = null;
      };
      rows.push(
        await compare(name, run(encrypted, key), run(plainFile, null), {
          runs: 15,
          warmup: 2,
          floorLabel: 'same file in clear',
          after,
          ...(targeted ? { target: ratioAtMost(2) } : {}),
        }),
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
