/**
 * The mileage lines a yearly recomputation reads and writes: few columns, bulk updates, the
 * vehicle records that identify each vehicle.
 */
import { sql } from 'kysely';
import { COUNTED_STATUSES } from '../../shared/claims/workflow';
import type { Executor } from '../audit';
import { idList } from '../id-list';
import type { VehicleSnapshot } from './claim-lines';

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
