/**
 * What meetings need from the register (instances, organisations, mandates), read here with the
 * query builder so that the meetings domain does not wait on the register's services.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../schema';
import type { MandateRole } from '../../shared/register/schemas';
import type { InstanceOption } from '../../shared/meetings/types';
import type { Executor } from '../audit';
import { idList } from '../id-list';

export async function listInstances(db: Executor): Promise<InstanceOption[]> {
  const rows = await db
    .selectFrom('instance as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .innerJoin('instance_type as t', 't.id', 'i.type_id')
    .select([
      'i.id',
      'i.name',
      'i.meeting_place',
      'i.archived_at',
      'o.name as organisation_name',
      't.label as type_label',
    ])
    .orderBy('o.name')
    .orderBy('i.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    organisationName: r.organisation_name,
    typeLabel: r.type_label,
    meetingPlace: r.meeting_place,
    archived: r.archived_at !== null,
  }));
}

export interface InstanceInfo {
  id: number;
  name: string;
  typeLabel: string;
  meetingPlace: string | null;
  organisation: { name: string; addressLine: string | null; postalCode: string | null; city: string | null };
}

export async function getInstanceInfo(db: Executor, id: number): Promise<InstanceInfo | null> {
  const r = await db
    .selectFrom('instance as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .innerJoin('instance_type as t', 't.id', 'i.type_id')
    .select([
      'i.id',
      'i.name',
      'i.meeting_place',
      't.label as type_label',
      'o.name as org_name',
      'o.address_line',
      'o.postal_code',
      'o.city',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    name: r.name,
    typeLabel: r.type_label,
    meetingPlace: r.meeting_place,
    organisation: { name: r.org_name, addressLine: r.address_line, postalCode: r.postal_code, city: r.city },
  };
}

export interface MandateOnDate {
  mandateId: number;
  representativeId: number;
  role: MandateRole;
  roleOther: string | null;
  pairedMandateId: number | null;
  civility: string;
  firstName: string;
  lastName: string;
  employed: boolean;
  /** When the person's record was archived (timestamp), null when active. */
  archivedAt: string | null;
}

/**
 * The effective end of a mandate (the earlier of ended_on and end_date, as in the register's
 * effectiveEnd) is open or on/after the date: both ends, when set, must be ≥ D.
 */
function endsOnOrAfter(eb: ExpressionBuilder<Database & { md: Database['mandate'] }, 'md'>, date: string) {
  return eb.and([
    eb.or([eb('md.ended_on', 'is', null), eb('md.ended_on', '>=', date)]),
    eb.or([eb('md.end_date', 'is', null), eb('md.end_date', '>=', date)]),
  ]);
}

/** Mandates on the instance active on the date: start ≤ D and the effective end null or ≥ D. */
export async function mandatesOn(db: Executor, instanceId: number, date: string): Promise<MandateOnDate[]> {
  const rows = await db
    .selectFrom('mandate as md')
    .innerJoin('representative as r', 'r.id', 'md.representative_id')
    .select([
      'md.id',
      'md.representative_id',
      'md.role',
      'md.role_other',
      'md.paired_mandate_id',
      'r.civility',
      'r.first_name',
      'r.last_name',
      'r.employed',
      'r.archived_at',
    ])
    .where('md.instance_id', '=', instanceId)
    .where('md.start_date', '<=', date)
    .where((eb) => endsOnOrAfter(eb, date))
    .orderBy('md.role')
    .orderBy('r.search_text')
    .execute();
  return rows.map((r) => ({
    mandateId: r.id,
    representativeId: r.representative_id,
    role: r.role,
    roleOther: r.role_other,
    pairedMandateId: r.paired_mandate_id,
    civility: r.civility,
    firstName: r.first_name,
    lastName: r.last_name,
    employed: r.employed === 1,
    archivedAt: r.archived_at,
  }));
}

export interface MandateSpanRow {
  id: number;
  representativeId: number;
  instanceId: number;
  instanceName: string;
  organisationName: string;
  role: MandateRole;
  roleOther: string | null;
  startDate: string;
  endDate: string | null;
  endedOn: string | null;
  /** When the person's record was archived (timestamp), null when active. */
  archivedAt: string | null;
}

/** Mandates overlapping a period, for the given people (all when null). */
export async function mandatesInPeriod(
  db: Executor,
  representativeIds: readonly number[] | null,
  from: string,
  to: string,
): Promise<MandateSpanRow[]> {
  let q = db
    .selectFrom('mandate as md')
    .innerJoin('instance as i', 'i.id', 'md.instance_id')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .innerJoin('representative as r', 'r.id', 'md.representative_id')
    .select([
      'md.id',
      'md.representative_id',
      'md.instance_id',
      'r.archived_at',
      'md.role',
      'md.role_other',
      'md.start_date',
      'md.end_date',
      'md.ended_on',
      'i.name as instance_name',
      'o.name as organisation_name',
    ])
    .where('md.start_date', '<=', to)
    .where((eb) => endsOnOrAfter(eb, from));
  if (representativeIds) {
    if (representativeIds.length === 0) return [];
    q = q.where('md.representative_id', 'in', idList(representativeIds));
  }
  const rows = await q.orderBy('md.start_date').orderBy('md.id').execute();
  return rows.map((r) => ({
    id: r.id,
    representativeId: r.representative_id,
    instanceId: r.instance_id,
    instanceName: r.instance_name,
    organisationName: r.organisation_name,
    role: r.role,
    roleOther: r.role_other,
    startDate: r.start_date,
    endDate: r.end_date,
    endedOn: r.ended_on,
    archivedAt: r.archived_at,
  }));
}
