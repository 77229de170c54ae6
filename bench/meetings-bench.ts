/**
 * Meetings at scale, through the real services on an in-memory database:
 * the relevé annuel of 300 representatives in one batch (about 20 meetings each) — query,
 * figures and PDF together —, the congé warnings of "À faire", one attendance grid; then the
 * attestation comparison against Chromium, imported from bench/pdf-bench.ts (not duplicated).
 *
 * Run: npx tsx bench/meetings-bench.ts
 */
import { openDatabase } from '../db/connection';
import type { ServiceContext } from '../electron/service-context';
import { allParticipationRecordsFile } from '../electron/attestations/participation-records';
import { getAttendanceGrid } from '../electron/meetings/attendance';
import { congeWarnings } from '../electron/meetings/conge';
import type { BenchResult } from './measure';
import { runPdfBench } from './pdf-bench';

const PEOPLE = 300;
const INSTANCES = 75;
const MEMBERS = 8;
const MEETINGS_PER_YEAR = 10;
const YEAR = 2026;

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

const pad = (n: number) => String(n).padStart(2, '0');

/** Bulk rows written with the query builder: the services would take minutes for 6,000 rows. */
async function seed(ctx: ServiceContext): Promise<{ meetingId: number }> {
  const random = mulberry32(7);
  const db = ctx.db;
  const at = '2026-11-20T10:00:00.000Z';
  await db
    .insertInto('association')
    .values({
      id: 1,
      name: 'Collectif des usagers d’Ille-et-Vilaine',
      address_line: '12 rue de Saint-Malo',
      postal_code: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      objet: 'Représenter les usagers.',
      organism_type: 'Association loi 1901',
      president: 'Hélène Dubois-Martin',
      treasurer: 'Bernard Hamon',
      document_place: 'Rennes',
      updated_at: at,
    })
    .execute();
  const firstNames = [
    'Hélène',
    'Bernard',
    'Maëlle',
    'Jean-Yves',
    'Françoise',
    'Loïc',
    'Anaïs',
    'Gwenaël',
    'Chloé',
    'Éric',
  ];
  const lastNames = [
    'Le Gall',
    'Dupont',
    'Martin',
    'Guérin',
    'Riou',
    'Tanguy',
    'Le Bihan',
    'Morvan',
    'Hamon',
    'Lefèvre',
  ];
  for (let i = 0; i < PEOPLE; i++) {
    const first = firstNames[i % 10] ?? 'Anne';
    const last = `${lastNames[Math.floor(i / 10) % 10] ?? 'Durand'}-${i}`;
    await db
      .insertInto('representative')
      .values({
        civility: i % 2 ? 'M.' : 'Mme',
        first_name: first,
        last_name: last,
        address_line: `${i} rue des Lilas`,
        postal_code: '35000',
        city: 'Rennes',
        employed: i % 3 === 0 ? 1 : 0,
        employer: i % 3 === 0 ? 'Employeur SA' : null,
        search_text: `${last} ${first}`.toLowerCase(),
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  const org = await db
    .insertInto('organisation')
    .values({ name: 'CHU de Rennes', kind: 'etablissement', city: 'Rennes', created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const type = await db
    .selectFrom('instance_type')
    .select('id')
    .where('code', '=', 'CDU')
    .executeTakeFirstOrThrow();
  let firstMeeting = 0;
  for (let k = 0; k < INSTANCES; k++) {
    const instance = await db
      .insertInto('instance')
      .values({
        organisation_id: org.id,
        type_id: type.id,
        name: `Instance ${k + 1}`,
        seats_titulaire: 4,
        seats_suppleant: 4,
        target_min: 2,
        meeting_place: 'Salle A',
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Each person holds two mandates: 300 × 2 = 600 = 75 instances × 8 members.
    const members = Array.from({ length: MEMBERS }, (_, m) => ((k * MEMBERS + m) % PEOPLE) + 1);
    for (const [m, person] of members.entries()) {
      await db
        .insertInto('mandate')
        .values({
          representative_id: person,
          instance_id: instance.id,
          role: m % 2 ? 'suppleant' : 'titulaire',
          start_date: '2024-01-01',
          end_date: '2027-12-31',
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    const mandates = await db
      .selectFrom('mandate')
      .select(['id', 'representative_id'])
      .where('instance_id', '=', instance.id)
      .execute();
    for (let n = 0; n < MEETINGS_PER_YEAR; n++) {
      const meeting = await db
        .insertInto('meeting')
        .values({
          instance_id: instance.id,
          date: `${YEAR}-${pad(1 + n)}-${pad(3 + (k % 25))}`,
          start_time: '14:00',
          end_time: '16:30',
          mode: 'sur_place',
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      firstMeeting ||= meeting.id;
      await db
        .insertInto('attendance')
        .values(
          mandates.map((md) => {
            const r = random();
            return {
              meeting_id: meeting.id,
              representative_id: md.representative_id,
              mandate_id: md.id,
              non_mandated: 0,
              status: r < 0.8 ? 'present' : r < 0.87 ? 'distance' : r < 0.95 ? 'excuse' : 'absent',
              created_at: at,
              updated_at: at,
            };
          }),
        )
        .execute();
    }
  }
  return { meetingId: firstMeeting };
}

async function best(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

export async function runMeetingsBench(
  options: { withPdfComparison?: boolean } = {},
): Promise<BenchResult[]> {
  const database = await openDatabase(':memory:');
  const ctx: ServiceContext = {
    db: database.db,
    now: () => new Date('2026-11-20T10:00:00.000Z'),
    actor: 'bench',
    databaseFile: ':memory:',
    mode: 'navigateur',
    appVersion: 'bench',
    filesDir: null,
  };
  try {
    const { meetingId } = await seed(ctx);
    let count = 0;
    let size = 0;
    const releveMs = await best(3, async () => {
      const file = await allParticipationRecordsFile(ctx, YEAR);
      count = file.count;
      size = file.data.length;
    });
    const rows = await database.db
      .selectFrom('attendance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const warningsMs = await best(5, () => congeWarnings(ctx, '2026-11-20'));
    const gridMs = await best(20, () => getAttendanceGrid(ctx, meetingId));
    const results: BenchResult[] = [
      {
        name: `Relevé annuel : ${count} représentants en un lot (${Number(rows.n)} présences, ${(size / 1024 / 1024).toFixed(1)} Mo) — requêtes, calculs et PDF`,
        value: `${releveMs.toFixed(0)} ms`,
        target: '≤ 1 000 ms',
      },
      {
        name: `Congé de représentation : alertes « À faire » (${PEOPLE / 3} salariés)`,
        value: `${warningsMs.toFixed(1)} ms`,
      },
      { name: 'Grille de présences d’une réunion', value: `${gridMs.toFixed(1)} ms` },
    ];
    if (options.withPdfComparison ?? true) {
      // The attestation against Chromium: the document bench's own figures, not a copy of its code.
      const pdf = await runPdfBench();
      results.push(...pdf.filter((r) => /attestation|Rapport/i.test(r.name)));
    }
    return results;
  } finally {
    await database.close();
  }
}

if (process.argv[1]?.endsWith('meetings-bench.ts')) {
  runMeetingsBench()
    .then((rows) =>
      console.table(rows.map((r) => ({ mesure: r.name, valeur: r.value, cible: r.target ?? '' }))),
    )
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
