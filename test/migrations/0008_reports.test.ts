import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { currentSchemaVersion, openDatabase } from '../../db/connection';

const at = '2026-02-01T09:00:00.000Z';

describe('migration 0008 (comptes rendus de mandat)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mig8-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps meetings and attendance, and holds one report per person and meeting with its follow-ups and documents', async () => {
    const file = path.join(dir, 'v7.sqlite');
    const v7 = await openDatabase(file, { upTo: 7 });
    await sql`insert into organisation (name, kind, created_at, updated_at) values ('CHU de Rennes', 'etablissement', ${at}, ${at})`.execute(
      v7.db,
    );
    await sql`insert into instance (organisation_id, type_id, name, created_at, updated_at)
      values (1, (select min(id) from instance_type), 'CDU du CHU', ${at}, ${at})`.execute(v7.db);
    await sql`insert into representative (civility, last_name, first_name, search_text, created_at, updated_at)
      values ('Mme', 'Guérin', 'Maëlle', 'guerin maelle', ${at}, ${at})`.execute(v7.db);
    await sql`insert into meeting (instance_id, date, start_time, end_time, created_at, updated_at)
      values (1, '2026-01-20', '14:00', '16:00', ${at}, ${at})`.execute(v7.db);
    await sql`insert into attendance (meeting_id, representative_id, status, created_at, updated_at)
      values (1, 1, 'present', ${at}, ${at})`.execute(v7.db);
    await sql`insert into stored_file (hash, mime, size, original_name, created_at)
      values (${'a'.repeat(64)}, 'application/pdf', 10, 'odj.pdf', ${at})`.execute(v7.db);
    await v7.close();

    const v8 = await openDatabase(file, { upTo: 8 });
    const db = v8.db;
    expect(await currentSchemaVersion(db)).toBe(8);
    expect(await db.selectFrom('attendance').select(['meeting_id', 'status']).execute()).toEqual([
      { meeting_id: 1, status: 'present' },
    ]);

    await sql`insert into mandate_report (meeting_id, representative_id, points_raised, written_on, author, created_at, updated_at)
      values (1, 1, 'Délais', '2026-01-21', 'Secrétariat', ${at}, ${at})`.execute(db);
    const report = await db.selectFrom('mandate_report').selectAll().executeTakeFirstOrThrow();
    expect(report).toMatchObject({ id: 1, confidential: 0, search_text: '', positions_taken: null });
    // One report per person and meeting.
    await expect(
      sql`insert into mandate_report (meeting_id, representative_id, written_on, author, created_at, updated_at)
        values (1, 1, '2026-01-22', 'x', ${at}, ${at})`.execute(db),
    ).rejects.toThrow(/UNIQUE/);
    await sql`insert into report_follow_up (report_id, description, due_on, owner_representative_id, created_at, updated_at)
      values (1, 'Relancer', '2026-02-15', 1, ${at}, ${at})`.execute(db);
    // An owner is a person of the register or a name in words, not both.
    await expect(
      sql`insert into report_follow_up (report_id, description, owner_representative_id, owner_text, created_at, updated_at)
        values (1, 'Double', 1, 'Quelqu’un', ${at}, ${at})`.execute(db),
    ).rejects.toThrow(/CHECK/);
    await sql`insert into report_document (report_id, file_hash, kind, created_at)
      values (1, ${'a'.repeat(64)}, 'ordre_du_jour', ${at})`.execute(db);
    await expect(
      sql`insert into report_document (report_id, file_hash, kind, created_at)
        values (1, ${'a'.repeat(64)}, 'facture', ${at})`.execute(db),
    ).rejects.toThrow(/CHECK|UNIQUE/);
    // A meeting with a report stays; a report removed takes its follow-ups and documents along.
    await expect(
      sql`delete from attendance`.execute(db).then(() => sql`delete from meeting where id = 1`.execute(db)),
    ).rejects.toThrow(/FOREIGN KEY/);
    await sql`delete from mandate_report where id = 1`.execute(db);
    expect(await db.selectFrom('report_follow_up').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('report_document').selectAll().execute()).toEqual([]);
    expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
    await v8.close();
  });
});
