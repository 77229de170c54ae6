/**
 * A writer process for the crash and concurrency tests, bundled and run by `writer-process.ts`:
 * opens the data file with the application's own `openDatabase` and records notes de frais
 * through the claims services (representative 1, vehicle 1: see `givenClaimant`), one after
 * another, printing `ACK <tag>` once each is acknowledged and `FAIL <message>` when one fails.
 * Only the claims services are loaded (not the whole dispatch): a process starts in a fraction
 * of the time, so that the crash test can kill fifty of them. Arguments: file, tag, count (0: forever).
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../db/connection';
import { createClaim, submitClaim } from '../../electron/claims/claims';
import type { ServiceContext } from '../../electron/service-context';
import { claimInput } from '../../shared/claims/schemas';

async function main(): Promise<void> {
  const [file, prefix, countText] = process.argv.slice(2);
  if (!file || !prefix) throw new Error('usage: writer-child FILE PREFIX COUNT');
  const count = Number(countText ?? '0');
  const database = await openDatabase(file);
  const ctx: ServiceContext = {
    db: database.db,
    now: () => new Date(),
    actor: prefix,
    databaseFile: file,
    mode: 'desktop',
    appVersion: 'test',
    filesDir: null,
  };
  writeSync(1, 'READY\n');
  for (let i = 1; count === 0 || i <= count; i += 1) {
    const tag = `${prefix}-${i}`;
    try {
      const created = await createClaim(
        ctx,
        claimInput.parse({
          representativeId: 1,
          title: tag,
          lines: [
            {
              kind: 'kilometrique',
              date: '2026-11-02',
              purpose: 'Réunion CDU',
              fromPlace: 'Rennes',
              toPlace: 'Saint-Malo',
              distanceTenthKm: 100 + i,
              vehicleId: 1,
            },
          ],
        }),
      );
      // Submitting numbers the note (NF-2026-0001…): a counter read then written in one transaction.
      await submitClaim(ctx, created.id);
      // Printed only once both commits returned: the parent counts these as acknowledged.
      writeSync(1, `ACK ${tag}\n`);
    } catch (error) {
      writeSync(1, `FAIL ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  await database.close();
}

main().catch((error: unknown) => {
  writeSync(2, `${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
