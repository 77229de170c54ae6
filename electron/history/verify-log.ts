/**
 * « Vérifier l'intégrité du journal »: every entry's hash is computed again, in id order, from the
 * previous one; the first entry that does not match is named. A page at a time, with progress.
 */
import { GENESIS_HASH, detailsDigest, entryHash } from '../../db/audit-chain';
import type { LogVerification } from '../../shared/history/types';
import { formatInteger } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { batchSteps, type JobControl } from '../jobs/job-control';
import type { ServiceContext } from '../service-context';
import * as log from '../../db/history/audit-log';

const PAGE = 2000;

/** What can still be trusted: the entries before the break. */
function intact(checked: number): string {
  if (checked === 0) return '';
  if (checked === 1) return ' L’entrée précédente est intacte.';
  return ` Les ${plural(checked, 'entrée précédente', 'entrées précédentes')} sont intactes.`;
}

export async function verifyLog(ctx: ServiceContext, control?: JobControl): Promise<LogVerification> {
  const total = await log.countEntries(ctx.db);
  const step = batchSteps(control);
  let prev = GENESIS_HASH;
  let after = 0;
  let checked = 0;
  const broken = (entryId: number, why: string): LogVerification => ({
    ok: false,
    checked,
    entryId,
    message: `Le journal a été modifié à l’entrée n°\u00a0${formatInteger(entryId)}\u00a0: ${why}.${intact(checked)}`,
  });
  for (;;) {
    const rows = await log.entriesAfter(ctx.db, after, PAGE);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.prev_hash !== prev) {
        const previous = after === 0 ? 'le début du journal' : `l’entrée n°\u00a0${formatInteger(after)}`;
        return broken(
          row.id,
          `elle ne suit plus ${previous} (une entrée a été supprimée, insérée ou réécrite)`,
        );
      }
      if (row.redacted_at === null && detailsDigest(row.details) !== row.details_sha256)
        return broken(row.id, 'ses détails ne sont plus ceux qui ont été enregistrés');
      const expected = entryHash(prev, row, row.details_sha256);
      if (row.hash !== expected)
        return broken(row.id, 'sa date, son auteur ou son action ne sont plus ceux qui ont été enregistrés');
      prev = expected;
      after = row.id;
      checked += 1;
    }
    await step(checked, total);
  }
  return { ok: true, checked };
}
