/**
 * The set-based queries behind « À faire »: each question is asked once for the whole register
 * (grouped queries), never once per person or per instance, so the screen stays fast at tens of
 * thousands of mandates.
 */
import { isReplacedAfter, periodOf, type Period } from '../../shared/register/register-rules';
import type { Executor } from '../audit';
import { mandateRoleLabel } from '../../shared/rules/agreement';
import { personName } from '../../shared/rules/person-name';
import { idList } from '../id-list';

export interface ExpiringRow {
  mandateId: number;
  representativeId: number;
  representativeName: string;
  instanceId: number;
  instanceName: string;
  organisationName: string;
  roleLabel: string;
  endDate: string;
  /** The end was recorded ahead (resignation…): the seat needs a successor, not a renewal. */
  endedInAdvance: boolean;
}

/**
 * Mandates whose end (planned, or recorded in advance) falls between `today` and `until`, not
 * yet followed by a renewal, a later mandate of the same person on the same instance, or
 * successors in the same role filling again every place held on its last day
 * (`isReplacedAfter`).
 */
export async function expiringMandates(db: Executor, today: string, until: string): Promise<ExpiringRow[]> {
  // Two index range scans (planned ends, ends recorded in advance) rather than one OR that
  // SQLite may answer with a table scan.
  const [planned, advance] = [
    await expiringQuery(db, today)
      .where('m.ended_on', 'is', null)
      .where('m.end_date', '>=', today)
      .where('m.end_date', '<=', until)
      .execute(),
    await expiringQuery(db, today)
      .where('m.ended_on', '>=', today)
      .where('m.ended_on', '<=', until)
      .execute(),
  ];
  const candidates = await withoutSuccessors(db, today, [...planned, ...advance]);
  return candidates
    .map((r) => ({
      mandateId: r.id,
      representativeId: r.representative_id,
      representativeName: personName(r.first_name, r.last_name),
      instanceId: r.instance_id,
      instanceName: r.instance_name,
      organisationName: r.organisation_name,
      roleLabel: mandateRoleLabel(r.role, r.role_other, r.civility),
      endDate: (r.ended_on ?? r.end_date) as string,
      endedInAdvance: r.ended_on !== null,
    }))
    .sort((x, y) =>
      x.endDate < y.endDate
        ? -1
        : x.endDate > y.endDate
          ? 1
          : x.instanceName < y.instanceName
            ? -1
            : x.instanceName > y.instanceName
              ? 1
              : 0,
    );
}

type ExpiringQueryRow = Awaited<ReturnType<ReturnType<typeof expiringQuery>['execute']>>[number];

/**
 * Drops the mandates whose places are filled again after their end. Only the candidates with
 * a same-role mandate starting after their end are weighed: the same-role mandates of their
 * instances still running today or later are read in chunks and compared in memory.
 */
async function withoutSuccessors(
  db: Executor,
  today: string,
  rows: ExpiringQueryRow[],
): Promise<ExpiringQueryRow[]> {
  const toCheck = rows.filter((r) => Boolean(r.has_later));
  if (toCheck.length === 0) return rows;
  const instanceIds = [...new Set(toCheck.map((r) => r.instance_id))];
  const roles = [...new Set(toCheck.map((r) => r.role))];
  const byKey = new Map<string, Period[]>();
  for (let i = 0; i < instanceIds.length; i += 500) {
    const chunk = instanceIds.slice(i, i + 500);
    const periods = await db
      .selectFrom('mandate')
      .select(['instance_id', 'role', 'start_date', 'end_date', 'ended_on'])
      .where('instance_id', 'in', idList(chunk))
      .where('role', 'in', roles)
      .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', today)]))
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
      .execute();
    for (const p of periods) {
      const key = `${p.instance_id}|${p.role}`;
      const list = byKey.get(key) ?? [];
      list.push(periodOf({ startDate: p.start_date, endDate: p.end_date, endedOn: p.ended_on }));
      byKey.set(key, list);
    }
  }
  return rows.filter((r) => {
    if (!r.has_later) return true;
    const end = (r.ended_on ?? r.end_date) as string;
    return !isReplacedAfter(end, byKey.get(`${r.instance_id}|${r.role}`) ?? []);
  });
}

/**
 * Running mandates of active people and instances not yet followed by a renewal or a later
 * mandate of the same person on the same instance (successors are weighed afterwards).
 */
function expiringQuery(db: Executor, today: string) {
  return (
    db
      .selectFrom('mandate as m')
      .innerJoin('representative as r', 'r.id', 'm.representative_id')
      .innerJoin('instance as i', 'i.id', 'm.instance_id')
      .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
      .select([
        'm.id',
        'm.representative_id',
        'r.civility',
        'r.first_name',
        'r.last_name',
        'm.instance_id',
        'i.name as instance_name',
        'o.name as organisation_name',
        'm.role',
        'm.role_other',
        'm.end_date',
        'm.ended_on',
        // Only a mandate with a same-role start after its end can be replaced: the others need
        // no further look.
        (eb) =>
          eb
            .exists(
              eb
                .selectFrom('mandate as n')
                .select('n.id')
                .whereRef('n.instance_id', '=', 'm.instance_id')
                .whereRef('n.role', '=', 'm.role')
                .where('n.start_date', '>', eb.fn.coalesce('m.ended_on', 'm.end_date')),
            )
            .as('has_later'),
      ])
      .where('m.start_date', '<=', today)
      .where('i.archived_at', 'is', null)
      .where('r.archived_at', 'is', null)
      // Two NOT EXISTS, each answered by an index (renewed_from_id; instance + start), rather than
      // one OR that SQLite answers by reading every mandate for every candidate.
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('mandate as n').select('n.id').whereRef('n.renewed_from_id', '=', 'm.id'))),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('mandate as n')
              .select('n.id')
              .whereRef('n.instance_id', '=', 'm.instance_id')
              .whereRef('n.representative_id', '=', 'm.representative_id')
              .whereRef('n.start_date', '>', 'm.start_date'),
          ),
        ),
      )
  );
}

export interface SeatTarget {
  id: number;
  name: string;
  organisationName: string;
  seatsTitulaire: number;
  seatsSuppleant: number;
  targetMin: number;
}

/** Active instances with what « À faire » compares: seats and target (a lean join, no other column). */
export async function seatTargets(db: Executor): Promise<SeatTarget[]> {
  const rows = await db
    .selectFrom('instance as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select([
      'i.id',
      'i.name',
      'o.name as organisation_name',
      'i.seats_titulaire',
      'i.seats_suppleant',
      'i.target_min',
    ])
    .where('i.archived_at', 'is', null)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    organisationName: r.organisation_name,
    seatsTitulaire: r.seats_titulaire,
    seatsSuppleant: r.seats_suppleant,
    targetMin: r.target_min,
  }));
}

/**
 * Formations de base: who followed one (dated on or before `today`, whatever the date relative
 * to their mandates), and the earliest one planned later for the others — planned is not done.
 */
export async function baseTrainingFacts(
  db: Executor,
  today: string,
): Promise<{ done: Set<number>; planned: Map<number, string> }> {
  const rows = await db
    .selectFrom('training as t')
    .innerJoin('training_kind as k', 'k.id', 't.kind_id')
    .select((eb) => ['t.representative_id', eb.fn.min<string>('t.date').as('first_date')])
    .where('k.is_base', '=', 1)
    .groupBy('t.representative_id')
    .execute();
  const done = new Set<number>();
  const planned = new Map<number, string>();
  for (const r of rows) {
    if (r.first_date <= today) done.add(r.representative_id);
    else planned.set(r.representative_id, r.first_date);
  }
  return { done, planned };
}
