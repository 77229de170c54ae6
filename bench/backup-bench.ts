/**
 * A backup of the bench register (10,000 people… 300,000 attendance rows) with 1 GB of
 * attachments (1,000 files of 1 MB, generated in a temporary folder): the online snapshot, the
 * checksums and the archive, through the same function as « Sauvegarder maintenant ». The
 * floor: `cp -r` of the same bytes (the database file and the attachments folder). Then, during
 * a backup, the longest pause of the event loop, where the service host answers the window.
 * Run alone: npx tsx bench/backup-bench.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createBackup } from '../electron/backup/create-backup';
import { NORMAL, openDataset } from './dataset';
import { atMost, compare, single, type BenchOptions, type BenchRow } from './measure';
import { printRows } from './print';

const FILES = 1_000;
const FILE_BYTES = 1024 * 1024;

function writeAttachments(filesDir: string): void {
  const header = Buffer.from('%PDF-1.7\n');
  for (let i = 0; i < FILES; i += 1) {
    const bytes = Buffer.concat([header, randomBytes(FILE_BYTES - header.length)]);
    const hash = createHash('sha256').update(bytes).digest('hex');
    mkdirSync(path.join(filesDir, hash.slice(0, 2)), { recursive: true });
    writeFileSync(path.join(filesDir, hash.slice(0, 2), hash), bytes);
  }
}

export async function runBackupBench(_options?: BenchOptions): Promise<BenchRow[]> {
  const app = await openDataset(NORMAL);
  const { ctx, database } = app;
  const filesDir = ctx.filesDir ?? '';
  const dir = path.dirname(ctx.databaseFile);
  writeAttachments(filesDir);
  const folder = path.join(dir, 'sauvegardes');
  const floorTarget = path.join(dir, 'copie');
  mkdirSync(folder);
  const rule = { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };
  let archiveBytes = 0;
  const backup = async () => {
    const outcome = await createBackup(
      { snapshot: database.snapshot, databaseFile: ctx.databaseFile, filesDir },
      { folder, rule, kind: 'manuelle', appVersion: 'bench', now: new Date() },
    );
    archiveBytes = outcome.sizeBytes;
    rmSync(outcome.path);
  };
  const copy = () => {
    mkdirSync(floorTarget);
    execFileSync('cp', ['-r', ctx.databaseFile, filesDir, floorTarget]);
    rmSync(floorTarget, { recursive: true });
  };
  const totalBytes = statSync(ctx.databaseFile).size + FILES * FILE_BYTES;
  const rows: BenchRow[] = [];
  try {
    rows.push(
      await compare(
        `Backup: database + 1 GB of attachments (${Math.round(totalBytes / 1024 / 1024)} MB read)`,
        backup,
        copy,
        {
          runs: 5,
          warmup: 1,
          budgetMs: 90_000,
          floorLabel: 'cp -r of the same files',
          target: atMost('median', 10_000),
        },
      ),
    );
    // The host's event loop during one backup: how long a request from the window may wait.
    const pauses: number[] = [];
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      pauses.push(now - last - 5);
      last = now;
    }, 5);
    await backup();
    clearInterval(tick);
    const longest = Math.max(0, ...pauses);
    const sorted = [...pauses].sort((a, b) => a - b);
    rows.push(
      single(
        'Backup: longest event-loop pause during it (host answering)',
        {
          median: longest,
          p95: longest,
          min: sorted[0] ?? 0,
          runs: 1,
          cpuMedian: 0,
        },
        { target: atMost('median', 100) },
      ),
    );
    console.log(`archive: ${Math.round(archiveBytes / 1024 / 1024)} MB`);
  } finally {
    await app.close();
  }
  return rows;
}

if (require.main === module) {
  void runBackupBench().then(printRows);
}
