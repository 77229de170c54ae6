/** Lines found across a person's claims: the same meeting claimed twice, possible duplicates, the last distance to a place. */
import type { StoredLineKind } from '../../shared/claims/schemas';
import { COUNTED_STATUSES } from '../../shared/claims/workflow';
import type { Executor } from '../audit';
import { idList } from '../id-list';

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

/**
 * For every line of a claim (régularisations aside), the other live lines of the same person with
 * the same date, kind and amount: possible duplicates, in one query whatever the number of lines.
 * Mileage amounts move with the cumul, so the same distance on the same day is a duplicate sign too;
 * for expenses, the same amount spent. At most `perLine` matches are kept for each line.
 */
export async function similarLinesOfClaim(
  db: Executor,
  claimId: number,
  representativeId: number,
  perLine = 5,
): Promise<Map<number, Array<{ claimNumber: string | null; claimId: number }>>> {
  const rows = await db
    .selectFrom('claim_line as l')
    .innerJoin('claim_line as o', (join) =>
      join.onRef('o.date', '=', 'l.date').onRef('o.kind', '=', 'l.kind').onRef('o.id', '!=', 'l.id'),
    )
    .innerJoin('claim as c', 'c.id', 'o.claim_id')
    .select(['l.id as lineId', 'c.number', 'c.id'])
    .where('l.claim_id', '=', claimId)
    .where('l.kind', '!=', 'regularisation')
    .where('c.representative_id', '=', representativeId)
    .where('c.status', 'in', [...COUNTED_STATUSES])
    .where((eb) =>
      eb.or([
        eb('o.amount_cents', '=', eb.ref('l.amount_cents')),
        eb.and([
          eb('l.kind', '=', 'kilometrique'),
          eb('o.distance_tenth_km', '=', eb.ref('l.distance_tenth_km')),
        ]),
        eb.and([eb('l.kind', '!=', 'kilometrique'), eb('o.expense_cents', '=', eb.ref('l.expense_cents'))]),
      ]),
    )
    .orderBy('l.id')
    .orderBy('o.id')
    .execute();
  const out = new Map<number, Array<{ claimNumber: string | null; claimId: number }>>();
  for (const r of rows) {
    const list = out.get(r.lineId) ?? [];
    if (list.length < perLine) list.push({ claimNumber: r.number, claimId: r.id });
    out.set(r.lineId, list);
  }
  return out;
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
