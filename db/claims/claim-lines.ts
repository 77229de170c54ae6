/** Lines of claims: storage, the mileage lines a yearly recomputation needs, and bulk amount updates. */
import { sql, type Selectable } from 'kysely';
import type { ClaimLineData, StoredLineKind } from '../../shared/claims/schemas';
import type { VehicleKind } from '../../shared/register/representative';
import type { ClaimLineTable } from '../schema';
import type { Executor } from '../audit';
import { idList } from '../id-list';

/** Claims whose lines count in a person's yearly mileage (refused and cancelled ones do not). */
export const COUNTED_STATUSES = ['brouillon', 'soumise', 'validee', 'payee', 'abandonnee'] as const;
/** Claims whose amounts no longer move. */
export const FROZEN_STATUSES = ['validee', 'payee', 'abandonnee'] as const;

export type LineRow = Selectable<ClaimLineTable>;

export async function listLines(db: Executor, claimId: number): Promise<LineRow[]> {
  return db
    .selectFrom('claim_line')
    .selectAll()
    .where('claim_id', '=', claimId)
    .orderBy('date')
    .orderBy('id')
    .execute();
}

export async function getLine(db: Executor, lineId: number): Promise<LineRow | undefined> {
  return db.selectFrom('claim_line').selectAll().where('id', '=', lineId).executeTakeFirst();
}

export interface VehicleSnapshot {
  kind: VehicleKind;
  cv: number;
  electric: boolean;
  label: string | null;
  plate: string | null;
}

function lineColumns(line: ClaimLineData, vehicle: VehicleSnapshot | null) {
  const mileage = line.kind === 'kilometrique';
  return {
    kind: line.kind,
    transport_mode: line.kind === 'transport' ? line.transportMode : null,
    date: line.date,
    purpose: line.purpose,
    meeting_id: line.meetingId,
    from_place: line.fromPlace,
    to_place: line.toPlace,
    distance_tenth_km: mileage ? line.distanceTenthKm : null,
    round_trip: mileage && line.roundTrip ? 1 : 0,
    vehicle_id: mileage ? line.vehicleId : null,
    vehicle_kind: mileage && vehicle ? vehicle.kind : null,
    vehicle_cv: mileage && vehicle ? vehicle.cv : null,
    vehicle_electric: mileage && vehicle ? (vehicle.electric ? 1 : 0) : null,
    vehicle_label: mileage && vehicle ? vehicle.label : null,
    vehicle_plate: mileage && vehicle ? vehicle.plate : null,
    expense_cents: mileage ? null : line.expenseCents,
  };
}

export async function insertLine(
  db: Executor,
  claimId: number,
  line: ClaimLineData,
  vehicle: VehicleSnapshot | null,
  amountCents: number,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('claim_line')
    .values({
      ...lineColumns(line, vehicle),
      claim_id: claimId,
      amount_cents: amountCents,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateLine(
  db: Executor,
  lineId: number,
  line: ClaimLineData,
  vehicle: VehicleSnapshot | null,
  amountCents: number,
  at: string,
): Promise<void> {
  await db
    .updateTable('claim_line')
    .set({ ...lineColumns(line, vehicle), amount_cents: amountCents, updated_at: at })
    .where('id', '=', lineId)
    .execute();
}

/** A year-end régularisation of one vehicle: its record (if any) and characteristics identify it. */
export async function insertRegularisationLine(
  db: Executor,
  claimId: number,
  values: {
    year: number;
    vehicleId: number | null;
    vehicle: VehicleSnapshot;
    amountCents: number;
    purpose: string;
    explanation: string;
    at: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('claim_line')
    .values({
      claim_id: claimId,
      kind: 'regularisation',
      round_trip: 0,
      date: `${values.year}-12-31`,
      purpose: values.purpose,
      amount_cents: values.amountCents,
      explanation: values.explanation,
      vehicle_id: values.vehicleId,
      vehicle_kind: values.vehicle.kind,
      vehicle_cv: values.vehicle.cv,
      vehicle_electric: values.vehicle.electric ? 1 : 0,
      vehicle_label: values.vehicle.label,
      vehicle_plate: values.vehicle.plate,
      regularisation_year: values.year,
      regularisation_vehicle_kind: values.vehicle.kind,
      created_at: values.at,
      updated_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteLines(db: Executor, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('claim_line_receipt').where('line_id', 'in', idList(ids)).execute();
  await db.deleteFrom('claim_line').where('id', 'in', idList(ids)).execute();
}

export async function setLineExplanations(
  db: Executor,
  values: ReadonlyArray<{ id: number; explanation: string | null }>,
): Promise<void> {
  for (const v of values)
    await db.updateTable('claim_line').set({ explanation: v.explanation }).where('id', '=', v.id).execute();
}

/** A mileage line (or year-end régularisation) as the yearly recomputation sees it. */
export interface MileageLineRow {
  id: number;
  claimId: number;
  representativeId: number;
  status: string;
  validatedAt: string | null;
  kind: string;
  date: string;
  distanceTenthKm: number | null;
  roundTrip: boolean;
  vehicleId: number | null;
  vehicleKind: string | null;
  vehicleCv: number | null;
  vehicleElectric: boolean;
  /** Read only where it identifies the vehicle: lines without a vehicle record, régularisations. */
  vehiclePlate: string | null;
  amountCents: number;
  cumulativeBeforeTenthKm: number | null;
  regularisationVehicleKind: string | null;
  /** Régularisations only: their explanation follows their amount until frozen. */
  explanation: string | null;
}

const VEHICLE_OF_CODE = ['voiture', 'moto', 'cyclomoteur'] as const;

/**
 * Every mileage and régularisation line of a calendar year (of the TRIP date, never of today)
 * on claims that count, optionally for some people only. `distanceTenthKm` is the billed
 * distance (round trips doubled). Read as few, mostly integer, columns as possible: building
 * 100 000 row objects is what a yearly recomputation spends its time on.
 */
export async function mileageLinesOfYear(
  db: Executor,
  year: number,
  representativeIds: readonly number[] | null,
): Promise<MileageLineRow[]> {
  if (representativeIds !== null && representativeIds.length === 0) return [];
  let claimQuery = db
    .selectFrom('claim')
    .select(['id', 'representative_id', 'status', 'validated_at'])
    .where('status', 'in', [...COUNTED_STATUSES]);
  if (representativeIds !== null)
    claimQuery = claimQuery.where('representative_id', 'in', idList(representativeIds));
  const claims = new Map((await claimQuery.execute()).map((c) => [c.id, c]));
  if (claims.size === 0) return [];

  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  let lineQuery = db
    .selectFrom('claim_line as l')
    .select([
      'l.id',
      'l.claim_id',
      'l.date',
      sql<number>`coalesce(l.distance_tenth_km, 0) * (1 + l.round_trip)`.as('billed'),
      'l.vehicle_id',
      sql<number>`case l.vehicle_kind when 'moto' then 1000 when 'cyclomoteur' then 2000 else 0 end + coalesce(l.vehicle_cv, 1) * 10 + coalesce(l.vehicle_electric, 0)`.as(
        'vcode',
      ),
      'l.amount_cents',
      'l.cumulative_before_tenth_km',
      sql<string | null>`case when l.vehicle_id is null then l.vehicle_plate end`.as('plate'),
    ])
    .where('l.kind', '=', 'kilometrique')
    .where('l.date', '>=', from)
    .where('l.date', '<=', to);
  if (representativeIds !== null) lineQuery = lineQuery.where('l.claim_id', 'in', idList(claims.keys()));
  const out: MileageLineRow[] = [];
  for (const r of await lineQuery.execute()) {
    const c = claims.get(r.claim_id);
    if (!c) continue;
    const code = Number(r.vcode);
    out.push({
      id: r.id,
      claimId: r.claim_id,
      representativeId: c.representative_id,
      status: c.status,
      validatedAt: c.validated_at,
      kind: 'kilometrique',
      date: r.date,
      distanceTenthKm: Number(r.billed),
      roundTrip: false,
      vehicleId: r.vehicle_id,
      vehicleKind: VEHICLE_OF_CODE[Math.floor(code / 1000)] ?? 'voiture',
      vehicleCv: Math.floor((code % 1000) / 10),
      vehicleElectric: code % 10 === 1,
      vehiclePlate: r.plate,
      amountCents: r.amount_cents,
      cumulativeBeforeTenthKm: r.cumulative_before_tenth_km,
      regularisationVehicleKind: null,
      explanation: null,
    });
  }
  const regs = await db
    .selectFrom('claim_line')
    .select([
      'id',
      'claim_id',
      'date',
      'amount_cents',
      'regularisation_vehicle_kind',
      'vehicle_id',
      'vehicle_kind',
      'vehicle_cv',
      'vehicle_electric',
      'vehicle_plate',
      'explanation',
    ])
    .where('kind', '=', 'regularisation')
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  for (const r of regs) {
    const c = claims.get(r.claim_id);
    if (!c) continue;
    out.push({
      id: r.id,
      claimId: r.claim_id,
      representativeId: c.representative_id,
      status: c.status,
      validatedAt: c.validated_at,
      kind: 'regularisation',
      date: r.date,
      distanceTenthKm: 0,
      roundTrip: false,
      vehicleId: r.vehicle_id,
      vehicleKind: r.vehicle_kind,
      vehicleCv: r.vehicle_cv,
      vehicleElectric: r.vehicle_electric === 1,
      vehiclePlate: r.vehicle_plate,
      amountCents: r.amount_cents,
      cumulativeBeforeTenthKm: null,
      regularisationVehicleKind: r.regularisation_vehicle_kind,
      explanation: r.explanation,
    });
  }
  return out;
}

/**
 * Writes many amounts at once: one UPDATE … FROM (VALUES …) per chunk of 2 000 lines instead of
 * one statement per line — what keeps a yearly recomputation of 100 000 lines fast. Standard SQL
 * (SQLite ≥ 3.33 and PostgreSQL both name the VALUES columns column1, column2…).
 */
export async function updateAmounts(
  db: Executor,
  updates: ReadonlyArray<{ id: number; amountCents: number; cumulativeBeforeTenthKm: number | null }>,
  at: string,
): Promise<void> {
  const CHUNK = 2000;
  for (let start = 0; start < updates.length; start += CHUNK) {
    const chunk = updates.slice(start, start + CHUNK);
    const values = sql.join(chunk.map((u) => sql`(${u.id}, ${u.amountCents}, ${u.cumulativeBeforeTenthKm})`));
    await sql`update claim_line set amount_cents = v.column2, cumulative_before_tenth_km = v.column3, updated_at = ${at}
      from (values ${values}) as v where claim_line.id = v.column1`.execute(db);
  }
}

/** The register's vehicles of some people (or everyone), by id: what identifies and describes a vehicle. */
export async function vehicleRecords(
  db: Executor,
  representativeIds: readonly number[] | null,
): Promise<Map<number, VehicleSnapshot>> {
  if (representativeIds !== null && representativeIds.length === 0) return new Map();
  let query = db
    .selectFrom('vehicle')
    .select(['id', 'kind', 'fiscal_power_cv', 'electric', 'label', 'plate']);
  if (representativeIds !== null) query = query.where('representative_id', 'in', idList(representativeIds));
  const rows = await query.execute();
  return new Map(
    rows.map((v) => [
      v.id,
      { kind: v.kind, cv: v.fiscal_power_cv, electric: v.electric === 1, label: v.label, plate: v.plate },
    ]),
  );
}

/** Refreshes the vehicle copy of open lines from the vehicle record (a corrected CV follows drafts). */
export async function refreshVehicleSnapshots(db: Executor, lineIds: readonly number[]): Promise<void> {
  for (let start = 0; start < lineIds.length; start += 500) {
    const chunk = lineIds.slice(start, start + 500);
    const rows = await db
      .selectFrom('claim_line as l')
      .innerJoin('vehicle as v', 'v.id', 'l.vehicle_id')
      .select([
        'l.id',
        'l.vehicle_kind',
        'l.vehicle_cv',
        'l.vehicle_electric',
        'v.kind',
        'v.fiscal_power_cv',
        'v.electric',
        'v.label',
        'v.plate',
      ])
      .where('l.id', 'in', idList(chunk))
      .execute();
    for (const r of rows) {
      if (
        r.vehicle_kind === r.kind &&
        r.vehicle_cv === r.fiscal_power_cv &&
        r.vehicle_electric === r.electric
      )
        continue;
      await db
        .updateTable('claim_line')
        .set({
          vehicle_kind: r.kind,
          vehicle_cv: r.fiscal_power_cv,
          vehicle_electric: r.electric,
          vehicle_label: r.label,
          vehicle_plate: r.plate,
        })
        .where('id', '=', r.id)
        .execute();
    }
  }
}

/** Recomputes the stored total of claims from their lines. */
export async function refreshTotals(db: Executor, claimIds: readonly number[], at: string): Promise<void> {
  for (let start = 0; start < claimIds.length; start += 500) {
    const chunk = claimIds.slice(start, start + 500);
    await db
      .updateTable('claim')
      .set({
        total_cents: (eb) =>
          eb.fn.coalesce(
            eb
              .selectFrom('claim_line')
              .select((e) => e.fn.sum<number>('amount_cents').as('s'))
              .whereRef('claim_line.claim_id', '=', 'claim.id'),
            eb.val(0),
          ),
        updated_at: at,
      })
      .where('id', 'in', idList(chunk))
      .execute();
  }
}

/** The live line (other than `exceptLineId`) of this person for this meeting and kind, if any. */
export async function findMeetingLine(
  db: Executor,
  representativeId: number,
  meetingId: number,
  kind: StoredLineKind,
  exceptLineIds: readonly number[],
): Promise<{ lineId: number; claimNumber: string | null; claimId: number } | null> {
  let query = db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select(['l.id', 'c.number', 'c.id as claimId'])
    .where('c.representative_id', '=', representativeId)
    .where('l.meeting_id', '=', meetingId)
    .where('l.kind', '=', kind)
    .where('c.status', 'in', [...COUNTED_STATUSES]);
  if (exceptLineIds.length > 0) query = query.where('l.id', 'not in', idList(exceptLineIds));
  const row = await query.limit(1).executeTakeFirst();
  return row ? { lineId: row.id, claimNumber: row.number, claimId: row.claimId } : null;
}

/** Lines of the same person with the same date, kind and amount, on other live lines. */
export async function findSimilarLines(
  db: Executor,
  representativeId: number,
  line: {
    id: number;
    date: string;
    kind: StoredLineKind;
    amountCents: number;
    expenseCents: number | null;
    distanceTenthKm: number | null;
  },
): Promise<Array<{ claimNumber: string | null; claimId: number }>> {
  let query = db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select(['c.number', 'c.id'])
    .where('c.representative_id', '=', representativeId)
    .where('l.id', '!=', line.id)
    .where('l.date', '=', line.date)
    .where('l.kind', '=', line.kind)
    .where('c.status', 'in', [...COUNTED_STATUSES]);
  // Mileage amounts move with the cumul: the same distance on the same day is a duplicate sign too.
  query =
    line.kind === 'kilometrique'
      ? query.where((eb) =>
          eb.or([
            eb('l.amount_cents', '=', line.amountCents),
            eb('l.distance_tenth_km', '=', line.distanceTenthKm),
          ]),
        )
      : query.where((eb) =>
          eb.or([eb('l.amount_cents', '=', line.amountCents), eb('l.expense_cents', '=', line.expenseCents)]),
        );
  const rows = await query.limit(5).execute();
  return rows.map((r) => ({ claimNumber: r.number, claimId: r.id }));
}

/** Distance of the last mileage line this person claimed to the same destination (case-insensitive). */
export async function lastDistanceTo(
  db: Executor,
  representativeId: number,
  place: string,
): Promise<{ distanceTenthKm: number; roundTrip: boolean; fromPlace: string | null } | null> {
  const row = await db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select(['l.distance_tenth_km', 'l.round_trip', 'l.from_place'])
    .where('c.representative_id', '=', representativeId)
    .where('l.kind', '=', 'kilometrique')
    .where('c.status', 'not in', ['refusee', 'annulee'])
    .where((eb) => eb(eb.fn('lower', ['l.to_place']), '=', place.trim().toLowerCase()))
    .orderBy('l.date', 'desc')
    .orderBy('l.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row || row.distance_tenth_km === null) return null;
  return {
    distanceTenthKm: row.distance_tenth_km,
    roundTrip: row.round_trip === 1,
    fromPlace: row.from_place,
  };
}
