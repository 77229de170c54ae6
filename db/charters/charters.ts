import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../schema';
import type { CharterVersionData, SignatureMethod } from '../../shared/charters/schemas';
import type { CharterSignature, CharterVersion } from '../../shared/charters/types';
import type { Executor } from '../audit';
import { idList } from '../id-list';
import { personName } from '../../shared/rules/person-name';

type VersionBase = Omit<CharterVersion, 'isLatest'>;

export async function listVersions(db: Executor): Promise<VersionBase[]> {
  const rows = await db
    .selectFrom('charter_version as v')
    .selectAll('v')
    .select((eb) =>
      eb
        .selectFrom('charter_signature as s')
        .whereRef('s.charter_version_id', '=', 'v.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('signature_count'),
    )
    .orderBy('v.effective_date', 'desc')
    .orderBy('v.id', 'desc')
    .execute();
  return rows.map((r) => {
    const signatureCount = Number(r.signature_count ?? 0);
    return {
      id: r.id,
      title: r.title,
      version: r.version,
      effectiveDate: r.effective_date,
      body: r.body,
      createdAt: r.created_at,
      signatureCount,
      editable: signatureCount === 0,
    };
  });
}

/** The version with this number of this charter, if any (a number is used once per title). */
export async function findVersionId(db: Executor, title: string, version: string): Promise<number | null> {
  const row = await db
    .selectFrom('charter_version')
    .select('id')
    .where('version', '=', version)
    .where('title', '=', title)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function getVersionNumber(db: Executor, id: number): Promise<string | null> {
  const row = await db
    .selectFrom('charter_version')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.version ?? null;
}

export async function insertVersion(db: Executor, data: CharterVersionData, at: string): Promise<number> {
  const row = await db
    .insertInto('charter_version')
    .values({
      title: data.title,
      version: data.version,
      effective_date: data.effectiveDate,
      body: data.body,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateVersion(db: Executor, id: number, data: CharterVersionData): Promise<void> {
  await db
    .updateTable('charter_version')
    .set({ title: data.title, version: data.version, effective_date: data.effectiveDate, body: data.body })
    .where('id', '=', id)
    .execute();
}

function signatureQuery(db: Executor) {
  return db
    .selectFrom('charter_signature as s')
    .innerJoin('charter_version as v', 'v.id', 's.charter_version_id')
    .innerJoin('representative as r', 'r.id', 's.representative_id')
    .leftJoin('stored_file as f', 'f.hash', 's.file_hash')
    .select([
      's.id',
      's.representative_id',
      's.charter_version_id',
      's.signed_on',
      's.method',
      's.file_hash',
      'v.version',
      'v.effective_date',
      'r.first_name',
      'r.last_name',
      'f.original_name',
    ]);
}

type SignatureRow = Awaited<ReturnType<ReturnType<typeof signatureQuery>['execute']>>[number];

export interface SignatureWithVersion extends CharterSignature {
  versionEffectiveDate: string;
}

const toSignature = (r: SignatureRow): SignatureWithVersion => ({
  id: r.id,
  representativeId: r.representative_id,
  personName: personName(r.first_name, r.last_name),
  charterVersionId: r.charter_version_id,
  version: r.version,
  versionEffectiveDate: r.effective_date,
  signedOn: r.signed_on,
  method: r.method,
  fileHash: r.file_hash,
  fileName: r.original_name,
});

export async function listSignatures(
  db: Executor,
  representativeId?: number,
): Promise<SignatureWithVersion[]> {
  let query = signatureQuery(db);
  if (representativeId !== undefined) query = query.where('s.representative_id', '=', representativeId);
  const rows = await query
    .orderBy('r.last_name', 'asc')
    .orderBy('r.first_name', 'asc')
    .orderBy('s.signed_on', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
  return rows.map(toSignature);
}

export async function getSignature(db: Executor, id: number): Promise<SignatureWithVersion | null> {
  const row = await signatureQuery(db).where('s.id', '=', id).executeTakeFirst();
  return row ? toSignature(row) : null;
}

/** The latest signature of this version by this person on or after `from`, if any. */
export async function findSignatureOnOrAfter(
  db: Executor,
  representativeId: number,
  versionId: number,
  from: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('charter_signature')
    .select('signed_on')
    .where('representative_id', '=', representativeId)
    .where('charter_version_id', '=', versionId)
    .where('signed_on', '>=', from)
    .orderBy('signed_on', 'desc')
    .executeTakeFirst();
  return row?.signed_on ?? null;
}

export async function insertSignature(
  db: Executor,
  data: {
    representativeId: number;
    versionId: number;
    signedOn: string;
    method: SignatureMethod;
    fileHash: string | null;
  },
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('charter_signature')
    .values({
      representative_id: data.representativeId,
      charter_version_id: data.versionId,
      signed_on: data.signedOn,
      method: data.method,
      file_hash: data.fileHash,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteSignature(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('charter_signature').where('id', '=', id).execute();
}

/**
 * The one definition of « latest mandate start » for the charter, shared by the charters
 * screen and « À faire »: the start of the person's most recent mandate already begun on
 * `today`. A mandate planned for later asks for a signature only once it starts.
 */
export function latestStartedMandate(eb: ExpressionBuilder<Database, 'mandate'>, today: string) {
  return eb.fn.max<string | null>(
    eb.case().when('mandate.start_date', '<=', today).then(eb.ref('mandate.start_date')).else(null).end(),
  );
}

/** `latestStartedMandate` of everyone (or of `representativeIds`), people with none left out. */
export async function latestMandateStarts(
  db: Executor,
  today: string,
  representativeIds?: readonly number[],
): Promise<Map<number, string>> {
  let query = db
    .selectFrom('mandate')
    .select((eb) => ['mandate.representative_id', latestStartedMandate(eb, today).as('latest')])
    .where('mandate.start_date', '<=', today)
    .groupBy('mandate.representative_id');
  if (representativeIds !== undefined)
    query = query.where('mandate.representative_id', 'in', idList(representativeIds));
  const rows = await query.execute();
  const starts = new Map<number, string>();
  for (const r of rows) if (r.latest !== null) starts.set(r.representative_id, r.latest);
  return starts;
}

export async function activeRepresentatives(db: Executor) {
  return db
    .selectFrom('representative')
    .select(['id', 'civility', 'first_name', 'last_name', 'search_text'])
    .where('archived_at', 'is', null)
    .orderBy('search_text', 'asc')
    .execute();
}
