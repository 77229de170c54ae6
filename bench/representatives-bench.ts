/**
 * The register at scale: 10,000 representatives in a database file; time to open and migrate,
 * and the search request as the renderer makes it, measured at the dispatch boundary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../electron/app-context';
import { openDatabase } from '../db/connection';
import { dispatch } from '../electron/ipc/dispatch';
import { searchTextOf } from '../db/register/representatives';
import { demoPeople } from '../demo/people';
import { ms, percentile, timeMany, type BenchResult } from './measure';

export async function runRepresentativesBench(count = 10_000): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  try {
    // Seeded at schema version 1, so that opening below measures the real migration of a full base.
    const seeded = await openDatabase(file, { upTo: 1 });
    const at = new Date().toISOString();
    await seeded.db.transaction().execute(async (trx) => {
      for (let i = 0; i < count; i += 1) {
        const p = demoPeople[i % demoPeople.length];
        if (!p) continue;
        const row = {
          civility: p.civility,
          last_name: `${p.lastName}${i}`,
          first_name: p.firstName,
          email: `p${i}@exemple.fr`,
          postal_code: p.postalCode,
          city: p.city,
          origin_association: p.origin,
          employed: p.employer ? 1 : 0,
          employer: p.employer,
          created_at: at,
          updated_at: at,
        };
        await trx
          .insertInto('representative')
          .values({
            ...row,
            search_text: searchTextOf({
              lastName: row.last_name,
              firstName: row.first_name,
              city: row.city,
              originAssociation: row.origin_association,
              email: row.email,
              postalCode: row.postal_code,
            }),
          })
          .execute();
      }
    });
    await seeded.close();

    const openStart = process.hrtime.bigint();
    const { database } = await openApp(file, 'navigateur');
    const openMs = Number(process.hrtime.bigint() - openStart) / 1e6;

    await database.close();
    const reopenStart = process.hrtime.bigint();
    const reopened = await openApp(file, 'navigateur');
    const reopenMs = Number(process.hrtime.bigint() - reopenStart) / 1e6;
    const ctx2 = reopened.ctx;

    const queries = ['', 'gue', 'rennes', 'helene', 'alzheimer 35', 'le goff', 'dubois-martin12', 'zzz'];
    const ctx = ctx2;
    await dispatch(ctx, 'representatives:list', { search: '' });
    const times = await timeMany(200, (i) =>
      dispatch(ctx, 'representatives:list', { search: queries[i % queries.length], status: 'actifs' }),
    );
    const typed = await timeMany(100, (i) =>
      dispatch(ctx, 'representatives:list', {
        search: queries[1 + (i % (queries.length - 1))],
        status: 'actifs',
      }),
    );
    await reopened.database.close();
    return [
      { name: `Ouverture + migration v1 → dernière (${count} représentants)`, value: ms(openMs) },
      { name: 'Ouverture d’une base à jour', value: ms(reopenMs) },
      { name: 'Recherche au point d’entrée (toutes requêtes) — médiane', value: ms(percentile(times, 50)) },
      {
        name: 'Recherche au point d’entrée (toutes requêtes) — p95',
        value: ms(percentile(times, 95)),
        target: '≤ 20 ms',
      },
      { name: 'Recherche avec un terme saisi — p95', value: ms(percentile(typed, 95)), target: '≤ 20 ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('representatives-bench.ts')) {
  void runRepresentativesBench().then((rows) => console.table(rows));
}
