/**
 * The register the benches measure: people (40 % employed, some archived), organisations,
 * instances, mandates over ten years, three years of meetings with their attendance, trainings
 * and charter signatures. Normal: 10,000 people, 30,000 mandates, ~300,000 attendance rows;
 * large (`npm run bench -- --large`): 100,000 people, 300,000 mandates, ~3,000,000 rows.
 *
 * Written with direct SQL in one transaction (the services would take hours for 3 million rows;
 * the schema, constraints and indexes are the app's, through its migrations), then kept in
 * `.cache/bench/` under a name carrying DATASET_VERSION and the schema version: change the
 * version when the seeding changes. Each bench opens its own copy, since some of them write.
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenDatabase } from '../db/connection';
import { latestSchemaVersion } from '../db/migrations';
import { searchTextOf } from '../db/register/representatives';
import { Outbox } from '../electron/files/outbox';
import type { ServiceContext } from '../electron/service-context';
import { addDays, addMonths, dayBefore } from '../shared/register/register-rules';

const DATASET_VERSION = 1;

/** The benches' today: a fixed clock, so that a cached file means the same « À faire » every run. */
export const BENCH_TODAY = '2026-11-20';
export const benchNow = (): Date => new Date(`${BENCH_TODAY}T10:00:00.000Z`);
export const BENCH_YEARS = [2024, 2025, 2026] as const;

export interface DatasetSize {
  label: 'normal' | 'large';
  people: number;
  instances: number;
  mandates: number;
  meetingsPerInstancePerYear: number;
}

export const NORMAL: DatasetSize = {
  label: 'normal',
  people: 10_000,
  instances: 2_000,
  mandates: 30_000,
  meetingsPerInstancePerYear: 11,
};
export const LARGE: DatasetSize = {
  label: 'large',
  people: 100_000,
  instances: 20_000,
  mandates: 300_000,
  meetingsPerInstancePerYear: 11,
};

/** Deterministic PRNG: every seeding writes the same register. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = ['Hélène', 'Bernard', 'Maëlle', 'Jean-Yves', 'Françoise', 'Loïc', 'Anaïs', 'Gwenaël'];
const lastNames = ['Le Gall', 'Dupont', 'Martin', 'Guérin', 'Riou', 'Tanguy', 'Le Bihan', 'Morvan', 'Hamon'];
const cities = [
  ['35000', 'Rennes'],
  ['29200', 'Brest'],
  ['56100', 'Lorient'],
  ['22000', 'Saint-Brieuc'],
] as const;

interface SeedMandate {
  id: number;
  person: number;
  start: string;
  end: string;
}

function seed(file: string, size: DatasetSize): void {
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const random = mulberry32(35);
  const at = `${BENCH_TODAY}T09:00:00.000Z`;
  const insert = (table: string, columns: string[]) =>
    raw.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);

  raw.transaction(() => {
    insert('association', [
      'id',
      'name',
      'address_line',
      'postal_code',
      'city',
      'rna',
      'objet',
      'organism_type',
      'president',
      'treasurer',
      'document_place',
      'updated_at',
    ]).run(
      1,
      'Collectif des usagers d’Ille-et-Vilaine',
      '12 rue de Saint-Malo',
      '35000',
      'Rennes',
      'W353012345',
      'Représenter les usagers du système de santé.',
      'Association loi 1901',
      'Hélène Dubois-Martin',
      'Bernard Hamon',
      'Rennes',
      at,
    );

    const person = insert('representative', [
      'civility',
      'last_name',
      'first_name',
      'email',
      'address_line',
      'postal_code',
      'city',
      'employed',
      'employer',
      'search_text',
      'archived_at',
      'created_at',
      'updated_at',
    ]);
    for (let i = 1; i <= size.people; i += 1) {
      const firstName = firstNames[i % firstNames.length] ?? 'Anne';
      const lastName = `${lastNames[i % lastNames.length] ?? 'Durand'}-${i}`;
      const [postalCode, city] = cities[i % cities.length] ?? cities[0];
      const email = `p${i}@exemple.fr`;
      const employed = random() < 0.4;
      person.run(
        i % 2 ? 'M.' : 'Mme',
        lastName,
        firstName,
        email,
        `${i} rue des Lilas`,
        postalCode,
        city,
        employed ? 1 : 0,
        employed ? 'Employeur SA' : null,
        searchTextOf({ lastName, firstName, city, originAssociation: null, email, postalCode }),
        i % 50 === 0 ? at : null,
        at,
        at,
      );
    }

    const organisations = Math.max(1, Math.floor(size.instances / 5));
    const organisation = insert('organisation', ['name', 'kind', 'city', 'created_at', 'updated_at']);
    for (let i = 1; i <= organisations; i += 1)
      organisation.run(`Organisation ${i}`, 'etablissement', 'Rennes', at, at);
    const types = raw.prepare('select id from instance_type order by id').all() as Array<{ id: number }>;
    const instance = insert('instance', [
      'organisation_id',
      'type_id',
      'name',
      'seats_titulaire',
      'seats_suppleant',
      'target_min',
      'meeting_place',
      'archived_at',
      'created_at',
      'updated_at',
    ]);
    for (let i = 1; i <= size.instances; i += 1) {
      instance.run(
        1 + (i % organisations),
        types[i % types.length]?.id ?? 1,
        `Instance ${i}`,
        3,
        3,
        2,
        'Salle du conseil',
        i % 100 === 0 ? at : null,
        at,
        at,
      );
    }

    // Mandates of three years started over the last ten, 5 % ended early; kept per instance
    // to write the attendance of each meeting.
    const mandate = insert('mandate', [
      'representative_id',
      'instance_id',
      'role',
      'start_date',
      'end_date',
      'ended_on',
      'end_reason',
      'created_at',
      'updated_at',
    ]);
    const byInstance: SeedMandate[][] = Array.from({ length: size.instances + 1 }, () => []);
    for (let i = 0; i < size.mandates; i += 1) {
      const start = addDays(BENCH_TODAY, -Math.floor(random() * 3650));
      const end = dayBefore(addMonths(start, 36));
      const early = random() < 0.05 && end > BENCH_TODAY;
      const endedOn = early ? addDays(BENCH_TODAY, -Math.floor(random() * 30)) : null;
      const ended = endedOn !== null && endedOn >= start ? endedOn : null;
      const personId = 1 + Math.floor(random() * size.people);
      const instanceId = 1 + (i % size.instances);
      const r = random();
      const info = mandate.run(
        personId,
        instanceId,
        r < 0.45 ? 'titulaire' : r < 0.8 ? 'suppleant' : 'membre',
        start,
        end,
        ended,
        ended ? 'demission' : null,
        at,
        at,
      );
      byInstance[instanceId]?.push({
        id: Number(info.lastInsertRowid),
        person: personId,
        start,
        end: ended ?? end,
      });
    }

    // Meetings over three years, and the attendance of those held, for the mandates running then.
    const meeting = insert('meeting', [
      'instance_id',
      'date',
      'start_time',
      'end_time',
      'mode',
      'place',
      'created_at',
      'updated_at',
    ]);
    const attendance = insert('attendance', [
      'meeting_id',
      'representative_id',
      'mandate_id',
      'non_mandated',
      'status',
      'created_at',
      'updated_at',
    ]);
    const per = size.meetingsPerInstancePerYear;
    for (let instanceId = 1; instanceId <= size.instances; instanceId += 1) {
      const members = byInstance[instanceId] ?? [];
      for (const year of BENCH_YEARS) {
        for (let n = 0; n < per; n += 1) {
          const month = 1 + Math.floor((n * 12) / per);
          const day = 1 + ((instanceId + n * 7) % 28);
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const info = meeting.run(
            instanceId,
            date,
            '14:00',
            '16:30',
            'sur_place',
            'Salle du conseil',
            at,
            at,
          );
          if (date > BENCH_TODAY) continue;
          const meetingId = Number(info.lastInsertRowid);
          const seen = new Set<number>();
          for (const m of members) {
            if (m.start > date || m.end < date || seen.has(m.person)) continue;
            seen.add(m.person);
            const r = random();
            const status = r < 0.8 ? 'present' : r < 0.87 ? 'distance' : r < 0.95 ? 'excuse' : 'absent';
            attendance.run(meetingId, m.person, m.id, 0, status, at, at);
          }
        }
      }
    }

    const baseKind = raw.prepare('select id from training_kind where is_base = 1').get() as { id: number };
    const training = insert('training', [
      'representative_id',
      'kind_id',
      'date',
      'duration_minutes',
      'created_at',
    ]);
    for (let i = 1; i <= size.people; i += 2)
      training.run(i, baseKind.id, addDays(BENCH_TODAY, -Math.floor(random() * 2000)), 840, at);
    const version = insert('charter_version', ['title', 'version', 'effective_date', 'body', 'created_at']);
    const v1 = Number(version.run('Charte', '1', addDays(BENCH_TODAY, -1500), '…', at).lastInsertRowid);
    const v2 = Number(version.run('Charte', '2', addDays(BENCH_TODAY, -300), '…', at).lastInsertRowid);
    const signature = insert('charter_signature', [
      'representative_id',
      'charter_version_id',
      'signed_on',
      'method',
      'created_at',
    ]);
    for (let i = 1; i <= Math.floor(size.people * 0.7); i += 1)
      signature.run(
        i,
        i % 3 === 0 ? v1 : v2,
        addDays(BENCH_TODAY, -Math.floor(random() * 1400)),
        'papier',
        at,
      );
  })();
  raw.exec('analyze');
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
}

const root = path.resolve(__dirname, '..');

/** The seeded file for this size, written the first time (about 10 s normal, 2 min large). */
export async function datasetFile(size: DatasetSize): Promise<string> {
  const dir = path.join(root, '.cache', 'bench');
  const file = path.join(
    dir,
    `dataset-v${DATASET_VERSION}-schema${latestSchemaVersion}-${size.label}.sqlite`,
  );
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const start = Date.now();
  process.stdout.write(`Données de mesure (${size.label}) : écriture de ${partial}… `);
  const migrated = await openDatabase(partial);
  await migrated.close();
  seed(partial, size);
  renameSync(partial, file);
  console.log(`${((Date.now() - start) / 1000).toFixed(0)} s`);
  return file;
}

export interface BenchApp {
  ctx: ServiceContext;
  database: OpenDatabase;
  close: () => Promise<void>;
}

/** A copy of the data set opened as the app opens it, with the benches' fixed clock. */
export async function openDataset(size: DatasetSize): Promise<BenchApp> {
  const source = await datasetFile(size);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  copyFileSync(source, file);
  const database = await openDatabase(file);
  const ctx: ServiceContext = {
    db: database.db,
    now: benchNow,
    actor: 'Banc de mesure',
    databaseFile: file,
    mode: 'navigateur',
    appVersion: 'bench',
    filesDir: path.join(dir, 'pieces-jointes'),
    // Produced files go to the outbox as in the app: the dispatch stores them, which is part of the timing.
    outbox: new Outbox({ dir: path.join(dir, 'sortie') }),
  };
  return {
    ctx,
    database,
    close: async () => {
      ctx.outbox?.dispose();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
