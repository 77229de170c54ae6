import type { EndReason, MandateData } from '../../shared/register/schemas';
import { mandateRoleLabel } from '../../shared/rules/agreement';
import { personName } from '../../shared/rules/person-name';
import { effectiveEnd } from '../../shared/register/register-rules';
import type { Mandate } from '../../shared/register/types';
import type { Executor } from '../audit';
import { idList } from '../id-list';

function mandateQuery(db: Executor) {
  return db
    .selectFrom('mandate as m')
    .innerJoin('representative as r', 'r.id', 'm.representative_id')
    .innerJoin('instance as i', 'i.id', 'm.instance_id')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .innerJoin('instance_type as t', 't.id', 'i.type_id')
    .select([
      'm.id',
      'm.representative_id',
      'r.civility',
      'r.first_name',
      'r.last_name',
      'm.instance_id',
      'i.name as instance_name',
      'o.name as organisation_name',
      't.label as type_label',
      'm.role',
      'm.role_other',
      'm.start_date',
      'm.end_date',
      'm.ended_on',
      'm.end_reason',
      'm.end_note',
      'm.designating_authority',
      'm.designation_reference',
      'm.proposing_association',
      'm.notes',
      'm.paired_mandate_id',
      'm.renewed_from_id',
      'm.over_capacity_justification',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof mandateQuery>['executeTakeFirstOrThrow']>>;

const nameOf = (r: { first_name: string; last_name: string }) => personName(r.first_name, r.last_name);

/** Turns rows into mandates, resolving pairings and renewals among them and in the database. */
async function toMandates(db: Executor, rows: Row[], today: string): Promise<Mandate[]> {
  const renewals = new Map<number, number>();
  const nameById = new Map<number, string>();
  const pointedBy = new Map<number, string>();
  // Chunks keep the number of bound parameters under SQLite's limit.
  for (let i = 0; i < rows.length; i += 400) {
    const chunkRows = rows.slice(i, i + 400);
    const chunk = chunkRows.map((r) => r.id);
    const renewed = await db
      .selectFrom('mandate')
      .select(['id', 'renewed_from_id'])
      .where('renewed_from_id', 'in', idList(chunk))
      .execute();
    for (const r of renewed) if (r.renewed_from_id !== null) renewals.set(r.renewed_from_id, r.id);
    // A pairing is recorded on one side only; both sides show it.
    const partnerIds = chunkRows.flatMap((r) => (r.paired_mandate_id === null ? [] : [r.paired_mandate_id]));
    const partners = await db
      .selectFrom('mandate as m')
      .innerJoin('representative as r', 'r.id', 'm.representative_id')
      .select(['m.id', 'm.paired_mandate_id', 'r.first_name', 'r.last_name'])
      .where((eb) =>
        partnerIds.length > 0
          ? eb.or([eb('m.paired_mandate_id', 'in', idList(chunk)), eb('m.id', 'in', idList(partnerIds))])
          : eb('m.paired_mandate_id', 'in', idList(chunk)),
      )
      .execute();
    for (const p of partners) {
      nameById.set(p.id, nameOf(p));
      if (p.paired_mandate_id !== null) pointedBy.set(p.paired_mandate_id, nameOf(p));
    }
  }
  return rows.map((r) => {
    const end = effectiveEnd({ startDate: r.start_date, endDate: r.end_date, endedOn: r.ended_on });
    const status: Mandate['status'] =
      r.start_date > today ? 'a_venir' : end !== null && end < today ? 'termine' : 'actif';
    const pairedWith =
      (r.paired_mandate_id !== null ? nameById.get(r.paired_mandate_id) : undefined) ??
      pointedBy.get(r.id) ??
      null;
    return {
      id: r.id,
      representativeId: r.representative_id,
      representativeName: nameOf(r),
      instanceId: r.instance_id,
      instanceName: r.instance_name,
      organisationName: r.organisation_name,
      typeLabel: r.type_label,
      role: r.role,
      roleOther: r.role_other,
      roleLabel: mandateRoleLabel(r.role, r.role_other, r.civility),
      startDate: r.start_date,
      endDate: r.end_date,
      endedOn: r.ended_on,
      endReason: r.end_reason,
      endNote: r.end_note,
      effectiveEnd: end,
      designatingAuthority: r.designating_authority,
      designationReference: r.designation_reference,
      proposingAssociation: r.proposing_association,
      notes: r.notes,
      pairedMandateId: r.paired_mandate_id,
      pairedWith,
      renewedFromId: r.renewed_from_id,
      renewedById: renewals.get(r.id) ?? null,
      overCapacityJustification: r.over_capacity_justification,
      status,
    };
  });
}

export async function getMandate(db: Executor, id: number, today: string): Promise<Mandate | null> {
  const row = await mandateQuery(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [m] = await toMandates(db, [row], today);
  return m ?? null;
}

export async function listMandatesOfInstance(
  db: Executor,
  instanceId: number,
  today: string,
): Promise<Mandate[]> {
  const rows = await mandateQuery(db)
    .where('m.instance_id', '=', instanceId)
    .orderBy('m.start_date', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
  return toMandates(db, rows, today);
}

export async function listMandatesOfPerson(
  db: Executor,
  representativeId: number,
  today: string,
): Promise<Mandate[]> {
  const rows = await mandateQuery(db)
    .where('m.representative_id', '=', representativeId)
    .orderBy('m.start_date', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
  return toMandates(db, rows, today);
}

/** The periods that matter for a new or changed mandate: same instance, other mandates. */
export async function periodsOnInstance(db: Executor, instanceId: number, excludeId: number | null) {
  let query = db
    .selectFrom('mandate')
    .select(['id', 'representative_id', 'role', 'start_date', 'end_date', 'ended_on'])
    .where('instance_id', '=', instanceId);
  if (excludeId !== null) query = query.where('id', '!=', excludeId);
  return query.execute();
}

/** The mandate that renewed `id`, if it was renewed. */
export async function renewalOf(db: Executor, id: number): Promise<number | null> {
  const row = await db
    .selectFrom('mandate')
    .select('id')
    .where('renewed_from_id', '=', id)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function getMandateRow(db: Executor, id: number) {
  return db.selectFrom('mandate').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The person's mandates still held after `today` or starting later (an end on `today` is over
 * by tomorrow): what archiving the person would leave behind.
 */
export async function mandatesHeldAfter(db: Executor, representativeId: number, today: string) {
  const rows = await db
    .selectFrom('mandate as m')
    .innerJoin('instance as i', 'i.id', 'm.instance_id')
    .select(['m.id', 'm.role', 'm.role_other', 'm.start_date', 'm.end_date', 'm.ended_on', 'i.name'])
    .where('m.representative_id', '=', representativeId)
    .where((eb) => eb.or([eb('m.ended_on', 'is', null), eb('m.ended_on', '>', today)]))
    .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>', today)]))
    .orderBy('m.start_date')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    instanceName: r.name,
    roleLabel: mandateRoleLabel(r.role, r.role_other, null),
    startDate: r.start_date,
    end: r.ended_on ?? r.end_date,
  }));
}

/**
 * The pairings a mandate takes part in, from either side: the mandate it points to and those
 * pointing to it, with the holder's name (for the messages refusing a second pairing).
 */
export async function pairingsOf(db: Executor, id: number): Promise<Array<{ id: number; name: string }>> {
  const rows = await db
    .selectFrom('mandate as m')
    .innerJoin('representative as r', 'r.id', 'm.representative_id')
    .select(['m.id', 'r.first_name', 'r.last_name'])
    .where((eb) =>
      eb.or([
        eb('m.paired_mandate_id', '=', id),
        eb('m.id', '=', eb.selectFrom('mandate as p').select('p.paired_mandate_id').where('p.id', '=', id)),
      ]),
    )
    .execute();
  return rows.map((r) => ({ id: r.id, name: nameOf(r) }));
}

const columnsOf = (data: MandateData) => ({
  representative_id: data.representativeId,
  instance_id: data.instanceId,
  role: data.role,
  role_other: data.role === 'autre' ? data.roleOther : null,
  start_date: data.startDate,
  end_date: data.endDate,
  designating_authority: data.designatingAuthority,
  designation_reference: data.designationReference,
  proposing_association: data.proposingAssociation,
  notes: data.notes,
  paired_mandate_id: data.pairedMandateId,
  over_capacity_justification: data.overCapacityJustification,
});

export async function insertMandate(
  db: Executor,
  data: MandateData,
  renewedFromId: number | null,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('mandate')
    .values({ ...columnsOf(data), renewed_from_id: renewedFromId, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMandate(db: Executor, id: number, data: MandateData, at: string): Promise<void> {
  await db
    .updateTable('mandate')
    .set({ ...columnsOf(data), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function endMandate(
  db: Executor,
  id: number,
  end: { endedOn: string; reason: EndReason; note: string | null },
  at: string,
): Promise<void> {
  await db
    .updateTable('mandate')
    .set({ ended_on: end.endedOn, end_reason: end.reason, end_note: end.note, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function reopenMandate(db: Executor, id: number, at: string): Promise<void> {
  await db
    .updateTable('mandate')
    .set({ ended_on: null, end_reason: null, end_note: null, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Attendance records point at mandates: such a mandate is ended, never deleted. */
export async function mandateIsReferenced(db: Executor, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('attendance')
    .select('id')
    .where('mandate_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteMandate(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('mandate')
    .set({ paired_mandate_id: null })
    .where('paired_mandate_id', '=', id)
    .execute();
  await db.updateTable('mandate').set({ renewed_from_id: null }).where('renewed_from_id', '=', id).execute();
  await db.deleteFrom('mandate').where('id', '=', id).execute();
}

/** Mandates of several people or instances at once, for documents. */
export async function listMandatesWhere(
  db: Executor,
  by: { instanceId?: number; representativeId?: number },
  today: string,
): Promise<Mandate[]> {
  if (by.instanceId !== undefined) return listMandatesOfInstance(db, by.instanceId, today);
  if (by.representativeId !== undefined) return listMandatesOfPerson(db, by.representativeId, today);
  return [];
}
