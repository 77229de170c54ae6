/**
 * Everything Porte-voix holds about one person, read for the export of their data (RGPD, right of
 * access and portability). Each query is bounded by the person: it filters on their id (or on
 * their own claims and reports through a subquery), never on a list of ids built in memory.
 */
import type { Executor } from '../audit';

export function personRow(db: Executor, id: number) {
  return db
    .selectFrom('representative as r')
    .leftJoin('person_profile as p', 'p.id', 'r.profile_id')
    .selectAll('r')
    .select(['p.label as profile_label', 'p.label_feminine as profile_label_feminine'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export function vehiclesOf(db: Executor, id: number) {
  return db.selectFrom('vehicle').selectAll().where('representative_id', '=', id).orderBy('id').execute();
}

export function mandatesOf(db: Executor, id: number) {
  return db
    .selectFrom('mandate as m')
    .innerJoin('instance as i', 'i.id', 'm.instance_id')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .selectAll('m')
    .select(['i.name as instance', 'o.name as organisation'])
    .where('m.representative_id', '=', id)
    .orderBy('m.start_date')
    .orderBy('m.id')
    .execute();
}

/** Attendance at meetings of instances and at sessions of actions (meeting rows with `action_id`). */
export function attendanceOf(db: Executor, id: number) {
  return db
    .selectFrom('attendance as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .leftJoin('instance as i', 'i.id', 'm.instance_id')
    .leftJoin('action as ac', 'ac.id', 'm.action_id')
    .leftJoin('representative as sub', 'sub.id', 'a.replaced_by_id')
    .select([
      'a.id',
      'm.date',
      'm.start_time as meeting_start',
      'm.end_time as meeting_end',
      'm.mode',
      'm.place',
      'm.title',
      'm.action_id',
      'm.cancelled_at',
      'i.name as instance',
      'ac.title as action',
      'a.status',
      'a.role',
      'a.start_time',
      'a.end_time',
      'a.non_mandated',
      'a.notes',
      'sub.first_name as substitute_first_name',
      'sub.last_name as substitute_last_name',
    ])
    .where('a.representative_id', '=', id)
    .orderBy('m.date')
    .orderBy('a.id')
    .execute();
}

export function attestationsOf(db: Executor, id: number) {
  return db
    .selectFrom('attestation')
    .selectAll()
    .where('representative_id', '=', id)
    .orderBy('issued_at')
    .orderBy('id')
    .execute();
}

export function trainingsOf(db: Executor, id: number) {
  return db
    .selectFrom('training as t')
    .innerJoin('training_kind as k', 'k.id', 't.kind_id')
    .selectAll('t')
    .select('k.label as kind')
    .where('t.representative_id', '=', id)
    .orderBy('t.date')
    .orderBy('t.id')
    .execute();
}

export function charterSignaturesOf(db: Executor, id: number) {
  return db
    .selectFrom('charter_signature as s')
    .innerJoin('charter_version as v', 'v.id', 's.charter_version_id')
    .leftJoin('stored_file as f', 'f.hash', 's.file_hash')
    .selectAll('s')
    .select(['v.title', 'v.version', 'f.original_name', 'f.mime'])
    .where('s.representative_id', '=', id)
    .orderBy('s.signed_on')
    .orderBy('s.id')
    .execute();
}

export function claimsOf(db: Executor, id: number) {
  return db.selectFrom('claim').selectAll().where('representative_id', '=', id).orderBy('id').execute();
}

export function claimLinesOf(db: Executor, id: number) {
  return db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .selectAll('l')
    .select('c.number as claim_number')
    .where('c.representative_id', '=', id)
    .orderBy('l.claim_id')
    .orderBy('l.date')
    .orderBy('l.id')
    .execute();
}

/** The justificatifs attached to the lines of the person's claims. */
export function claimReceiptFilesOf(db: Executor, id: number) {
  return db
    .selectFrom('claim_line_receipt as r')
    .innerJoin('claim_line as l', 'l.id', 'r.line_id')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .innerJoin('stored_file as f', 'f.hash', 'r.file_hash')
    .select([
      'r.file_hash',
      'f.original_name',
      'f.mime',
      'c.id as claim_id',
      'c.number',
      'c.status',
      'l.date',
    ])
    .where('c.representative_id', '=', id)
    .orderBy('c.id')
    .orderBy('l.id')
    .execute();
}

export function sepaPaymentsOf(db: Executor, id: number) {
  return db
    .selectFrom('sepa_batch_item as i')
    .innerJoin('sepa_batch as b', 'b.id', 'i.batch_id')
    .innerJoin('claim as c', 'c.id', 'i.claim_id')
    .select([
      'b.message_id',
      'b.execution_date',
      'b.state',
      'c.number as claim_number',
      'i.person_name',
      'i.iban',
      'i.bic',
      'i.amount_cents',
      'i.remittance',
      'i.withdrawn_at',
      'i.withdraw_reason',
    ])
    .where('i.representative_id', '=', id)
    .orderBy('b.id')
    .execute();
}

export function taxReceiptsOf(db: Executor, id: number) {
  return db
    .selectFrom('tax_receipt')
    .selectAll()
    .where('representative_id', '=', id)
    .orderBy('year')
    .orderBy('seq')
    .execute();
}

export function mandateReportsOf(db: Executor, id: number) {
  return db
    .selectFrom('mandate_report as r')
    .innerJoin('meeting as m', 'm.id', 'r.meeting_id')
    .leftJoin('instance as i', 'i.id', 'm.instance_id')
    .leftJoin('action as ac', 'ac.id', 'm.action_id')
    .selectAll('r')
    .select(['m.date as meeting_date', 'i.name as instance', 'ac.title as action'])
    .where('r.representative_id', '=', id)
    .orderBy('m.date')
    .orderBy('r.id')
    .execute();
}

export function reportDocumentsOf(db: Executor, id: number) {
  return db
    .selectFrom('report_document as d')
    .innerJoin('mandate_report as r', 'r.id', 'd.report_id')
    .innerJoin('stored_file as f', 'f.hash', 'd.file_hash')
    .select(['d.file_hash', 'd.kind', 'f.original_name', 'f.mime', 'r.id as report_id'])
    .where('r.representative_id', '=', id)
    .orderBy('r.id')
    .execute();
}

/** Follow-ups of the person's reports, and those of other reports that the person owns. */
export function followUpsOf(db: Executor, id: number) {
  return db
    .selectFrom('report_follow_up as f')
    .innerJoin('mandate_report as r', 'r.id', 'f.report_id')
    .selectAll('f')
    .where((eb) => eb.or([eb('r.representative_id', '=', id), eb('f.owner_representative_id', '=', id)]))
    .orderBy('f.id')
    .execute();
}

/**
 * The audit log's entries about the person: on their record, and on their own mandates, trainings,
 * signatures, attendance, attestations, claims, reports and receipts (a subquery each, not a list).
 */
export function auditEntriesOf(db: Executor, id: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', 'representative'), eb('entity_id', '=', id)]),
        ...ownedEntities.map(({ entity, table }) =>
          eb.and([
            eb('entity', '=', entity),
            eb.exists(
              eb
                .selectFrom(table)
                .select(`${table}.id`)
                .whereRef(`${table}.id`, '=', 'audit_log.entity_id')
                .where(`${table}.representative_id`, '=', id),
            ),
          ]),
        ),
      ]),
    )
    .orderBy('id')
    .execute();
}

/** Records that belong to one person: the log names them by this entity and their own id. */
export const ownedEntities = [
  { entity: 'mandate', table: 'mandate' },
  { entity: 'training', table: 'training' },
  { entity: 'charter_signature', table: 'charter_signature' },
  { entity: 'attestation', table: 'attestation' },
  { entity: 'claim', table: 'claim' },
  { entity: 'mandate_report', table: 'mandate_report' },
  { entity: 'tax_receipt', table: 'tax_receipt' },
] as const;
