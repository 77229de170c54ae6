import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { currentSchemaVersion, openDatabase } from '../../db/connection';

const at = '2026-02-01T09:00:00.000Z';

describe('migration 0007 (every form of engagement)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mig7-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the meetings, their attendance, attestations and claim lines, and lets a meeting be a session of an action', async () => {
    const file = path.join(dir, 'v6.sqlite');
    const v6 = await openDatabase(file, { upTo: 6 });
    await sql`insert into organisation (name, kind, created_at, updated_at) values ('CHU de Rennes', 'etablissement', ${at}, ${at})`.execute(
      v6.db,
    );
    await sql`insert into instance (organisation_id, type_id, name, created_at, updated_at)
      values (1, (select min(id) from instance_type), 'CDU du CHU', ${at}, ${at})`.execute(v6.db);
    await sql`insert into representative (civility, last_name, first_name, search_text, created_at, updated_at)
      values ('Mme', 'Guérin', 'Maëlle', 'guerin maelle', ${at}, ${at})`.execute(v6.db);
    for (const date of ['2026-01-10', '2026-01-20', '2026-01-30'])
      await sql`insert into meeting (instance_id, date, start_time, end_time, created_at, updated_at)
        values (1, ${date}, '14:00', '16:00', ${at}, ${at})`.execute(v6.db);
    // The last meeting is deleted: its number must not be given again after the rebuild.
    await sql`delete from meeting where id = 3`.execute(v6.db);
    await sql`insert into attendance (meeting_id, representative_id, status, created_at, updated_at)
      values (2, 1, 'present', ${at}, ${at})`.execute(v6.db);
    await sql`insert into attestation (reference, year, number, meeting_id, representative_id, issued_on, issued_at, content)
      values ('ATT-2026-0001', 2026, 1, 2, 1, '2026-01-21', ${at}, '{}')`.execute(v6.db);
    await sql`insert into claim (representative_id, status, total_cents, created_at, updated_at)
      values (1, 'brouillon', 0, ${at}, ${at})`.execute(v6.db);
    await sql`insert into claim_line (claim_id, kind, date, purpose, meeting_id, created_at, updated_at)
      values (1, 'parking', '2026-01-20', 'CDU', 2, ${at}, ${at})`.execute(v6.db);
    await v6.close();

    const v7 = await openDatabase(file, { upTo: 7 });
    const db = v7.db;
    expect(await currentSchemaVersion(db)).toBeGreaterThanOrEqual(7);
    const meetings = await db
      .selectFrom('meeting')
      .select(['id', 'instance_id', 'action_id', 'date'])
      .orderBy('id')
      .execute();
    expect(meetings).toEqual([
      { id: 1, instance_id: 1, action_id: null, date: '2026-01-10' },
      { id: 2, instance_id: 1, action_id: null, date: '2026-01-20' },
    ]);
    expect(await db.selectFrom('attendance').select(['meeting_id', 'role']).execute()).toEqual([
      { meeting_id: 2, role: 'participant' },
    ]);
    expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
    // Still enforced after the rebuild.
    await expect(sql`delete from meeting where id = 2`.execute(db)).rejects.toThrow(/FOREIGN KEY/);

    const person = await db
      .selectFrom('representative as r')
      .innerJoin('person_profile as p', 'p.id', 'r.profile_id')
      .select(['p.code', 'p.label_feminine'])
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ code: 'representant_usagers', label_feminine: 'Représentante des usagers' });
    expect(
      await db.selectFrom('action_theme').select('label').orderBy('sort_order').executeTakeFirst(),
    ).toEqual({
      label: 'Santé de la femme, du couple et de l’enfant',
    });

    await sql`insert into action (kind, title, carrier, organisation_id, search_text, created_at, updated_at)
      values ('action', 'Forum santé', 'organisation', 1, 'forum sante', ${at}, ${at})`.execute(db);
    await sql`insert into meeting (action_id, date, start_time, end_time, counted_participants, created_at, updated_at)
      values (1, '2026-03-05', '09:00', '12:00', 40, ${at}, ${at})`.execute(db);
    const session = await db
      .selectFrom('meeting')
      .select(['id', 'action_id'])
      .where('action_id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(session).toEqual({ id: 4, action_id: 1 });
    // A meeting belongs to an instance or to an action, never both and never neither.
    await expect(
      sql`insert into meeting (instance_id, action_id, date, start_time, end_time, created_at, updated_at)
        values (1, 1, '2026-03-06', '09:00', '12:00', ${at}, ${at})`.execute(db),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`insert into meeting (date, start_time, end_time, created_at, updated_at)
        values ('2026-03-06', '09:00', '12:00', ${at}, ${at})`.execute(db),
    ).rejects.toThrow(/CHECK/);
    // An action carried by an organisation names it.
    await expect(
      sql`insert into action (kind, title, carrier, search_text, created_at, updated_at)
        values ('action', 'Sans porteur', 'organisation', 'x', ${at}, ${at})`.execute(db),
    ).rejects.toThrow(/CHECK/);
    await v7.close();
  });
});

describe('migration 0007 on a database whose meetings were all deleted', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mig7b-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('still never gives a deleted meeting’s number again', async () => {
    const file = path.join(dir, 'v6.sqlite');
    const v6 = await openDatabase(file, { upTo: 6 });
    await sql`insert into organisation (name, kind, created_at, updated_at) values ('CPTS', 'cpts', ${at}, ${at})`.execute(
      v6.db,
    );
    await sql`insert into instance (organisation_id, type_id, name, created_at, updated_at)
      values (1, (select min(id) from instance_type), 'Bureau', ${at}, ${at})`.execute(v6.db);
    await sql`insert into meeting (instance_id, date, start_time, end_time, created_at, updated_at)
      values (1, '2026-01-10', '14:00', '16:00', ${at}, ${at})`.execute(v6.db);
    await sql`delete from meeting`.execute(v6.db);
    await v6.close();
    const v7 = await openDatabase(file);
    await sql`insert into meeting (instance_id, date, start_time, end_time, created_at, updated_at)
      values (1, '2026-02-10', '14:00', '16:00', ${at}, ${at})`.execute(v7.db);
    expect(await v7.db.selectFrom('meeting').select('id').execute()).toEqual([{ id: 2 }]);
    expect(
      (await sql`select count(*) as n from sqlite_sequence where name = 'meeting'`.execute(v7.db)).rows,
    ).toEqual([{ n: 1 }]);
    await v7.close();
  });
});
