/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * Every form of engagement, not only mandates on formal bodies.
 *
 * - `person_profile`: what each person is for the association (représentant des usagers, patient
 *   partenaire, pair-aidant…), an editable list; everyone already in the register was a
 *   représentant des usagers.
 * - `action_theme`: the themes of seed 002 (the ARS « bilan d'action »), editable data.
 * - `action`: a project or an action carried by the association, an organisation or an instance.
 *   `attestation_kind` says whether taking part is a representation under L3142-60 (attestation
 *   de présence, congé de représentation) or only a participation (attestation de participation).
 * - `meeting` is rebuilt so that a dated session of an action is a meeting too: attendance,
 *   claims from presences, attestations and relevés then work on sessions without a second copy.
 *   A meeting belongs to an instance or to an action, never both. `counted_participants` holds
 *   the people who took part without being in the register (residents at a forum): counted, not named.
 * - `attendance.role`: a participant, or the animateur / intervenant of a session.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person_profile')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('label_feminine', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'text')
    .execute();
  const profiles: [string, string, string | null][] = [
    ['representant_usagers', 'Représentant des usagers', 'Représentante des usagers'],
    ['representant_associatif', 'Représentant associatif', 'Représentante associative'],
    ['patient_partenaire', 'Patient partenaire', 'Patiente partenaire'],
    ['pair_aidant', 'Pair-aidant', 'Paire-aidante'],
    ['patient_formateur', 'Patient formateur', 'Patiente formatrice'],
    ['benevole', 'Bénévole', null],
    ['autre', 'Autre', null],
  ];
  await db
    .insertInto('person_profile')
    .values(
      profiles.map(([code, label, feminine], i) => ({
        code,
        label,
        label_feminine: feminine,
        sort_order: i + 1,
      })),
    )
    .execute();
  await db.schema
    .alterTable('representative')
    .addColumn('profile_id', 'integer', (c) => c.references('person_profile.id'))
    .execute();
  await sql`update representative set profile_id = (select id from person_profile where code = 'representant_usagers')`.execute(
    db,
  );
  await db.schema
    .createIndex('representative_profile_idx')
    .on('representative')
    .column('profile_id')
    .execute();

  await db.schema
    .createTable('action_theme')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('label', 'text', (c) => c.notNull().unique())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'text')
    .execute();
  const themes = [
    'Santé de la femme, du couple et de l’enfant',
    'Santé des jeunes',
    'Santé nutritionnelle',
    'Maladies chroniques (diabète, IRC, ICC, AVC)',
    'Addictions',
    'Santé mentale',
    'Handicap',
    'Autonomie des personnes âgées',
    'Cancer',
    'Environnement',
    'Vaccination',
    'Accès aux soins et parcours',
  ];
  await db
    .insertInto('action_theme')
    .values(themes.map((label, i) => ({ label, sort_order: i + 1 })))
    .execute();

  await db.schema
    .createTable('action')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('projet', 'action')`))
    .addColumn('project_id', 'integer', (c) => c.references('action.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('carrier', 'text', (c) =>
      c.notNull().check(sql`carrier in ('association', 'organisation', 'instance')`),
    )
    .addColumn('organisation_id', 'integer', (c) => c.references('organisation.id').onDelete('restrict'))
    .addColumn('instance_id', 'integer', (c) => c.references('instance.id').onDelete('restrict'))
    .addColumn('theme_id', 'integer', (c) => c.references('action_theme.id').onDelete('restrict'))
    .addColumn('phase', 'text')
    .addColumn('involvement_level', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('prevu')
        .check(sql`status in ('prevu', 'en_cours', 'termine', 'annule')`),
    )
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('place', 'text')
    .addColumn('description', 'text')
    .addColumn('expected_beneficiaries', 'integer')
    .addColumn('actual_beneficiaries', 'integer')
    .addColumn('partners', 'text')
    .addColumn('attestation_kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('participation')
        .check(sql`attestation_kind in ('participation', 'representation')`),
    )
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'action_carrier_check',
      sql`(carrier = 'association' and organisation_id is null and instance_id is null)
        or (carrier = 'organisation' and organisation_id is not null and instance_id is null)
        or (carrier = 'instance' and instance_id is not null)`,
    )
    .execute();
  await db.schema.createIndex('action_start_idx').on('action').columns(['start_date', 'id']).execute();
  await db.schema.createIndex('action_status_idx').on('action').columns(['status', 'start_date']).execute();
  await db.schema.createIndex('action_organisation_idx').on('action').column('organisation_id').execute();
  await db.schema.createIndex('action_instance_idx').on('action').column('instance_id').execute();
  await db.schema.createIndex('action_theme_idx').on('action').column('theme_id').execute();
  await db.schema.createIndex('action_project_idx').on('action').column('project_id').execute();

  // The rebuild keeps every id, so attendance, attestations and claim lines still point at the
  // same rows. SQLite counts the references the drop leaves dangling and each row written back
  // under the same name answers them, so the deferred foreign keys hold again at commit.
  await sql`pragma defer_foreign_keys = on`.execute(db);
  const sequence = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'meeting'`.execute(
    db,
  );
  await sql`create temporary table "meeting_copy" as select * from "meeting"`.execute(db);
  await sql`drop table "meeting"`.execute(db);
  await sql`create table "meeting" (
    "id" integer primary key autoincrement,
    "instance_id" integer references "instance" ("id") on delete restrict,
    "action_id" integer references "action" ("id") on delete restrict,
    "date" text not null, "start_time" text not null, "end_time" text not null,
    "mode" text default 'sur_place' not null, "place" text, "title" text, "agenda" text,
    "minutes_reference" text, "notes" text, "series_id" text, "cancelled_at" text, "cancel_reason" text,
    "counted_participants" integer,
    "created_at" text not null, "updated_at" text not null,
    constraint "meeting_owner_check" check ((instance_id is null) <> (action_id is null))
  )`.execute(db);
  await sql`insert into "meeting" (id, instance_id, date, start_time, end_time, mode, place, title, agenda,
      minutes_reference, notes, series_id, cancelled_at, cancel_reason, created_at, updated_at)
    select id, instance_id, date, start_time, end_time, mode, place, title, agenda,
      minutes_reference, notes, series_id, cancelled_at, cancel_reason, created_at, updated_at
    from "meeting_copy" order by id`.execute(db);
  await sql`drop table "meeting_copy"`.execute(db);
  // A deleted last meeting must not see its number given again.
  const seq = sequence.rows[0]?.seq;
  if (seq !== undefined) {
    const now = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'meeting'`.execute(
      db,
    );
    if (now.rows.length === 0)
      await sql`insert into sqlite_sequence (name, seq) values ('meeting', ${seq})`.execute(db);
    else await sql`update sqlite_sequence set seq = max(seq, ${seq}) where name = 'meeting'`.execute(db);
  }
  await db.schema
    .createIndex('meeting_instance_date_idx')
    .on('meeting')
    .columns(['instance_id', 'date'])
    .execute();
  await db.schema
    .createIndex('meeting_action_date_idx')
    .on('meeting')
    .columns(['action_id', 'date'])
    .execute();
  await db.schema.createIndex('meeting_date_idx').on('meeting').column('date').execute();
  await db.schema.createIndex('meeting_series_idx').on('meeting').column('series_id').execute();

  await db.schema
    .alterTable('attendance')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('participant'))
    .execute();
}
