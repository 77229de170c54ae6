/**
 * Claims at scale, through the service and repository path the app uses, each run inside a
 * savepoint rolled back after it (every run starts from the same data), against the same SQL
 * run directly:
 *  - the amounts of 100,000 mileage lines of one year recomputed (what a scale or policy
 *    correction triggers): read, cumulative pricing per person and vehicle, bulk write;
 *  - a SEPA credit-transfer file for 1,000 payees (the batch « à transmettre », its items recorded), then
 *    its confirmation (the 1,000 claims marked paid).
 * Run alone: npx tsx bench/claims-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import type { Insertable } from 'kysely';
import type { ClaimLineTable } from '../db/schema';
import type { VehicleKind } from '../shared/register/representative';
import type { ServiceContext } from '../electron/service-context';
import { saveAssociation } from '../electron/association/association';
import { recomputeMileageYear } from '../electron/claims/claim-amounts';
import { createSepaBatch } from '../electron/treasury/payments';
import { confirmSepaBatch } from '../electron/treasury/sepa-batches';
import { associationInput } from '../shared/association/schemas';
import { atMost, compare, type BenchRow } from './measure';
import { printRows } from './print';
import { rawDatabase, recordSql, rollbackEachRun, SQL_FLOOR } from './sql-floor';

const LINES = 100_000;
const PEOPLE = 1_000;
const IBANS = ['FR7630006000011234567890189', 'FR7610107001011234567890129', 'FR1420041010050500013M02606'];

export async function setup(ctx: ServiceContext): Promise<{ claimIds: number[] }> {
  const at = '2026-01-01T00:00:00.000Z';
  await saveAssociation(
    ctx,
    associationInput.parse({
      name: 'Association de mesure',
      addressLine: '1 rue du Banc',
      postalCode: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      objet: 'Mesurer',
      organismType: 'Association loi 1901',
      president: 'P',
      treasurer: 'T',
      documentPlace: 'Rennes',
      iban: 'FR7630004000031234567890143',
      bic: 'BNPAFRPPXXX',
    }),
  );
  const db = ctx.db;
  const people: Array<{ id: number; vehicle: number; kind: VehicleKind; cv: number; electric: number }> = [];
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < PEOPLE; i++) {
      const p = await trx
        .insertInto('representative')
        .values({
          civility: '',
          last_name: `Nom${i}`,
          first_name: `Prénom${i}`,
          employed: 0,
          iban: IBANS[i % 3] ?? null,
          search_text: `nom${i}`,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const kind = i % 10 === 9 ? 'moto' : 'voiture';
      const cv = kind === 'moto' ? 3 : 3 + (i % 5);
      const electric = i % 8 === 2 ? 1 : 0;
      const v = await trx
        .insertInto('vehicle')
        .values({ representative_id: p.id, label: 'V', kind, fiscal_power_cv: cv, electric, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      people.push({ id: p.id, vehicle: v.id, kind, cv, electric });
    }
  });
  // One claim per person and quarter; lines spread over the year, in bulk (setup, not measured).
  const claimIds: number[] = [];
  await db.transaction().execute(async (trx) => {
    const claimOf = new Map<string, number>();
    for (const p of people) {
      for (let q = 0; q < 4; q++) {
        const c = await trx
          .insertInto('claim')
          .values({
            representative_id: p.id,
            status: q < 2 ? 'validee' : 'brouillon',
            number: `NF-2026-${p.id}-${q}`,
            total_cents: 0,
            validated_at: q < 2 ? `2026-0${q + 4}-01T00:00:00Z` : null,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        claimOf.set(`${p.id}|${q}`, c.id);
        if (q === 0) claimIds.push(c.id);
      }
    }
    const rows: Insertable<ClaimLineTable>[] = [];
    for (let i = 0; i < LINES; i++) {
      const p = people[i % PEOPLE];
      if (!p) continue;
      const dayOfYear = Math.floor((i / LINES) * 360);
      const month = Math.floor(dayOfYear / 30) + 1;
      const date = `2026-${String(month).padStart(2, '0')}-${String((dayOfYear % 28) + 1).padStart(2, '0')}`;
      rows.push({
        claim_id: claimOf.get(`${p.id}|${Math.floor((month - 1) / 3)}`) ?? 0,
        kind: 'kilometrique',
        date,
        purpose: 'Réunion',
        from_place: 'A',
        to_place: 'B',
        distance_tenth_km: 200 + ((i * 7919) % 4000),
        round_trip: i % 2,
        vehicle_id: p.vehicle,
        vehicle_kind: p.kind,
        vehicle_cv: p.cv,
        vehicle_electric: p.electric,
        amount_cents: 0,
        created_at: at,
        updated_at: at,
      });
      if (rows.length === 2000) {
        await trx.insertInto('claim_line').values(rows).execute();
        rows.length = 0;
      }
    }
    if (rows.length) await trx.insertInto('claim_line').values(rows).execute();
    await trx.updateTable('claim').set({ total_cents: 1234 }).execute();
  });
  return { claimIds };
}

export async function runClaimsBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claims-bench-'));
  const database = await openDatabase(path.join(dir, 'bench.sqlite'));
  const ctx: ServiceContext = {
    db: database.db,
    now: () => new Date('2026-11-22T10:00:00.000Z'),
    actor: 'bench',
    databaseFile: path.join(dir, 'bench.sqlite'),
    mode: 'navigateur',
    appVersion: 'bench',
    filesDir: dir,
  };
  try {
    const { claimIds } = await setup(ctx);
    const raw = await rawDatabase(ctx.db);
    const rolledBack = rollbackEachRun(raw);
    const rows: BenchRow[] = [];
    const lines = LINES.toLocaleString('en-US');
    // Frozen lines keep their amounts: as drafts, every line of the year is priced (as after an import).
    await ctx.db.updateTable('claim').set({ status: 'brouillon' }).execute();
    let changed = 0;
    const recompute = async () => {
      const result = await ctx.db
        .transaction()
        .execute((trx) => recomputeMileageYear(trx, 2026, null, '2026-11-22T10:00:00.000Z'));
      changed = result.changedClaimIds.length;
    };
    const full = await recordSql(recompute, rolledBack);
    rows.push(
      await compare(
        `Amounts of ${lines} mileage lines of a year recomputed and written (${changed.toLocaleString('en-US')} claims)`,
        recompute,
        full.replay,
        { runs: 5, warmup: 0, floorLabel: SQL_FLOOR, target: atMost('median', 1000), ...rolledBack },
      ),
    );
    await recompute();
    const unchanged = await recordSql(recompute, rolledBack);
    rows.push(
      await compare(
        'The same recomputation, nothing having changed (read and compute only)',
        recompute,
        unchanged.replay,
        { runs: 5, warmup: 0, floorLabel: SQL_FLOOR, ...rolledBack },
      ),
    );

    // 1,000 validated claims of 1,000 different payees.
    await ctx.db.updateTable('claim').set({ status: 'brouillon' }).execute();
    await ctx.db
      .updateTable('claim')
      .set({ status: 'validee', validated_at: '2026-06-01T00:00:00Z' })
      .where('id', 'in', claimIds)
      .execute();
    const create = () => createSepaBatch(ctx, { claimIds, executionDate: '2026-11-25' });
    const batchSql = await recordSql(create, rolledBack);
    rows.push(
      await compare(
        `SEPA pain.001 for ${claimIds.length.toLocaleString('en-US')} payees (batch « à transmettre », items recorded)`,
        create,
        batchSql.replay,
        { runs: 7, warmup: 0, floorLabel: SQL_FLOOR, target: atMost('median', 1000), ...rolledBack },
      ),
    );
    let batchId = 0;
    const withBatch = rollbackEachRun(raw, async () => {
      batchId = (await create()).batch.id;
    });
    const confirm = () => confirmSepaBatch(ctx, batchId);
    const confirmSql = await recordSql(confirm, withBatch);
    rows.push(
      await compare(
        `Confirming that batch (${claimIds.length.toLocaleString('en-US')} claims marked paid)`,
        confirm,
        confirmSql.replay,
        { runs: 7, warmup: 0, floorLabel: SQL_FLOOR, ...withBatch },
      ),
    );
    return rows;
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (/claims-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runClaimsBench()
    .then(printRows)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
