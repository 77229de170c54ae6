import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { currentSchemaVersion, openDatabase } from '../../db/connection';

const at = '2026-02-01T09:00:00.000Z';

describe('migration 0015 (anonymised people, retention reviews)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mig15-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every person of a version 10 database, none anonymised nor reviewed', async () => {
    const file = path.join(dir, 'v10.sqlite');
    const v10 = await openDatabase(file, { upTo: 10 });
    await sql`insert into representative (last_name, first_name, email, search_text, created_at, updated_at)
      values ('Martin', 'Anne', 'anne@exemple.fr', 'martin anne', ${at}, ${at})`.execute(v10.db);
    await v10.close();

    const v15 = await openDatabase(file, { upTo: 15 });
    expect(await currentSchemaVersion(v15.db)).toBe(15);
    expect(
      await v15.db
        .selectFrom('representative')
        .select(['last_name', 'email', 'anonymised_at', 'retention_reviewed_on'])
        .execute(),
    ).toEqual([
      { last_name: 'Martin', email: 'anne@exemple.fr', anonymised_at: null, retention_reviewed_on: null },
    ]);
    await v15.close();
  });
});
