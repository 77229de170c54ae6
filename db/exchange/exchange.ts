/**
 * What the import and the exports read of the register: whole tables, on purpose — an export is
 * the complete register, and an import plan compares each row of the file with everyone.
 */
import type { Executor } from '../audit';

// ------------------------------------------------------------------ exports (sheet order)

export function representativesForExport(db: Executor) {
  return db
    .selectFrom('representative as r')
    .leftJoin('person_profile as p', 'p.id', 'r.profile_id')
    .selectAll('r')
    .select(['p.label as profile_label', 'p.label_feminine as profile_label_feminine'])
    .orderBy('r.search_text', 'asc')
    .execute();
}

export function instancesForExport(db: Executor) {
  return db
    .selectFrom('instance as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .innerJoin('instance_type as t', 't.id', 'i.type_id')
    .select([
      'i.name',
      'o.name as organisation',
      't.label as type_label',
      'i.seats_titulaire',
      'i.seats_suppleant',
      'i.target_min',
      'i.mandate_months',
      't.default_mandate_months',
      'i.involvement_level',
      'i.participation_form',
      'i.meeting_place',
      'i.archived_at',
    ])
    .orderBy('o.name', 'asc')
    .orderBy('i.name', 'asc')
    .execute();
}

export function mandatesForExport(db: Executor) {
  return db
    .selectFrom('mandate as m')
    .innerJoin('representative as r', 'r.id', 'm.representative_id')
    .innerJoin('instance as i', 'i.id', 'm.instance_id')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select([
      'r.civility',
      'r.last_name',
      'r.first_name',
      'r.email',
      'r.postal_code',
      'i.name as instance',
      'o.name as organisation',
      'm.role',
      'm.role_other',
      'm.start_date',
      'm.end_date',
      'm.ended_on',
      'm.end_reason',
      'm.designating_authority',
      'm.designation_reference',
      'm.proposing_association',
    ])
    .orderBy('r.search_text', 'asc')
    .orderBy('m.start_date', 'desc')
    .execute();
}

// ------------------------------------------------------------------ import plan

export function representativesForImport(db: Executor) {
  return db.selectFrom('representative').selectAll().execute();
}

/** Only active instances receive imported mandates. */
export function activeInstancesForImport(db: Executor) {
  return db
    .selectFrom('instance as i')
    .innerJoin('instance_type as t', 't.id', 'i.type_id')
    .select([
      'i.id',
      'i.name',
      'i.seats_titulaire',
      'i.seats_suppleant',
      'i.mandate_months',
      't.default_mandate_months',
    ])
    .where('i.archived_at', 'is', null)
    .execute();
}

/** The name of one active instance (alphabetically first), for the import template's example row. */
export async function anActiveInstanceName(db: Executor): Promise<string | null> {
  const row = await db
    .selectFrom('instance')
    .select('name')
    .where('archived_at', 'is', null)
    .orderBy('name')
    .limit(1)
    .executeTakeFirst();
  return row?.name ?? null;
}

export function mandatePeriodsForImport(db: Executor) {
  return db
    .selectFrom('mandate')
    .select(['representative_id', 'instance_id', 'role', 'start_date', 'end_date', 'ended_on'])
    .execute();
}
