import type { ExpressionBuilder } from 'kysely';
import type {
  InstanceData,
  InstanceTypeData,
  InvolvementLevel,
  ParticipationForm,
} from '../../shared/register/schemas';
import type { InstanceSummary, InstanceType } from '../../shared/register/types';
import type { Database } from '../schema';
import type { Executor } from '../audit';

/** Mandates held on `today`: started, and neither ended nor past their planned end. */
export function activeOn(today: string) {
  return (eb: ExpressionBuilder<Database, 'mandate'>) =>
    eb.and([
      eb('mandate.start_date', '<=', today),
      eb.or([eb('mandate.ended_on', 'is', null), eb('mandate.ended_on', '>=', today)]),
      eb.or([eb('mandate.end_date', 'is', null), eb('mandate.end_date', '>=', today)]),
    ]);
}

export interface ActiveCounts {
  titulaires: number;
  suppleants: number;
  people: number;
}

/**
 * Seats held today, per instance, in one grouped query over the whole register. The people
 * count is the sum over roles: the mandate rules refuse two overlapping mandates of one person
 * on one instance, so each person holds at most one running mandate there.
 */
export async function activeCountsByInstance(
  db: Executor,
  today: string,
  instanceId?: number,
): Promise<Map<number, ActiveCounts>> {
  let query = db
    .selectFrom('mandate')
    .select((eb) => ['mandate.instance_id', 'mandate.role', eb.fn.countAll<number>().as('n')])
    .where(activeOn(today))
    .groupBy(['mandate.instance_id', 'mandate.role']);
  if (instanceId !== undefined) query = query.where('mandate.instance_id', '=', instanceId);
  const counts = new Map<number, ActiveCounts>();
  for (const r of await query.execute()) {
    let c = counts.get(r.instance_id);
    if (!c) {
      c = { titulaires: 0, suppleants: 0, people: 0 };
      counts.set(r.instance_id, c);
    }
    const n = Number(r.n);
    if (r.role === 'titulaire') c.titulaires = n;
    if (r.role === 'suppleant') c.suppleants = n;
    c.people += n;
  }
  return counts;
}

export interface InstanceRecord {
  id: number;
  name: string;
  organisationId: number;
  organisationName: string;
  typeId: number;
  typeCode: string;
  typeLabel: string;
  typeDefaultMonths: number | null;
  seatsTitulaire: number;
  seatsSuppleant: number;
  targetMin: number;
  mandateMonths: number | null;
  involvementLevel: InvolvementLevel | null;
  participationForm: ParticipationForm | null;
  meetingPlace: string | null;
  notes: string | null;
  archivedAt: string | null;
}

function baseQuery(db: Executor) {
  return db
    .selectFrom('instance as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .innerJoin('instance_type as t', 't.id', 'i.type_id')
    .select([
      'i.id',
      'i.name',
      'i.organisation_id',
      'o.name as organisation_name',
      'i.type_id',
      't.code as type_code',
      't.label as type_label',
      't.default_mandate_months',
      'i.seats_titulaire',
      'i.seats_suppleant',
      'i.target_min',
      'i.mandate_months',
      'i.involvement_level',
      'i.participation_form',
      'i.meeting_place',
      'i.notes',
      'i.archived_at',
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (r: BaseRow): InstanceRecord => ({
  id: r.id,
  name: r.name,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  typeId: r.type_id,
  typeCode: r.type_code,
  typeLabel: r.type_label,
  typeDefaultMonths: r.default_mandate_months,
  seatsTitulaire: r.seats_titulaire,
  seatsSuppleant: r.seats_suppleant,
  targetMin: r.target_min,
  mandateMonths: r.mandate_months,
  involvementLevel: r.involvement_level,
  participationForm: r.participation_form,
  meetingPlace: r.meeting_place,
  notes: r.notes,
  archivedAt: r.archived_at,
});

export function toSummary(r: InstanceRecord, counts: ActiveCounts | undefined): InstanceSummary {
  const c = counts ?? { titulaires: 0, suppleants: 0, people: 0 };
  return {
    id: r.id,
    name: r.name,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    typeId: r.typeId,
    typeCode: r.typeCode,
    typeLabel: r.typeLabel,
    seatsTitulaire: r.seatsTitulaire,
    seatsSuppleant: r.seatsSuppleant,
    targetMin: r.targetMin,
    activeTitulaires: c.titulaires,
    activeSuppleants: c.suppleants,
    activePeople: c.people,
    vacantSeats: Math.max(0, r.seatsTitulaire - c.titulaires) + Math.max(0, r.seatsSuppleant - c.suppleants),
    archived: r.archivedAt !== null,
  };
}

export async function listInstanceRecords(
  db: Executor,
  filter: { status: 'actifs' | 'archives' | 'tous'; organisationId: number | null; typeId: number | null },
): Promise<InstanceRecord[]> {
  let query = baseQuery(db);
  if (filter.status === 'actifs') query = query.where('i.archived_at', 'is', null);
  if (filter.status === 'archives') query = query.where('i.archived_at', 'is not', null);
  if (filter.organisationId !== null) query = query.where('i.organisation_id', '=', filter.organisationId);
  if (filter.typeId !== null) query = query.where('i.type_id', '=', filter.typeId);
  const rows = await query.orderBy('i.id').execute();
  return rows.map(toRecord);
}

export async function getInstanceRecord(db: Executor, id: number): Promise<InstanceRecord | null> {
  const row = await baseQuery(db).where('i.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

const columnsOf = (data: InstanceData) => ({
  organisation_id: data.organisationId,
  type_id: data.typeId,
  name: data.name,
  seats_titulaire: data.seatsTitulaire,
  seats_suppleant: data.seatsSuppleant,
  target_min: data.targetMin,
  mandate_months: data.mandateMonths,
  involvement_level: data.involvementLevel,
  participation_form: data.participationForm,
  meeting_place: data.meetingPlace,
  notes: data.notes,
});

export async function insertInstance(db: Executor, data: InstanceData, at: string): Promise<number> {
  const row = await db
    .insertInto('instance')
    .values({ ...columnsOf(data), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateInstance(
  db: Executor,
  id: number,
  data: InstanceData,
  at: string,
): Promise<void> {
  await db
    .updateTable('instance')
    .set({ ...columnsOf(data), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setInstanceArchived(
  db: Executor,
  id: number,
  archivedAt: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('instance')
    .set({ archived_at: archivedAt, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Mandates and meetings keep an instance: it is archived instead of deleted. */
export async function instanceIsReferenced(db: Executor, id: number): Promise<boolean> {
  const mandate = await db
    .selectFrom('mandate')
    .select('id')
    .where('instance_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  if (mandate) return true;
  const meeting = await db
    .selectFrom('meeting')
    .select('id')
    .where('instance_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return meeting !== undefined;
}

export async function deleteInstance(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('instance').where('id', '=', id).execute();
}

// ------------------------------------------------------------------ instance types

export async function listInstanceTypes(db: Executor): Promise<InstanceType[]> {
  const rows = await db
    .selectFrom('instance_type as t')
    .leftJoin('instance as i', (join) => join.onRef('i.type_id', '=', 't.id').on('i.archived_at', 'is', null))
    .select((eb) => [
      't.id',
      't.code',
      't.label',
      't.default_mandate_months',
      't.sort_order',
      't.archived_at',
      eb.fn.count<number>('i.id').as('n'),
    ])
    .groupBy('t.id')
    .orderBy('t.sort_order')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    label: r.label,
    defaultMandateMonths: r.default_mandate_months,
    sortOrder: r.sort_order,
    archived: r.archived_at !== null,
    instanceCount: Number(r.n),
  }));
}

export async function findTypeByCode(db: Executor, code: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('instance_type').select('id').where('code', '=', code).executeTakeFirst();
}

export async function getInstanceType(db: Executor, id: number) {
  return db.selectFrom('instance_type').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertInstanceType(db: Executor, data: InstanceTypeData): Promise<number> {
  const last = await db
    .selectFrom('instance_type')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .executeTakeFirst();
  const row = await db
    .insertInto('instance_type')
    .values({
      code: data.code,
      label: data.label,
      default_mandate_months: data.defaultMandateMonths,
      sort_order: Number(last?.m ?? 0) + 10,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateInstanceType(db: Executor, id: number, data: InstanceTypeData): Promise<void> {
  await db
    .updateTable('instance_type')
    .set({ code: data.code, label: data.label, default_mandate_months: data.defaultMandateMonths })
    .where('id', '=', id)
    .execute();
}

export async function setInstanceTypeArchived(
  db: Executor,
  id: number,
  archivedAt: string | null,
): Promise<void> {
  await db.updateTable('instance_type').set({ archived_at: archivedAt }).where('id', '=', id).execute();
}
