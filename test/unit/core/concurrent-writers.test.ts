/**
 * Two processes writing to one data file at the same time (the browser mode beside the desktop
 * app): every write succeeds, none fails with « database is locked ». Each note de frais takes
 * its number from a counter it reads then updates, the case a plain BEGIN could not wait for.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../../electron/app-context';
import { bundleWriter, givenClaimant, startWriter } from '../../helpers/writer-process';

jest.setTimeout(60_000);

it('lets two processes write to the same file concurrently without a failed write', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pv-concurrent-')), 'porte-voix.sqlite');
  await givenClaimant(file);

  const bundle = await bundleWriter();
  const writers = [startWriter(bundle, file, 'a', 60), startWriter(bundle, file, 'b', 60)];
  const codes = await Promise.all(writers.map((w) => w.exited));

  expect(writers.map((w) => w.stderr())).toEqual(['', '']);
  expect(writers.flatMap((w) => w.fails)).toEqual([]);
  expect(codes).toEqual([0, 0]);
  const check = await openApp(file, 'desktop');
  const claims = await check.ctx.db.selectFrom('claim').select(['title', 'number']).execute();
  expect(claims).toHaveLength(120);
  expect(new Set(claims.map((c) => c.number)).size).toBe(120);
  await check.database.close();
  check.outbox.dispose();
});
