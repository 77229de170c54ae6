/** Lines of claims: their storage, what their claim's view reads, and the totals they add up to. */
import type { Selectable } from 'kysely';
import type { ClaimLineData } from '../../shared/claims/schemas';
import type { VehicleKind } from '../../shared/register/representative';
import { OPEN_STATUSES } from '../../shared/claims/workflow';
import type { ClaimLineTable } from '../schema';
import type { Executor } from '../audit';
import { idList } from '../id-list';

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

/** Years touched by a claim's lines: those whose mileage cumul may move with it. */
export async function lineYearsOfClaim(db: Executor, claimId: number): Promise<number[]> {
  const rows = await db.selectFrom('claim_line').select('date').where('claim_id', '=', claimId).execute();
  return [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))];
}

export async function setLineAmount(
  db: Executor,
  lineId: number,
  amountCents: number,
  at: string,
): Promise<void> {
  await db
    .updateTable('claim_line')
    .set({ amount_cents: amountCents, updated_at: at })
    .where('id', '=', lineId)
    .execute();
}

/** Expense lines (not mileage, not régularisation) of a year on claims still open, for repricing. */
export async function openExpenseLinesOfYear(db: Executor, year: number) {
  return db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select(['l.id', 'l.claim_id', 'l.kind', 'l.expense_cents', 'l.amount_cents'])
    .where('c.status', 'in', [...OPEN_STATUSES])
    .where('l.kind', 'not in', ['kilometrique', 'regularisation'])
    .where('l.expense_cents', 'is not', null)
    .where('l.date', '>=', `${year}-01-01`)
    .where('l.date', '<=', `${year}-12-31`)
    .execute();
}

/** Years after `year` that have lines on open claims, ascending. */
export async function openLineYearsAfter(db: Executor, year: number): Promise<number[]> {
  const rows = await db
    .selectFrom('claim_line as l')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select('l.date')
    .distinct()
    .where('c.status', 'in', [...OPEN_STATUSES])
    .where('l.date', '>', `${year}-12-31`)
    .execute();
  return [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => a - b);
}
