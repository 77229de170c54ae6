/**
 * Claims at scale, through the service and repository path the app uses:
 *  - the amounts of 100,000 mileage lines of one year recomputed (what a scale or policy
 *    correction triggers): read, cumulative pricing per person and vehicle, bulk write;
 *  - a SEPA credit-transfer file for 1,000 payees (the batch « à transmettre », its items recorded), then
 *    its confirmation (the 1,000 claims marked paid).
 * Run: npx tsx bench/claims-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Insertable } from 'kysely';
import { openDatabase } from '../db/connection';
import type { ClaimLineTable } from '../db/schema';
import type { VehicleKind } from '../shared/register/representative';
import type { ServiceContext } from '../electron/service-context';
import { saveAssociation } from '../electron/association/association';
import { recomputeMileageYear } from '../electron/claims/claim-amounts';
import { createSepaBatch } from '../electron/treasury/payments';
import { confirmSepaBatch } from '../electron/treasury/sepa-batches';
import { associationInput } from '../shared/association/schemas';

const LINES = 100_000;
const PEOPLE = 1_000;
const IBANS = ['FR7630006000011234567890189', 'FR7610107001011234567890129', 'FR1420041010050500013M02606'];

/** CPU time of this process since `start`: steadier than wall time on a machine shared with other jobs. */
function cpuMs(start: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(start);
  return ((used.user + used.system) / 1000).toFixed(0);
}

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

export async function runClaimsBench(): Promise<Array<{ name: string; value: string; target?: string }>> {
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
    // Frozen lines keep their amounts: the first run prices them all once (as a fresh import would).
    await ctx.db.updateTable('claim').set({ status: 'brouillon' }).execute();
    let t = performance.now();
    let cpu = process.cpuUsage();
    const first = await ctx.db
      .transaction()
      .execute((trx) => recomputeMileageYear(trx, 2026, null, '2026-11-22T10:00:00.000Z'));
    const fullMs = performance.now() - t;
    const fullCpu = cpuMs(cpu);
    const count = await ctx.db
      .selectFrom('claim_line')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('amount_cents', '>', 0)
      .executeTakeFirstOrThrow();
    t = performance.now();
    cpu = process.cpuUsage();
    await ctx.db
      .transaction()
      .execute((trx) => recomputeMileageYear(trx, 2026, null, '2026-11-22T10:00:00.000Z'));
    const unchangedMs = performance.now() - t;
    const unchangedCpu = cpuMs(cpu);

    // 1,000 validated claims of 1,000 different payees.
    await ctx.db.updateTable('claim').set({ status: 'brouillon' }).execute();
    await ctx.db
      .updateTable('claim')
      .set({ status: 'validee', validated_at: '2026-06-01T00:00:00Z' })
      .where('id', 'in', claimIds)
      .execute();
    t = performance.now();
    cpu = process.cpuUsage();
    const batch = await createSepaBatch(ctx, { claimIds, executionDate: '2026-11-25' });
    const sepaMs = performance.now() - t;
    const sepaCpu = cpuMs(cpu);
    t = performance.now();
    cpu = process.cpuUsage();
    await confirmSepaBatch(ctx, batch.batch.id);
    const confirmMs = performance.now() - t;
    const confirmCpu = cpuMs(cpu);

    return [
      {
        name: `montants de ${LINES.toLocaleString('fr-FR')} lignes kilométriques recalculés pour l’année (${first.changedClaimIds.length} notes, ${Number(count.n).toLocaleString('fr-FR')} lignes écrites)`,
        value: `${fullMs.toFixed(0)} ms (CPU ${fullCpu} ms)`,
        target: '≤ 1 000 ms',
      },
      {
        name: `même recalcul, rien n’ayant changé (lecture et calcul seuls)`,
        value: `${unchangedMs.toFixed(0)} ms (CPU ${unchangedCpu} ms)`,
      },
      {
        name: `fichier SEPA de ${batch.batch.paymentCount.toLocaleString('fr-FR')} bénéficiaires (lot à transmettre)`,
        value: `${sepaMs.toFixed(0)} ms (CPU ${sepaCpu} ms)`,
        target: '≤ 1 000 ms',
      },
      {
        name: `confirmation du lot par la banque (${batch.batch.paymentCount.toLocaleString('fr-FR')} notes marquées payées)`,
        value: `${confirmMs.toFixed(0)} ms (CPU ${confirmCpu} ms)`,
      },
    ];
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('claims-bench.ts')) {
  void runClaimsBench().then((results) => {
    for (const r of results)
      console.log(`${r.name} : ${r.value}${r.target ? ` (objectif ${r.target})` : ''}`);
  });
}
