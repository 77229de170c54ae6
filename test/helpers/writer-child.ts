/**
 * A writer process for the crash and concurrency tests, bundled and run by `writer-process.ts`:
 * opens the data file as the application does and records notes de frais (representative 1,
 * vehicle 1: see `givenClaimant`) through the same
 * dispatch as the window, one after another, printing `ACK <tag>` once each is acknowledged
 * (and `FAIL <message>` when one is refused). Arguments: file, tag prefix, count (0: forever).
 */
import { writeSync } from 'node:fs';
import { openApp } from '../../electron/app-context';
import { dispatch } from '../../electron/ipc/dispatch';

const silent = (): void => undefined;

async function main(): Promise<void> {
  const [file, prefix, countText] = process.argv.slice(2);
  if (!file || !prefix) throw new Error('usage: writer-child FILE PREFIX COUNT');
  const count = Number(countText ?? '0');
  const opened = await openApp(file, 'desktop');
  writeSync(1, 'READY\n');
  for (let i = 1; count === 0 || i <= count; i += 1) {
    const tag = `${prefix}-${i}`;
    const created = await dispatch(
      opened.ctx,
      'claims:create',
      {
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
      },
      silent,
    );
    // Submitting numbers the note (NF-2026-0001…): a counter read then written in one transaction.
    const submitted = created.ok
      ? await dispatch(opened.ctx, 'claims:submit', { id: (created.value as { id: number }).id }, silent)
      : created;
    // Printed only once both commits returned: the parent counts these as acknowledged.
    writeSync(1, submitted.ok ? `ACK ${tag}\n` : `FAIL ${submitted.error.message}\n`);
  }
  await opened.database.close();
  opened.outbox.dispose();
}

main().catch((error: unknown) => {
  writeSync(2, `${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
