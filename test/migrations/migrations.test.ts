import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { currentSchemaVersion, openDatabase } from '../../db/connection';
import { latestSchemaVersion, migrations } from '../../db/migrations';
import { openApp } from '../../electron/app-context';

const tempFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'pv-mig-')), 'base.sqlite');

describe('migrations', () => {
  it('bring a version-1 database holding data to the latest version without losing it', async () => {
    const file = tempFile();
    const v1 = await openDatabase(file, { upTo: 1 });
    expect(await currentSchemaVersion(v1.db)).toBe(1);
    await v1.db
      .insertInto('representative')
      .values({
        civility: 'Mme',
        last_name: 'Guérin',
        first_name: 'Maëlle',
        employed: 1,
        employer: 'Lycée',
        search_text: 'guerin maelle',
        created_at: '2025-01-01T00:00:00Z',
        updated_at: '2025-01-01T00:00:00Z',
      })
      .execute();
    await v1.db
      .insertInto('vehicle')
      .values({
        representative_id: 1,
        label: 'Clio',
        kind: 'voiture',
        fiscal_power_cv: 4,
        electric: 0,
        created_at: '2025-01-01',
      })
      .execute();
    await v1.close();

    const latest = await openDatabase(file);
    expect(await currentSchemaVersion(latest.db)).toBe(latestSchemaVersion);
    const person = await latest.db.selectFrom('representative').selectAll().executeTakeFirstOrThrow();
    expect(person).toMatchObject({ last_name: 'Guérin', first_name: 'Maëlle', employed: 1 });
    const types = await latest.db.selectFrom('instance_type').select('code').execute();
    expect(types.map((t) => t.code)).toContain('CDU');
    await latest.close();
  });

  it('each bring the previous version to the next', async () => {
    const file = tempFile();
    for (const m of migrations) {
      const db = await openDatabase(file, { upTo: m.version });
      expect(await currentSchemaVersion(db.db)).toBe(m.version);
      await db.close();
    }
  });

  it('refuse a database created by a newer version of the application, with a clear message', async () => {
    const file = tempFile();
    const db = await openDatabase(file);
    await sql`insert into schema_version (version, name, applied_at) values (${latestSchemaVersion + 1}, 'future', 'x')`.execute(
      db.db,
    );
    await db.close();
    await expect(openDatabase(file)).rejects.toThrow(/version plus récente de Porte-voix/);
    // The application reports it as an AppError the shell and the browser mode show as is.
    await expect(openApp(file, 'navigateur')).rejects.toMatchObject({
      code: 'DB_TOO_NEW',
      message: expect.stringMatching(/version plus récente de Porte-voix/) as unknown,
    });
  });

  it('roll a failing migration back entirely and leave the previous version', async () => {
    const file = tempFile();
    const broken = [
      ...migrations,
      {
        version: latestSchemaVersion + 1,
        name: 'broken',
        up: async (db: Parameters<(typeof migrations)[number]['up']>[0]) => {
          await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
          throw new Error('boom');
        },
      },
    ];
    await expect(openDatabase(file, { migrationList: broken })).rejects.toThrow('boom');
    const db = await openDatabase(file);
    expect(await currentSchemaVersion(db.db)).toBe(latestSchemaVersion);
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where name = 'half_done'`.execute(db.db);
    expect(tables.rows).toHaveLength(0);
    await db.close();
  });

  it('open the database with foreign keys on and in WAL mode', async () => {
    const db = await openDatabase(tempFile());
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db.db);
    const wal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    expect(wal.rows[0]?.journal_mode).toBe('wal');
    await db.close();
  });
});
