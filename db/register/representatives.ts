import { sql, type ExpressionBuilder } from 'kysely';
import { profileLabel } from '../../shared/rules/agreement';
import type { RepresentativeData } from '../../shared/register/representative';
import { foldForSearch, searchTerms } from '../../shared/rules/text';
import type {
  Representative,
  RepresentativeSummary,
  Vehicle,
} from '../../shared/register/representative-types';
import type { Database, RepresentativeRow, VehicleRow } from '../schema';
import type { Executor } from '../audit';
import { indexableTerms, indexedCandidates, indexedMatch, scanMatch } from './representative-search';
import { defaultProfileId } from './profiles';

export interface ListFilter {
  search: string;
  status: 'actifs' | 'archives' | 'tous';
  sort: 'nom' | 'ville' | 'association' | 'modifie';
  direction: 'asc' | 'desc';
  /** Only the people of this profile. */
  profileId?: number | null;
  offset?: number;
  limit?: number;
}

export type SearchFilter = Pick<ListFilter, 'search' | 'status' | 'profileId'>;

export function searchTextOf(
  data: Pick<
    RepresentativeData,
    'lastName' | 'firstName' | 'city' | 'originAssociation' | 'email' | 'postalCode'
  >,
): string {
  return foldForSearch(
    [data.lastName, data.firstName, data.city, data.originAssociation, data.email, data.postalCode]
      .filter(Boolean)
      .join(' '),
  );
}

const summaryColumns = [
  'id',
  'civility',
  'last_name',
  'first_name',
  'city',
  'postal_code',
  'origin_association',
  'email',
  'phone',
  'employed',
  'profile_id',
  'archived_at',
  'updated_at',
] as const;

/** The labels of the person's profile, read beside each row of a page (a lookup by primary key). */
function profileColumns(eb: ExpressionBuilder<Database, 'representative'>) {
  const ofProfile = () =>
    eb.selectFrom('person_profile').whereRef('person_profile.id', '=', 'representative.profile_id');
  return [
    ofProfile().select('person_profile.label').as('profile_label'),
    ofProfile().select('person_profile.label_feminine').as('profile_label_feminine'),
  ];
}

type SummaryRow = Pick<RepresentativeRow, (typeof summaryColumns)[number]> & {
  profile_label: string | null;
  profile_label_feminine: string | null;
};

const toSummary = (r: SummaryRow): RepresentativeSummary => ({
  id: r.id,
  civility: r.civility,
  lastName: r.last_name,
  firstName: r.first_name,
  city: r.city,
  postalCode: r.postal_code,
  originAssociation: r.origin_association,
  email: r.email,
  phone: r.phone,
  employed: r.employed === 1,
  profileId: r.profile_id,
  profileLabel:
    r.profile_label === null
      ? null
      : profileLabel({ label: r.profile_label, labelFeminine: r.profile_label_feminine }, r.civility),
  archived: r.archived_at !== null,
  updatedAt: r.updated_at,
});

/** Up to this many matches a page says its exact count; beyond, « plus de 1 000 » until asked apart. */
export const COUNT_CAP = 1000;
/** The trigram index answers the list when it finds at most this many people (measured at 10,000 and 100,000 people by `npm run bench` and `-- --large`). */
const INDEXED_MAX = 2000;

type Strategy = 'indexed' | 'scan';

/** Few people match: fetch them from the trigram index. Many: read in order and stop after the page. */
async function strategyFor(db: Executor, terms: readonly string[]): Promise<Strategy> {
  return (await weighed(db, terms)).strategy;
}

/** The strategy, and how many people the trigram index found (up to INDEXED_MAX + 1; null: not asked). */
async function weighed(
  db: Executor,
  terms: readonly string[],
): Promise<{ strategy: Strategy; candidates: number | null }> {
  if (indexableTerms(terms).length === 0) return { strategy: 'scan', candidates: null };
  const candidates = await indexedCandidates(db, terms, INDEXED_MAX + 1);
  return { strategy: candidates <= INDEXED_MAX ? 'indexed' : 'scan', candidates };
}

function filtered(db: Executor, filter: SearchFilter, strategy: Strategy) {
  let query = db.selectFrom('representative');
  const terms = searchTerms(filter.search);
  if (strategy === 'indexed') {
    // The unary + keeps SQLite from answering « archived_at is null » (true of nearly everyone)
    // from the (archived_at, search_text) index: the few rows the trigram index found are
    // fetched by id instead of reading 100,000 index entries to meet them.
    if (filter.status === 'actifs') query = query.where(sql<boolean>`+representative.archived_at is null`);
    if (filter.status === 'archives')
      query = query.where(sql<boolean>`+representative.archived_at is not null`);
    if (filter.profileId) query = query.where(sql<boolean>`+representative.profile_id = ${filter.profileId}`);
    for (const condition of indexedMatch(terms)) query = query.where(condition);
    return query;
  }
  if (filter.status === 'actifs') query = query.where('archived_at', 'is', null);
  if (filter.status === 'archives') query = query.where('archived_at', 'is not', null);
  if (filter.profileId) query = query.where('profile_id', '=', filter.profileId);
  for (const condition of scanMatch(terms)) query = query.where(condition);
  return query;
}

async function exactCount(db: Executor, filter: SearchFilter, strategy: Strategy): Promise<number> {
  const terms = searchTerms(filter.search);
  const allIndexed = terms.length > 0 && indexableTerms(terms).length === terms.length;
  if (strategy === 'scan' && allIndexed && filter.status !== 'archives' && !filter.profileId) {
    // Every word is in the trigram index: its count is the answer for everyone, and the
    // archived people (a small part, read from their own end of the index) are taken apart.
    const everyone = await indexedCandidates(db, terms, Number.MAX_SAFE_INTEGER);
    if (filter.status === 'tous') return everyone;
    return everyone - (await exactCount(db, { ...filter, status: 'archives' }, 'scan'));
  }
  const row = await filtered(db, filter, strategy)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The exact number of people matching the filter (the figure a capped page leaves for later). */
export async function countRepresentatives(db: Executor, filter: SearchFilter): Promise<number> {
  return exactCount(db, filter, await strategyFor(db, searchTerms(filter.search)));
}

function pageQuery(db: Executor, filter: ListFilter, strategy: Strategy) {
  let query = filtered(db, filter, strategy).select(summaryColumns).select(profileColumns);
  const dir = filter.direction;
  switch (filter.sort) {
    case 'ville':
      query = query.orderBy('city', dir).orderBy('search_text', 'asc');
      break;
    case 'association':
      query = query.orderBy('origin_association', dir).orderBy('search_text', 'asc');
      break;
    case 'modifie':
      query = query.orderBy('updated_at', dir);
      break;
    default:
      // search_text starts with the folded last and first names: an accent-insensitive order.
      query = query.orderBy('search_text', dir);
  }
  query = query.orderBy('id', 'asc');
  if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
  return query;
}

export interface RepresentativePage {
  rows: RepresentativeSummary[];
  /** Matches, counted up to COUNT_CAP + 1 at most. */
  total: number;
  /** More than COUNT_CAP match: `total` is COUNT_CAP, the exact figure is asked apart. */
  totalCapped: boolean;
}

/**
 * One page of the list and its count. The count is exact when the trigram index answered (few
 * matches) and otherwise stops at COUNT_CAP: counting 100,000 rows at each keystroke is what
 * made the search slow.
 */
export async function listRepresentatives(db: Executor, filter: ListFilter): Promise<RepresentativePage> {
  const terms = searchTerms(filter.search);
  const { strategy, candidates } = await weighed(db, terms);
  const rows = (await pageQuery(db, filter, strategy).execute()).map(toSummary);
  const firstAndShort =
    (filter.offset ?? 0) === 0 && filter.limit !== undefined && rows.length < filter.limit;
  if (firstAndShort) return { rows, total: rows.length, totalCapped: false };
  if (strategy === 'indexed') {
    return { rows, total: await exactCount(db, filter, strategy), totalCapped: false };
  }
  if (candidates !== null && indexableTerms(terms).length === terms.length && filter.status !== 'archives') {
    // More than INDEXED_MAX people hold every word: counting them all through the trigram index
    // grows with the answer (4 ms for a town at 100,000 people, on every keystroke). Once the
    // archived among them (a small part of the index) are set aside, more than COUNT_CAP left
    // is all a page needs to say; the exact figure is asked apart.
    const archived =
      filter.status === 'actifs' ? await exactCount(db, { ...filter, status: 'archives' }, 'scan') : 0;
    if (candidates - archived > COUNT_CAP) return { rows, total: COUNT_CAP, totalCapped: true };
    return { rows, total: await exactCount(db, filter, strategy), totalCapped: false };
  }
  // No word, or a word too short for the trigram index: count no further than the cap.
  const capped = await db
    .selectFrom(
      filtered(db, filter, strategy)
        .select('representative.id')
        .limit(COUNT_CAP + 1)
        .as('m'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const n = Number(capped?.n ?? 0);
  return n > COUNT_CAP
    ? { rows, total: COUNT_CAP, totalCapped: true }
    : { rows, total: n, totalCapped: false };
}

const toVehicle = (v: VehicleRow, inUse: boolean): Vehicle => ({
  id: v.id,
  label: v.label,
  kind: v.kind,
  fiscalPowerCv: v.fiscal_power_cv,
  electric: v.electric === 1,
  plate: v.plate,
  archived: v.archived_at !== null,
  inUse,
});

/**
 * Tables whose rows point at a representative or a vehicle. Later migrations add to these lists,
 * so that "may this be deleted?" stays one question asked in one place.
 */
export const representativeReferences: Array<{ table: string; column: string }> = [
  { table: 'mandate', column: 'representative_id' },
  { table: 'training', column: 'representative_id' },
  { table: 'charter_signature', column: 'representative_id' },
  { table: 'attendance', column: 'representative_id' },
  { table: 'attestation', column: 'representative_id' },
  { table: 'claim', column: 'representative_id' },
  { table: 'tax_receipt', column: 'representative_id' },
  { table: 'volunteer_time', column: 'representative_id' },
];
export const vehicleReferences: Array<{ table: string; column: string }> = [
  { table: 'claim_line', column: 'vehicle_id' },
];

async function isReferenced(
  db: Executor,
  refs: Array<{ table: string; column: string }>,
  id: number,
): Promise<boolean> {
  for (const ref of refs) {
    // The table and column names come from the fixed lists above, never from input.
    const row = await db
      .selectFrom(ref.table as 'representative')
      .select('id')
      .where(ref.column as 'id', '=', id)
      .limit(1)
      .executeTakeFirst();
    if (row) return true;
  }
  return false;
}

export async function getRepresentative(db: Executor, id: number): Promise<Representative | null> {
  const r = await db
    .selectFrom('representative')
    .selectAll()
    .select(profileColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  const vehicleRows = await db
    .selectFrom('vehicle')
    .selectAll()
    .where('representative_id', '=', id)
    .orderBy('archived_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  const vehicles: Vehicle[] = [];
  for (const v of vehicleRows) vehicles.push(toVehicle(v, await isReferenced(db, vehicleReferences, v.id)));
  const referenced = await isReferenced(db, representativeReferences, id);
  return {
    ...toSummary(r),
    addressLine: r.address_line,
    employer: r.employer,
    iban: r.iban,
    bic: r.bic,
    notes: r.notes,
    archivedAt: r.archived_at,
    createdAt: r.created_at,
    vehicles,
    deletable: !referenced && !vehicles.some((v) => v.inUse),
    anonymisedAt: r.anonymised_at,
  };
}

function columnsOf(data: RepresentativeData) {
  return {
    civility: data.civility,
    last_name: data.lastName,
    first_name: data.firstName,
    email: data.email,
    phone: data.phone,
    address_line: data.addressLine,
    postal_code: data.postalCode,
    city: data.city,
    origin_association: data.originAssociation,
    employed: data.employed ? 1 : 0,
    employer: data.employed ? data.employer : null,
    iban: data.iban,
    bic: data.bic,
    notes: data.notes,
    // Left out: the person keeps the profile they have (an import without a « Profil » column).
    ...(data.profileId === undefined ? {} : { profile_id: data.profileId }),
    search_text: searchTextOf(data),
  };
}

export async function insertRepresentative(
  db: Executor,
  data: RepresentativeData,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('representative')
    .values({
      profile_id: data.profileId ?? (await defaultProfileId(db)),
      ...columnsOf(data),
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRepresentative(
  db: Executor,
  id: number,
  data: RepresentativeData,
  at: string,
): Promise<void> {
  await db
    .updateTable('representative')
    .set({ ...columnsOf(data), updated_at: at })
    .where('id', '=', id)
    .execute();
}

/**
 * Makes the person's vehicles match the submitted list: new ones are inserted, known ones
 * updated, missing ones deleted when unused or archived when a claim line still points at them.
 */
export async function syncVehicles(
  db: Executor,
  representativeId: number,
  vehicles: RepresentativeData['vehicles'],
  at: string,
): Promise<{ unknownIds: number[] }> {
  const existing = await db
    .selectFrom('vehicle')
    .selectAll()
    .where('representative_id', '=', representativeId)
    .execute();
  const existingIds = new Set(existing.map((v) => v.id));
  const unknownIds = vehicles
    .filter((v) => v.id !== undefined && !existingIds.has(v.id))
    .map((v) => v.id as number);
  if (unknownIds.length > 0) return { unknownIds };
  const keep = new Set<number>();
  for (const v of vehicles) {
    const values = {
      label: v.label,
      kind: v.kind,
      fiscal_power_cv: v.fiscalPowerCv,
      electric: v.electric ? 1 : 0,
      plate: v.plate,
    };
    if (v.id !== undefined) {
      keep.add(v.id);
      await db
        .updateTable('vehicle')
        .set({ ...values, archived_at: null })
        .where('id', '=', v.id)
        .execute();
    } else {
      await db
        .insertInto('vehicle')
        .values({ ...values, representative_id: representativeId, created_at: at })
        .execute();
    }
  }
  for (const v of existing) {
    if (keep.has(v.id)) continue;
    if (await isReferenced(db, vehicleReferences, v.id)) {
      if (v.archived_at === null)
        await db.updateTable('vehicle').set({ archived_at: at }).where('id', '=', v.id).execute();
    } else {
      await db.deleteFrom('vehicle').where('id', '=', v.id).execute();
    }
  }
  return { unknownIds: [] };
}

export async function setArchived(
  db: Executor,
  id: number,
  archivedAt: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('representative')
    .set({ archived_at: archivedAt, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteRepresentative(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('vehicle').where('representative_id', '=', id).execute();
  await db.deleteFrom('representative').where('id', '=', id).execute();
}
