/**
 * The Kysely table types (db/schema/*.ts) are written by hand: this test keeps them from drifting
 * from what the migrations build. It migrates an in-memory database, reads every table and column
 * from SQLite, reads the `Database` interface with the TypeScript checker, and names every
 * table or column where they disagree. It also keeps test/migrations/schema.snapshot.sql, the
 * migrated schema as text, so that a review sees every schema change in the diff.
 *
 * After adding a migration: UPDATE_SCHEMA_SNAPSHOT=1 npx jest test/migrations/schema-types.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type OpenDatabase } from '../../db/connection';
import { latestSchemaVersion, migrations } from '../../db/migrations';
import { readDeclaredSchema, type DeclaredTable } from '../helpers/declared-schema';
import { readMigratedSchema, schemaSnapshot } from '../helpers/migrated-schema';
import { schemaDrift } from '../helpers/schema-drift';

const snapshotFile = path.join(__dirname, 'schema.snapshot.sql');
const root = path.resolve(__dirname, '..', '..');

// The type checker loads db/schema and what it imports (kysely, zod through shared/): a few seconds.
jest.setTimeout(60_000);

let database: OpenDatabase;
let declared: DeclaredTable[];

beforeAll(async () => {
  database = await openDatabase(':memory:');
  declared = readDeclaredSchema();
});

afterAll(() => database.close());

/** Columns with a DEFAULT that the code must nevertheless always give (so they are not Generated<>). */
const requiredOnInsert = {
  'representative.search_text':
    'computed from the name, city… by the repository; a representative inserted without it could not be found',
};

/** A scratch copy of a schema file, each replacement required to apply (so the test cannot pass vacuously). */
function edit(text: string, ...replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => {
    if (!result.includes(from))
      throw new Error(`« ${from} » is not in the schema file any more: update this test`);
    return result.replace(from, to);
  }, text);
}

const drift = async (db: Kysely<unknown>, types: DeclaredTable[]) =>
  schemaDrift(await readMigratedSchema(db), types, { requiredOnInsert });

describe('the table types of db/schema', () => {
  it('match the migrated database: same tables, same columns, compatible types, nullability and defaults', async () => {
    const problems = await drift(database.db as Kysely<unknown>, declared);
    if (problems.length > 0) {
      throw new Error(
        `db/schema/*.ts has drifted from the migrations (${problems.length}):\n- ${problems.join('\n- ')}`,
      );
    }
  });

  it('are checked against the committed snapshot of the migrated schema', async () => {
    const current = await schemaSnapshot(database.db as Kysely<unknown>, latestSchemaVersion);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) {
      writeFileSync(snapshotFile, current);
      return;
    }
    if (!existsSync(snapshotFile)) {
      throw new Error(
        `${path.relative(root, snapshotFile)} is missing: UPDATE_SCHEMA_SNAPSHOT=1 npx jest test/migrations/schema-types.test.ts`,
      );
    }
    // A mismatch means a migration changed the schema: regenerate the snapshot (command above) and commit it.
    expect(current).toBe(readFileSync(snapshotFile, 'utf8'));
  });
});

describe('the schema check', () => {
  it('names the table and column a new migration changed without its type', async () => {
    const changed = await openDatabase(':memory:', {
      migrationList: [
        ...migrations,
        {
          version: latestSchemaVersion + 1,
          name: 'scratch',
          up: async (db) => {
            await sql`alter table attendance add column seat text not null default ''`.execute(db);
            await sql`alter table meeting drop column notes`.execute(db);
            await sql`create table badge (id integer primary key autoincrement, label text)`.execute(db);
          },
        },
      ],
    });
    try {
      const problems = await drift(changed.db as Kysely<unknown>, declared);
      expect(problems).toEqual([
        'attendance.seat: the column exists in the database but not in db/schema/meetings.ts (AttendanceTable) (TEXT not null)',
        'badge: the migrations create this table but the Database interface (db/schema/*.ts) has no such table',
        'meeting.notes: db/schema/meetings.ts (MeetingTable) declares this column but no migration creates it',
      ]);
    } finally {
      await changed.close();
    }
  });

  it('names the column whose type a scratch copy of db/schema changed', async () => {
    const file = path.join('db', 'schema', 'meetings.ts');
    const edited = edit(
      readFileSync(path.join(root, file), 'utf8'),
      ['  non_mandated: Generated<Flag>;', '  non_mandated: Generated<string>;'],
      ['  status: AttendanceStatus;', '  status: AttendanceStatus | null;'],
      ['  place: string | null;', '  place: string;'],
      ['  mode: Generated<MeetingMode>;', '  mode: MeetingMode;'],
      ['  issued_on: string;', '  issued_on: Generated<string>;'],
    );
    const problems = await drift(database.db as Kysely<unknown>, readDeclaredSchema({ [file]: edited }));
    expect(problems).toEqual([
      'attendance.non_mandated — db/schema/meetings.ts (AttendanceTable), non_mandated: Generated<string>: the column is INTEGER in SQL, so its type must be a number',
      expect.stringMatching(
        /^attendance\.status — db\/schema\/meetings\.ts \(AttendanceTable\), status: .* \| null: the column is NOT NULL but its type says `\| null`$/,
      ),
      'attestation.issued_on — db/schema/meetings.ts (AttestationTable), issued_on: Generated<string>: the type is Generated<…> but the column has no DEFAULT: an insert without it would fail',
      expect.stringMatching(
        /^meeting\.mode — db\/schema\/meetings\.ts \(MeetingTable\), mode: .*: the column has DEFAULT 'sur_place', so its type must be Generated<…> \(optional on insert\)$/,
      ),
      'meeting.place — db/schema/meetings.ts (MeetingTable), place: string: the column accepts NULL (no NOT NULL) but its type has no `| null`',
    ]);
  });

  it('holds a union type to the values a CHECK constraint allows', async () => {
    const file = path.join('db', 'schema', 'core.ts');
    const edited = edit(readFileSync(path.join(root, file), 'utf8'), [
      '  kind: VehicleKind;',
      "  kind: VehicleKind | 'trottinette';",
    ]);
    const problems = await drift(database.db as Kysely<unknown>, readDeclaredSchema({ [file]: edited }));
    expect(problems).toEqual([
      expect.stringMatching(
        /^vehicle\.kind — db\/schema\/core\.ts \(VehicleTable\), kind: .*: the CHECK allows 'voiture' \| 'moto' \| 'cyclomoteur' but the type allows 'cyclomoteur' \| 'moto' \| 'trottinette' \| 'voiture'$/,
      ),
    ]);
  });
});
