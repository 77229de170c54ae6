import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentSchemaVersion, openDatabase } from '../../db/connection';
import { listRepresentatives } from '../../db/register/representatives';

describe('migration 0006 (search index and indexes for scale)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mig6-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes the people of a version-5 database and keeps the index in step afterwards', async () => {
    const file = path.join(dir, 'v5.sqlite');
    const v5 = await openDatabase(file, { upTo: 5 });
    const at = '2025-03-01T09:00:00.000Z';
    const person = (last: string, first: string, city: string, archivedAt: string | null = null) => ({
      civility: 'Mme' as const,
      last_name: last,
      first_name: first,
      city,
      employed: 0,
      search_text: `${last} ${first} ${city}`.toLowerCase(),
      archived_at: archivedAt,
      created_at: at,
      updated_at: at,
    });
    await v5.db
      .insertInto('representative')
      .values([
        person('guerin', 'maelle', 'vitre'),
        person('kerjean', 'yannick', 'rennes'),
        person('guillou', 'anais', 'rennes', at),
      ])
      .execute();
    await v5.close();

    // Up to 0007 as well: the repository below reads each person's profile (person_profile, 0007).
    const v6 = await openDatabase(file, { upTo: 7 });
    expect(await currentSchemaVersion(v6.db)).toBe(7);
    const find = async (search: string, status: 'actifs' | 'archives' | 'tous' = 'tous') =>
      (
        await listRepresentatives(v6.db, {
          search,
          status,
          sort: 'nom',
          direction: 'asc',
          offset: 0,
          limit: 10,
        })
      ).rows.map((r) => r.lastName);
    expect(await find('rennes')).toEqual(['guillou', 'kerjean']);
    expect(await find('rennes', 'actifs')).toEqual(['kerjean']);
    expect(await find('uerin')).toEqual(['guerin']);

    // The triggers: a new person, a changed name, a deleted person.
    await v6.db
      .insertInto('representative')
      .values(person('moreau', 'loic', 'brest'))
      .execute();
    await v6.db
      .updateTable('representative')
      .set({ last_name: 'bréhat', search_text: 'brehat maelle vitre' })
      .where('last_name', '=', 'guerin')
      .execute();
    await v6.db.deleteFrom('representative').where('last_name', '=', 'kerjean').execute();
    expect(await find('brest')).toEqual(['moreau']);
    expect(await find('guerin')).toEqual([]);
    expect(await find('brehat')).toEqual(['bréhat']);
    expect(await find('rennes')).toEqual(['guillou']);
    // FTS5's own check that the index matches its content table: throws when they differ.
    await expect(
      sql`insert into representative_fts(representative_fts) values ('integrity-check')`.execute(v6.db),
    ).resolves.toBeDefined();
    await v6.close();
  });
});
