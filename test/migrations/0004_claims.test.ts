import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { currentSchemaVersion, openDatabase } from '../../db/connection';
import { loadScale } from '../../db/claims/scales';
import { DEFAULT_SCALES } from '../../shared/claims/mileage-scale-defaults';

describe('migration 0004 (claims)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mig4-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('brings a version-3 database holding people and vehicles to version 4 with the scales 2022–2026', async () => {
    const file = path.join(dir, 'v3.sqlite');
    const v3 = await openDatabase(file, { upTo: 3 });
    const at = '2025-01-01T00:00:00Z';
    await v3.db
      .insertInto('representative')
      .values({
        civility: 'Mme',
        last_name: 'Guérin',
        first_name: 'Maëlle',
        employed: 0,
        search_text: 'guerin maelle',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await v3.db
      .insertInto('vehicle')
      .values({
        representative_id: 1,
        label: 'Clio',
        kind: 'voiture',
        fiscal_power_cv: 4,
        electric: 0,
        created_at: at,
      })
      .execute();
    await v3.close();

    const v4 = await openDatabase(file, { upTo: 4 });
    expect(await currentSchemaVersion(v4.db)).toBe(4);
    expect((await v4.db.selectFrom('vehicle').selectAll().executeTakeFirstOrThrow()).label).toBe('Clio');
    for (const expected of DEFAULT_SCALES) {
      // The migration's own copy of the scale equals the rules' defaults, band by band.
      expect(await loadScale(v4.db, expected.year)).toEqual(expected);
    }
    const claim = await v4.db
      .insertInto('claim')
      .values({ representative_id: 1, status: 'brouillon', total_cents: 0, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await v4.db
      .insertInto('claim_line')
      .values({
        claim_id: claim.id,
        kind: 'kilometrique',
        date: '2025-02-01',
        purpose: 'CDU',
        distance_tenth_km: 120,
        round_trip: 1,
        vehicle_id: 1,
        amount_cents: 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    // Matched on the SQLite code: the native error class may come from another test file's realm.
    // Raw SQL: the status type itself refuses 'inconnu'; the CHECK constraint is what is tested here.
    await expect(
      sql`insert into claim (representative_id, status, total_cents, created_at, updated_at)
          values (1, 'inconnu', 0, ${at}, ${at})`.execute(v4.db),
    ).rejects.toHaveProperty('code', 'SQLITE_CONSTRAINT_CHECK');
    await expect(v4.db.deleteFrom('vehicle').where('id', '=', 1).execute()).rejects.toMatchObject({
      code: expect.stringMatching(/^SQLITE_CONSTRAINT/) as unknown,
    });
    await v4.close();
  });
});
