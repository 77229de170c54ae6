/**
 * « À faire » at scale: 10,000 representatives, 2,000 instances and 30,000 mandates (with
 * trainings and charter signatures) in a database file, the screen requested as the renderer
 * requests it, at the dispatch boundary. Run: npx tsx bench/register-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import type { CharterSignatureTable, NewRepresentativeRow, OrganisationTable } from '../db/schema';
import { openApp } from '../electron/app-context';
import { dispatch } from '../electron/ipc/dispatch';
import { addDays, addMonths, dayBefore } from '../shared/register/register-rules';
import type { EndReason, MandateRole } from '../shared/register/schemas';
import { ms, percentile, timeMany, type BenchResult } from './measure';

/** Deterministic PRNG: every run measures the same register. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function runRegisterBench(
  people = 10_000,
  instances = 2_000,
  mandates = 30_000,
): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-register-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const random = mulberry32(35);
  const today = iso(new Date());
  try {
    const { ctx, database } = await openApp(file, 'navigateur');
    const at = new Date().toISOString();
    const types = await ctx.db.selectFrom('instance_type').select(['id', 'default_mandate_months']).execute();
    const baseKind = await ctx.db
      .selectFrom('training_kind')
      .select('id')
      .where('is_base', '=', 1)
      .executeTakeFirstOrThrow();

    const seedStart = process.hrtime.bigint();
    await ctx.db.transaction().execute(async (trx) => {
      const chunk = async <T>(rows: T[], insert: (part: T[]) => Promise<unknown>) => {
        for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
      };
      await chunk(
        Array.from({ length: people }, (_, i): NewRepresentativeRow => ({
          civility: i % 2 ? 'Mme' : 'M.',
          last_name: `Nom${i}`,
          first_name: `Prénom${i}`,
          employed: 0,
          search_text: `nom${i} prenom${i}`,
          archived_at: i % 50 === 0 ? at : null,
          created_at: at,
          updated_at: at,
        })),
        (part) => trx.insertInto('representative').values(part).execute(),
      );
      await chunk(
        Array.from({ length: 400 }, (_, i): Insertable<OrganisationTable> => ({
          name: `Organisation ${i}`,
          kind: 'etablissement',
          created_at: at,
          updated_at: at,
        })),
        (part) => trx.insertInto('organisation').values(part).execute(),
      );
      await chunk(
        Array.from({ length: instances }, (_, i) => ({
          organisation_id: 1 + (i % 400),
          type_id: (types[i % types.length] as { id: number }).id,
          name: `Instance ${i}`,
          seats_titulaire: 2,
          seats_suppleant: 2,
          target_min: 2,
          archived_at: i % 100 === 0 ? at : null,
          created_at: at,
          updated_at: at,
        })),
        (part) => trx.insertInto('instance').values(part).execute(),
      );
      // Mandates: a third past, the rest running, some ending within 90 days, some ended early.
      await chunk(
        Array.from({ length: mandates }, (_, i) => {
          const startOffset = -Math.floor(random() * 3650);
          const start = addDays(today, startOffset);
          const end = dayBefore(addMonths(start, 36));
          const endedEarly = random() < 0.05;
          const role: MandateRole = random() < 0.45 ? 'titulaire' : random() < 0.8 ? 'suppleant' : 'membre';
          const endReason: EndReason | null = endedEarly && end > today ? 'demission' : null;
          return {
            representative_id: 1 + Math.floor(random() * people),
            instance_id: 1 + (i % instances),
            role,
            start_date: start,
            end_date: end,
            ended_on: endedEarly && end > today ? addDays(today, -Math.floor(random() * 30)) : null,
            end_reason: endReason,
            created_at: at,
            updated_at: at,
          };
        }).map((m) =>
          m.ended_on !== null && m.ended_on < m.start_date ? { ...m, ended_on: null, end_reason: null } : m,
        ),
        (part) => trx.insertInto('mandate').values(part).execute(),
      );
      await chunk(
        Array.from({ length: Math.floor(people / 2) }, (_, i) => ({
          representative_id: 1 + i * 2,
          kind_id: baseKind.id,
          date: addDays(today, -Math.floor(random() * 2000)),
          duration_minutes: 840,
          created_at: at,
        })),
        (part) => trx.insertInto('training').values(part).execute(),
      );
      const v1 = await trx
        .insertInto('charter_version')
        .values({
          title: 'Charte',
          version: '1',
          effective_date: addDays(today, -1500),
          body: '…',
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const v2 = await trx
        .insertInto('charter_version')
        .values({
          title: 'Charte',
          version: '2',
          effective_date: addDays(today, -300),
          body: '…',
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await chunk(
        Array.from({ length: Math.floor(people * 0.7) }, (_, i): Insertable<CharterSignatureTable> => ({
          representative_id: 1 + i,
          charter_version_id: i % 3 === 0 ? v1.id : v2.id,
          signed_on: addDays(today, -Math.floor(random() * 1400)),
          method: 'papier',
          created_at: at,
        })),
        (part) => trx.insertInto('charter_signature').values(part).execute(),
      );
    });
    const seedMs = Number(process.hrtime.bigint() - seedStart) / 1e6;

    const first = await dispatch(ctx, 'todo:get', {});
    if (!first.ok) throw new Error(first.error.message);
    const todo = first.value as {
      expiring: unknown[];
      vacancies: unknown[];
      belowTarget: unknown[];
      trainings: unknown[];
      charters: unknown[];
    };
    const times = await timeMany(30, () => dispatch(ctx, 'todo:get', {}));
    // CPU time of this process: what the work costs when other processes share the cores.
    const cpu: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const before = process.cpuUsage();
      await dispatch(ctx, 'todo:get', {});
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }
    cpu.sort((a, b) => a - b);
    const list = await timeMany(10, () => dispatch(ctx, 'instances:list', { search: '' }));
    const detail = await timeMany(20, (i) =>
      dispatch(ctx, 'instances:get', { id: 1 + ((i * 97) % instances) }),
    );
    await database.close();
    const lines =
      todo.expiring.length +
      todo.vacancies.length +
      todo.belowTarget.length +
      todo.trainings.length +
      todo.charters.length;
    return [
      {
        name: `Données : ${people} représentants, ${instances} instances, ${mandates} mandats — insertion`,
        value: ms(seedMs),
      },
      {
        name: `« À faire » (${lines} lignes : ${todo.expiring.length} échéances, ${todo.vacancies.length} vacances, ${todo.belowTarget.length} sous l’objectif, ${todo.trainings.length} formations, ${todo.charters.length} chartes) — médiane`,
        value: ms(percentile(times, 50)),
      },
      { name: '« À faire » — p95', value: ms(percentile(times, 95)), target: '≤ 100 ms' },
      {
        name: '« À faire » — temps processeur, médiane (insensible à la charge de la machine)',
        value: ms(percentile(cpu, 50)),
      },
      { name: 'Liste des instances (2 000, avec sièges occupés) — médiane', value: ms(percentile(list, 50)) },
      { name: 'Fiche d’une instance (sièges, historique) — p95', value: ms(percentile(detail, 95)) },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('register-bench.ts')) {
  void runRegisterBench().then((rows) => console.table(rows));
}
