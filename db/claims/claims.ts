/** Claims (notes de frais): rows, list with filters, status history, attendance not yet claimed. */
import type { Updateable } from 'kysely';
import { foldForSearch, searchTerms } from '../../shared/rules/text';
import type { ClaimStatus } from '../../shared/claims/schemas';
import type { ClaimEvent, ClaimSummary } from '../../shared/claims/types';
import type { ClaimTable } from '../schema';
import type { Executor } from '../audit';
import { idList } from '../id-list';
import { engagementColumns, usualPlace } from '../meetings/engagement';

export interface ClaimFilter {
  search: string;
  status: ClaimStatus | 'tous' | 'a_traiter' | 'a_payer';
  year: number | null;
  representativeId: number | null;
  sort: 'numero' | 'personne' | 'date' | 'montant' | 'statut';
  direction: 'asc' | 'desc';
}

export async function getClaimRow(db: Executor, id: number) {
  return db.selectFrom('claim').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ClaimRow = NonNullable<Awaited<ReturnType<typeof getClaimRow>>>;

export async function insertClaim(
  db: Executor,
  values: { representativeId: number; title: string | null; notes: string | null; at: string },
): Promise<number> {
  const row = await db
    .insertInto('claim')
    .values({
      representative_id: values.representativeId,
      status: 'brouillon',
      title: values.title,
      notes: values.notes,
      total_cents: 0,
      created_at: values.at,
      updated_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateClaim(db: Executor, id: number, values: Updateable<ClaimTable>): Promise<void> {
  await db.updateTable('claim').set(values).where('id', '=', id).execute();
}

export async function deleteClaim(db: Executor, id: number): Promise<void> {
  const lineIds = (await db.selectFrom('claim_line').select('id').where('claim_id', '=', id).execute()).map(
    (r) => r.id,
  );
  if (lineIds.length > 0)
    await db.deleteFrom('claim_line_receipt').where('line_id', 'in', idList(lineIds)).execute();
  await db.deleteFrom('claim_line').where('claim_id', '=', id).execute();
  await db.deleteFrom('claim_event').where('claim_id', '=', id).execute();
  await db.deleteFrom('claim').where('id', '=', id).execute();
}

export async function insertEvent(
  db: Executor,
  e: {
    claimId: number;
    at: string;
    actor: string;
    action: string;
    from: ClaimStatus | null;
    to: ClaimStatus;
    reason?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('claim_event')
    .values({
      claim_id: e.claimId,
      at: e.at,
      actor: e.actor,
      action: e.action,
      from_status: e.from,
      to_status: e.to,
      reason: e.reason ?? null,
    })
    .execute();
}

export async function listEvents(db: Executor, claimId: number): Promise<ClaimEvent[]> {
  const rows = await db
    .selectFrom('claim_event')
    .selectAll()
    .where('claim_id', '=', claimId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
  }));
}

export async function listClaims(db: Executor, filter: ClaimFilter): Promise<ClaimSummary[]> {
  let query = db
    .selectFrom('claim as c')
    .innerJoin('representative as r', 'r.id', 'c.representative_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('claim_line')
          .select((e) => [
            'claim_id',
            e.fn.min('date').as('first_date'),
            e.fn.max('date').as('last_date'),
            e.fn.countAll<number>().as('line_count'),
          ])
          .groupBy('claim_id')
          .as('l'),
      (join) => join.onRef('l.claim_id', '=', 'c.id'),
    )
    .select([
      'c.id',
      'c.number',
      'c.status',
      'c.representative_id',
      'c.title',
      'c.total_cents',
      'c.created_at',
      'r.first_name',
      'r.last_name',
      'r.iban',
      'r.search_text',
      'l.first_date',
      'l.last_date',
      'l.line_count',
    ]);
  if (filter.status === 'a_traiter') query = query.where('c.status', 'in', ['soumise', 'validee']);
  else if (filter.status === 'a_payer')
    query = query.where('c.status', '=', 'validee').where('c.sepa_batch_id', 'is', null);
  else if (filter.status !== 'tous') query = query.where('c.status', '=', filter.status);
  if (filter.representativeId !== null)
    query = query.where('c.representative_id', '=', filter.representativeId);
  if (filter.year !== null) {
    const y = filter.year;
    // A claim belongs to the years its lines cover, or to the year it was created when empty.
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('l.first_date', '<=', `${y}-12-31`), eb('l.last_date', '>=', `${y}-01-01`)]),
        eb.and([eb('l.first_date', 'is', null), eb('c.created_at', 'like', `${y}-%`)]),
      ]),
    );
  }
  for (const term of searchTerms(filter.search)) {
    const like = `%${term.replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('r.search_text', 'like', like),
        eb(eb.fn('lower', ['c.number']), 'like', like),
        eb(eb.fn('lower', ['c.title']), 'like', like),
      ]),
    );
  }
  const dir = filter.direction;
  switch (filter.sort) {
    case 'numero':
      query = query.orderBy('c.number', dir);
      break;
    case 'personne':
      query = query.orderBy('r.search_text', dir);
      break;
    case 'montant':
      query = query.orderBy('c.total_cents', dir);
      break;
    case 'statut':
      query = query.orderBy('c.status', dir);
      break;
    default:
      query = query.orderBy('l.last_date', dir).orderBy('c.created_at', dir);
  }
  const rows = await query.orderBy('c.id', dir).execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    representativeId: r.representative_id,
    personName: `${r.first_name} ${r.last_name}`,
    title: r.title,
    firstDate: (r.first_date as string | null) ?? null,
    lastDate: (r.last_date as string | null) ?? null,
    lineCount: Number(r.line_count ?? 0),
    totalCents: r.total_cents,
    createdAt: r.created_at,
    hasIban: r.iban !== null && r.iban !== '',
  }));
}

export async function listClaimYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('claim_line')
    .select((eb) => eb.fn<string>('substr', ['date', eb.val(1), eb.val(4)]).as('y'))
    .distinct()
    .execute();
  return rows
    .map((r) => Number(r.y))
    .filter((y) => Number.isFinite(y))
    .sort((a, b) => b - a);
}

/** Folded "first last" for searching claims by person without the representatives' module. */
export const personSearchText = (first: string, last: string): string => foldForSearch(`${last} ${first}`);

/**
 * Meetings of instances and sessions of actions this person physically attended (present on
 * site, or the suppléant who sat for a titulaire), not cancelled and not held remotely, with no
 * mileage line on a live claim yet. Every engagement is defrayable, sessions included.
 */
export async function attendedMeetingsNotClaimed(db: Executor, representativeId: number) {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .select([
      'm.id',
      'm.date',
      'm.title',
      'm.place',
      'm.mode',
      'm.action_id',
      ...engagementColumns(),
      usualPlace(),
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('a.representative_id', '=', representativeId), eb('a.status', '=', 'present')]),
        eb.and([eb('a.replaced_by_id', '=', representativeId), eb('a.status', '=', 'remplace')]),
      ]),
    )
    .where('m.cancelled_at', 'is', null)
    .where('m.mode', '!=', 'distance')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('claim_line as l')
            .innerJoin('claim as c', 'c.id', 'l.claim_id')
            .select('l.id')
            .whereRef('l.meeting_id', '=', 'm.id')
            .where('l.kind', '=', 'kilometrique')
            .where('c.representative_id', '=', representativeId)
            .where('c.status', 'not in', ['refusee', 'annulee']),
        ),
      ),
    )
    .orderBy('m.date')
    .execute();
  const seen = new Set<number>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
