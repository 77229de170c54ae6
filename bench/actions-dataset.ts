/**
 * The data set of the actions bench: 5,000 projects and actions (one in ten a project, most
 * actions inside one) carried by the association, 200 organisations or 400 of their instances,
 * 50,000 sessions (meetings with action_id) and 500,000 participations (attendance rows) of
 * 5,000 people. Written with direct SQL in one transaction through the app's migrations, then kept
 * in `.cache/bench/` under a name carrying ACTIONS_DATASET_VERSION and the schema version.
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { latestSchemaVersion } from '../db/migrations';
import { Outbox } from '../electron/files/outbox';
import type { ServiceContext } from '../electron/service-context';
import { actionSearchText } from '../shared/actions/rules';
import { actionStatuses, type ActionStatus } from '../shared/actions/schemas';
import { involvementLevels } from '../shared/register/schemas';
import { addDays } from '../shared/register/register-rules';
import { BENCH_TODAY, benchNow, mulberry32, type BenchApp } from './dataset';

const ACTIONS_DATASET_VERSION = 1;

export const ACTIONS_SIZE = { actions: 5_000, sessionsPerAction: 10, presentPerSession: 10, people: 5_000 };
const ORGANISATIONS = 200;
const INSTANCES = 400;

const formats = [
  'Forum',
  'Atelier',
  'Groupe de travail',
  'Journée',
  'Conférence',
  'Diagnostic',
  'Café-débat',
];
const topics = [
  'santé mentale',
  'diabète',
  'prévention des chutes',
  'vaccination',
  'nutrition des jeunes',
  'addictions',
  'parcours de soins',
  'cancer du sein',
  'aidants familiaux',
  'accès aux droits',
];
const cities = ['Rennes', 'Vitré', 'Fougères', 'Saint-Malo', 'Redon', 'Dinan', 'Brest', 'Lorient'];
const partners = [
  'CPTS Rennes Nord',
  'DAC 35',
  'Mutualité française',
  'France Assos Santé',
  'CCAS',
  'Ligue contre le cancer',
];

function seed(file: string): void {
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const random = mulberry32(10);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const at = `${BENCH_TODAY}T09:00:00.000Z`;
  const insert = (table: string, columns: string[]) =>
    raw.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);

  raw.transaction(() => {
    const person = insert('representative', [
      'civility',
      'last_name',
      'first_name',
      'search_text',
      'created_at',
      'updated_at',
    ]);
    for (let i = 1; i <= ACTIONS_SIZE.people; i += 1)
      person.run(i % 2 ? 'M.' : 'Mme', `Nom-${i}`, 'Camille', `nom-${i} camille`, at, at);
    const organisation = insert('organisation', ['name', 'kind', 'city', 'created_at', 'updated_at']);
    for (let i = 1; i <= ORGANISATIONS; i += 1)
      organisation.run(
        `${i % 3 === 0 ? 'DAC' : 'CPTS'} ${pick(cities)} ${i}`,
        i % 3 === 0 ? 'dac' : 'cpts',
        pick(cities),
        at,
        at,
      );
    const types = raw.prepare('select id from instance_type order by id').all() as Array<{ id: number }>;
    const instance = insert('instance', [
      'organisation_id',
      'type_id',
      'name',
      'seats_titulaire',
      'seats_suppleant',
      'target_min',
      'created_at',
      'updated_at',
    ]);
    for (let i = 1; i <= INSTANCES; i += 1)
      instance.run(
        1 + (i % ORGANISATIONS),
        types[i % types.length]?.id ?? 1,
        `Instance ${i}`,
        2,
        2,
        2,
        at,
        at,
      );
    const themes = (raw.prepare('select id from action_theme').all() as Array<{ id: number }>).map(
      (t) => t.id,
    );

    const action = insert('action', [
      'kind',
      'project_id',
      'title',
      'carrier',
      'organisation_id',
      'instance_id',
      'theme_id',
      'involvement_level',
      'status',
      'start_date',
      'end_date',
      'place',
      'description',
      'partners',
      'expected_beneficiaries',
      'attestation_kind',
      'search_text',
      'created_at',
      'updated_at',
    ]);
    const projects: number[] = [];
    const sessionsOf: Array<{ id: number; start: string }> = [];
    for (let i = 1; i <= ACTIONS_SIZE.actions; i += 1) {
      const isProject = i % 10 === 1;
      const title = `${isProject ? 'Projet' : pick(formats)} ${pick(topics)} ${i}`;
      const place = `${pick(['Salle des fêtes', 'Maison de santé', 'Médiathèque', 'Mairie'])} de ${pick(cities)}`;
      const description = `${pick(formats)} sur ${pick(topics)} avec les usagers et les professionnels du territoire, ${pick(topics)}.`;
      const partnerText = `${pick(partners)}, ${pick(partners)}`;
      const r = random();
      const carrier = r < 0.2 ? 'association' : r < 0.8 ? 'organisation' : 'instance';
      const start = addDays(BENCH_TODAY, -Math.floor(random() * 1500) + 120);
      const end = random() < 0.6 ? addDays(start, Math.floor(random() * 200)) : null;
      const status: ActionStatus = pick(actionStatuses);
      const info = action.run(
        isProject ? 'projet' : 'action',
        !isProject && projects.length > 0 && random() < 0.7 ? pick(projects) : null,
        title,
        carrier,
        carrier === 'organisation' ? 1 + Math.floor(random() * ORGANISATIONS) : null,
        carrier === 'instance' ? 1 + Math.floor(random() * INSTANCES) : null,
        random() < 0.9 ? pick(themes) : null,
        random() < 0.8 ? pick(involvementLevels) : null,
        status,
        start,
        end,
        place,
        description,
        partnerText,
        Math.floor(random() * 300),
        random() < 0.15 ? 'representation' : 'participation',
        actionSearchText({ title, description, partners: partnerText, place }),
        at,
        at,
      );
      const id = Number(info.lastInsertRowid);
      if (isProject) projects.push(id);
      sessionsOf.push({ id, start });
    }

    const meeting = insert('meeting', [
      'action_id',
      'date',
      'start_time',
      'end_time',
      'place',
      'counted_participants',
      'cancelled_at',
      'created_at',
      'updated_at',
    ]);
    const attendance = insert('attendance', [
      'meeting_id',
      'representative_id',
      'non_mandated',
      'status',
      'role',
      'created_at',
      'updated_at',
    ]);
    for (const a of sessionsOf) {
      for (let n = 0; n < ACTIONS_SIZE.sessionsPerAction; n += 1) {
        const info = meeting.run(
          a.id,
          addDays(a.start, n * 14),
          '14:00',
          '16:30',
          'Salle de réunion',
          random() < 0.2 ? Math.floor(random() * 80) : null,
          random() < 0.03 ? at : null,
          at,
          at,
        );
        const meetingId = Number(info.lastInsertRowid);
        const first = Math.floor(random() * ACTIONS_SIZE.people);
        for (let p = 0; p < ACTIONS_SIZE.presentPerSession; p += 1) {
          const r = random();
          attendance.run(
            meetingId,
            1 + ((first + p * 37) % ACTIONS_SIZE.people),
            1,
            r < 0.8 ? 'present' : r < 0.9 ? 'distance' : 'excuse',
            p === 0 ? 'animateur' : 'participant',
            at,
            at,
          );
        }
      }
    }
  })();
  raw.exec('analyze');
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
}

const root = path.resolve(__dirname, '..');

async function actionsDatasetFile(): Promise<string> {
  const dir = path.join(root, '.cache', 'bench');
  const file = path.join(dir, `actions-v${ACTIONS_DATASET_VERSION}-schema${latestSchemaVersion}.sqlite`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const start = Date.now();
  process.stdout.write(`Données de mesure (actions) : écriture de ${partial}… `);
  await (await openDatabase(partial)).close();
  seed(partial);
  renameSync(partial, file);
  console.log(`${((Date.now() - start) / 1000).toFixed(0)} s`);
  return file;
}

/** A copy of the actions data set, opened as the app opens it, with the benches' fixed clock. */
export async function openActionsDataset(): Promise<BenchApp> {
  const source = await actionsDatasetFile();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-actions-bench-'));
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
