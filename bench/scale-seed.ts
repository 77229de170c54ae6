/**
 * The data sets of the scale bench (issue 9, points 8–10), written straight through
 * better-sqlite3 so that 100,000 people and millions of attendance rows take seconds, not minutes:
 * people (40 % employed, 2 % archived), one instance per five people, three mandates a person
 * spread over ten years (36-month terms, some ended early), six meetings a year per instance over
 * three years, and the attendance of every mandate holder at the held meetings of their term.
 */
import BetterSqlite3 from 'better-sqlite3';
import { searchTextOf } from '../db/register/representatives';
import { addDays, addMonths, dayBefore } from '../shared/register/register-rules';

export interface ScaleSet {
  people: number;
  instances: number;
  mandates: number;
  meetings: number;
  attendance: number;
}

/** Deterministic PRNG: every run measures the same register. */
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

const lastNames = ['Le Goff', 'Guérin', 'Dubois-Martin', 'Lefèvre', 'Hélias', 'Moreau', 'Bréhat', 'Kerjean'];
const firstNames = ['Hélène', 'Maëlle', 'Yannick', 'Jérôme', 'Anaïs', 'Loïc', 'Françoise', 'Gaël'];
const cities: Array<[string, string]> = [
  ['Rennes', '35000'],
  ['Saint-Malo', '35400'],
  ['Fougères', '35300'],
  ['Vitré', '35500'],
  ['Redon', '35600'],
  ['Brest', '29200'],
];
const origins = ['France Alzheimer 35', 'UFC-Que Choisir', 'Familles rurales', 'APF France handicap', null];

/** Seeds an empty, migrated database file. `today` is the clock's day (ISO). */
export function seedScaleSet(file: string, people: number, today: string, seed = 35): ScaleSet {
  const random = mulberry32(seed);
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const at = `${today}T08:00:00.000Z`;
  const instances = Math.max(10, Math.floor(people / 5));
  const organisations = Math.max(2, Math.floor(instances / 5));
  const year = Number(today.slice(0, 4));
  let mandateCount = 0;
  let meetingCount = 0;
  let attendanceCount = 0;

  db.transaction(() => {
    const person = db.prepare(
      `insert into representative (civility, last_name, first_name, email, postal_code, city,
        origin_association, employed, employer, search_text, archived_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const archived = new Set<number>();
    for (let i = 1; i <= people; i += 1) {
      const lastName = `${lastNames[i % lastNames.length]}${i}`;
      const firstName = firstNames[(i * 7) % firstNames.length] as string;
      const [city, postalCode] = cities[(i * 3) % cities.length] as [string, string];
      const origin = origins[i % origins.length] ?? null;
      const email = `p${i}@exemple.fr`;
      const employed = random() < 0.4;
      const isArchived = i % 50 === 0;
      if (isArchived) archived.add(i);
      person.run(
        i % 2 ? 'Mme' : 'M.',
        lastName,
        firstName,
        email,
        postalCode,
        city,
        origin,
        employed ? 1 : 0,
        employed ? 'CHU de Rennes' : null,
        searchTextOf({ lastName, firstName, city, originAssociation: origin, email, postalCode }),
        isArchived ? at : null,
        at,
        at,
      );
    }
    const organisation = db.prepare(
      `insert into organisation (name, kind, created_at, updated_at) values (?, 'etablissement', ?, ?)`,
    );
    for (let i = 0; i < organisations; i += 1) organisation.run(`Organisation ${i}`, at, at);
    const types = db.prepare('select id from instance_type order by id').all() as Array<{ id: number }>;
    const instance = db.prepare(
      `insert into instance (organisation_id, type_id, name, seats_titulaire, seats_suppleant, target_min,
        archived_at, created_at, updated_at) values (?, ?, ?, 2, 2, 2, ?, ?, ?)`,
    );
    for (let i = 0; i < instances; i += 1) {
      instance.run(
        1 + (i % organisations),
        (types[i % types.length] as { id: number }).id,
        `Instance ${i}`,
        i % 100 === 0 ? at : null,
        at,
        at,
      );
    }

    // Six meetings a year per instance over three years; ids are consecutive per instance.
    const meeting = db.prepare(
      `insert into meeting (instance_id, date, start_time, end_time, mode, created_at, updated_at)
       values (?, ?, '14:00', '17:00', 'sur_place', ?, ?)`,
    );
    const meetingsOf = new Map<number, Array<{ id: number; date: string }>>();
    for (let inst = 1; inst <= instances; inst += 1) {
      const list: Array<{ id: number; date: string }> = [];
      for (let y = year - 2; y <= year; y += 1) {
        for (let month = 1; month <= 11; month += 2) {
          const date = `${y}-${String(month).padStart(2, '0')}-${String(5 + (inst % 20)).padStart(2, '0')}`;
          const id = Number(meeting.run(inst, date, at, at).lastInsertRowid);
          list.push({ id, date });
          meetingCount += 1;
        }
      }
      meetingsOf.set(inst, list);
    }

    const mandate = db.prepare(
      `insert into mandate (representative_id, instance_id, role, start_date, end_date, ended_on, end_reason,
        created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const attendance = db.prepare(
      `insert or ignore into attendance (meeting_id, representative_id, mandate_id, status, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?)`,
    );
    const mandates = people * 3;
    for (let i = 0; i < mandates; i += 1) {
      let who = 1 + Math.floor(random() * people);
      if (archived.has(who)) who = who === people ? 1 : who + 1;
      const inst = 1 + (i % instances);
      const start = addDays(today, 60 - Math.floor(random() * 3650));
      const end = dayBefore(addMonths(start, 36));
      const endedEarly = random() < 0.05 && end > today && start < today;
      const endedOn = endedEarly ? addDays(today, -Math.floor(random() * 30)) : null;
      const ended = endedOn !== null && endedOn >= start ? endedOn : null;
      const roll = random();
      const role = roll < 0.45 ? 'titulaire' : roll < 0.8 ? 'suppleant' : 'membre';
      const id = Number(
        mandate.run(who, inst, role, start, end, ended, ended ? 'demission' : null, at, at).lastInsertRowid,
      );
      mandateCount += 1;
      const last = ended ?? end;
      for (const m of meetingsOf.get(inst) ?? []) {
        if (m.date < start || m.date > last || m.date > today) continue;
        const r = random();
        const status = r < 0.7 ? 'present' : r < 0.8 ? 'distance' : r < 0.9 ? 'excuse' : 'absent';
        attendanceCount += attendance.run(m.id, who, id, status, at, at).changes;
      }
    }
  })();
  db.close();
  return { people, instances, mandates: mandateCount, meetings: meetingCount, attendance: attendanceCount };
}
