/**
 * The per-person facts of « À faire » (formations de base, chartes), read lean: one grouped scan
 * of the mandates' covering index for the people holding a mandate running today or later, in
 * name order, and the names of one page only. Nothing here grows with the lines shown.
 */
import {
  currentCharterVersion,
  isNewerVersion,
  type CharterVersionRef,
} from '../../shared/register/register-rules';
import type { Executor } from '../audit';
import { latestStartedMandate } from '../charters/charters';
import { idList } from '../id-list';
import { personName } from '../../shared/rules/person-name';

export interface RunningPersonFacts {
  representativeId: number;
  firstMandateStart: string;
  /** Latest start already begun (`latestStartedMandate`), null when all are still to come. */
  latestMandateStart: string | null;
}

/**
 * Active people holding a mandate running today or starting later, with their first and latest
 * start, in name order (search_text starts with the folded last and first names: an
 * accent-insensitive order). The starts are aggregated from the mandates' covering index, then
 * only the people kept are joined to their folded name; no name or other column is read.
 */
export async function runningPeopleFacts(db: Executor, today: string): Promise<RunningPersonFacts[]> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('mandate')
        .select((agg) => [
          'mandate.representative_id',
          agg.fn.min<string>('mandate.start_date').as('first_start'),
          latestStartedMandate(agg, today).as('latest_start'),
        ])
        .groupBy('mandate.representative_id')
        .having(
          (agg) =>
            agg.fn.max(
              agg
                .case()
                .when(
                  agg.and([
                    agg.or([agg('mandate.ended_on', 'is', null), agg('mandate.ended_on', '>=', today)]),
                    agg.or([agg('mandate.end_date', 'is', null), agg('mandate.end_date', '>=', today)]),
                  ]),
                )
                .then(1)
                .else(0)
                .end(),
            ),
          '=',
          1,
        )
        .as('f'),
    )
    .innerJoin('representative as r', 'r.id', 'f.representative_id')
    .select(['f.representative_id', 'f.first_start', 'f.latest_start'])
    .where('r.archived_at', 'is', null)
    .orderBy('r.search_text')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    representativeId: r.representative_id,
    firstMandateStart: r.first_start,
    latestMandateStart: r.latest_start,
  }));
}

/** Display names of the people of one page (a page's worth of ids, never a whole list). */
export async function namesOf(db: Executor, ids: readonly number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  if (ids.length === 0) return names;
  const rows = await db
    .selectFrom('representative')
    .select(['id', 'first_name', 'last_name'])
    .where('id', 'in', idList(ids))
    .execute();
  for (const r of rows) names.set(r.id, personName(r.first_name, r.last_name));
  return names;
}

export interface LastSignature {
  version: CharterVersionRef;
  signedOn: string;
}

/**
 * The charter version in force, and each signer's newest signed version and latest signature
 * date (the facts `charterStatus` weighs). Nothing is read when no charter is in force.
 */
export async function lastSignatures(
  db: Executor,
  today: string,
): Promise<{ current: CharterVersionRef | null; lastSigned: Map<number, LastSignature> }> {
  const versions = await db.selectFrom('charter_version').select(['id', 'effective_date']).execute();
  const refs = versions.map((v) => ({ id: v.id, effectiveDate: v.effective_date }));
  const current = currentCharterVersion(refs, today);
  const lastSigned = new Map<number, LastSignature>();
  if (current === null) return { current, lastSigned };
  const byId = new Map(refs.map((v) => [v.id, v]));
  const rows = await db
    .selectFrom('charter_signature')
    .select(['representative_id', 'charter_version_id', 'signed_on'])
    .execute();
  for (const s of rows) {
    const version = byId.get(s.charter_version_id);
    if (!version) continue;
    const known = lastSigned.get(s.representative_id);
    if (!known) {
      lastSigned.set(s.representative_id, { version, signedOn: s.signed_on });
      continue;
    }
    if (isNewerVersion(version, known.version)) known.version = version;
    if (s.signed_on > known.signedOn) known.signedOn = s.signed_on;
  }
  return { current, lastSigned };
}
