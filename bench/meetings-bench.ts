/**
 * Meetings: on the data set (people 40 % employed, three years of attendance), the congé warnings
 * of « À faire », a meeting's attendance grid, one person's relevé and congé counter, at the
 * dispatch boundary; on a set of 300 people (two mandates, twenty meetings each in the year), the
 * relevé annuel of all of them in one batch — queries, figures and PDF. Each against the same SQL
 * run directly. Run alone: npx tsx bench/meetings-bench.ts [--large]
 */
import { sql } from 'kysely';
import { openDatabase } from '../db/connection';
import type { ServiceContext } from '../electron/service-context';
import { allParticipationRecordsFile } from '../electron/attestations/participation-records';
import { dispatch } from '../electron/ipc/dispatch';
import { BENCH_TODAY, LARGE, mulberry32, NORMAL, openDataset } from './dataset';
import { atMost, compare, type BenchOptions, type BenchRow } from './measure';
import { printRows } from './print';
import { recordSql, SQL_FLOOR, type RecordedSql } from './sql-floor';

const PEOPLE = 300;
const INSTANCES = 75;
const MEMBERS = 8;
const MEETINGS_PER_YEAR = 10;
const YEAR = 2026;

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

/** The relevé annuel of 300 people in one batch, on its own in-memory set. */
async function releveRow(): Promise<BenchRow> {
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
    await seed(ctx);
    let count = 0;
    const releve = async () => {
      count = (await allParticipationRecordsFile(ctx, YEAR)).count;
    };
    const recorded = await recordSql(releve);
    const rows = await sql<{ n: number }>`select count(*) as n from attendance`.execute(ctx.db);
    return await compare(
      `Relevé annuel of ${count} people in one batch, ${Number(rows.rows[0]?.n ?? 0).toLocaleString('en-US')} attendance rows (queries, figures, PDF)`,
      releve,
      recorded.replay,
      { runs: 7, warmup: 0, floorLabel: SQL_FLOOR, target: atMost('median', 1000) },
    );
  } finally {
    await database.close();
  }
}

export async function runMeetingsBench(options: BenchOptions): Promise<BenchRow[]> {
  const size = options.large ? LARGE : NORMAL;
  const app = await openDataset(size);
  const rows: BenchRow[] = [];
  try {
    const { ctx } = app;
    const employed = await sql<{
      n: number;
    }>`select count(*) as n from representative where employed = 1`.execute(ctx.db);
    const warnings = await recordSql(() => dispatch(ctx, 'meetings:congeWarnings', {}));
    rows.push(
      await compare(
        `Congé warnings of « À faire », ${Number(employed.rows[0]?.n ?? 0).toLocaleString('en-US')} employed people, 3 years of meetings`,
        () => dispatch(ctx, 'meetings:congeWarnings', {}),
        warnings.replay,
        { runs: 10, warmup: 0, floorLabel: SQL_FLOOR },
      ),
    );
    // Meetings already held and people who sat there, spread over the set.
    const held = (
      await sql<{ meetingId: number; personId: number }>`
        select a.meeting_id as meetingId, a.representative_id as personId from attendance a
        join meeting m on m.id = a.meeting_id join representative r on r.id = a.representative_id
        where m.date <= ${BENCH_TODAY} and r.employed = 1 and a.id % 211 = 0 order by a.id limit 8`.execute(
        ctx.db,
      )
    ).rows;
    const grids: RecordedSql[] = [];
    for (const h of held)
      grids.push(await recordSql(() => dispatch(ctx, 'meetings:attendance', { id: h.meetingId })));
    rows.push(
      await compare(
        'Attendance grid of a meeting, 8 meetings in turn',
        (k) => dispatch(ctx, 'meetings:attendance', { id: held[k % held.length]?.meetingId ?? 1 }),
        (k) => grids[k % grids.length]?.replay(),
        { runs: 40, warmup: 4, floorLabel: SQL_FLOOR },
      ),
    );
    const counters: RecordedSql[] = [];
    const counter = (k: number) => ({ representativeId: held[k % held.length]?.personId ?? 1, year: 2026 });
    for (let i = 0; i < held.length; i += 1)
      counters.push(await recordSql(() => dispatch(ctx, 'meetings:conge', counter(i))));
    rows.push(
      await compare(
        'Congé counter of an employed person for the year, 8 people in turn',
        (k) => dispatch(ctx, 'meetings:conge', counter(k)),
        (k) => counters[k % counters.length]?.replay(),
        { runs: 40, warmup: 4, floorLabel: SQL_FLOOR },
      ),
    );
    const releves: RecordedSql[] = [];
    for (let i = 0; i < held.length; i += 1)
      releves.push(await recordSql(() => dispatch(ctx, 'attestations:participationPdf', counter(i))));
    rows.push(
      await compare(
        'Relevé annuel of one person (queries, figures, PDF), 8 people in turn',
        (k) => dispatch(ctx, 'attestations:participationPdf', counter(k)),
        (k) => releves[k % releves.length]?.replay(),
        { runs: 30, warmup: 3, floorLabel: SQL_FLOOR },
      ),
    );
  } finally {
    await app.close();
  }
  rows.push(await releveRow());
  return rows;
}

if (/meetings-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  void runMeetingsBench({ large: process.argv.includes('--large') }).then(printRows);
}
