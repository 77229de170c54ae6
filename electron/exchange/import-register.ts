/**
 * What the register already holds, as the import plan sees it: the people (by their folded
 * names), the active instances (by their folded names) and the mandates, loaded once per plan.
 */
import type { RepresentativeData } from '../../shared/register/representative';
import type { MandateRole } from '../../shared/register/schemas';
import { foldForSearch } from '../../shared/rules/text';
import type { Executor } from '../../db/audit';
import * as repo from '../../db/exchange/exchange';
import { listProfiles } from '../../db/register/profiles';
import { profileKeys } from '../../shared/register/profiles';
import { personKey, sameText } from './import-rows';
import type { InstanceRef } from './row-checks';
import { mandateMonthsFor, periodOf, type Period } from '../../shared/register/register-rules';

/** One person of the register or of the file, as the plan sees it. */
export interface KnownPerson {
  /** Database id, or null while it is only planned from an earlier row of the file. */
  id: number | null;
  key: string;
  data: RepresentativeData;
  planIndex: number | null;
  countedUnchanged?: boolean;
  /** An archived person gets no new mandate until restored, as in the mandate form. */
  archived?: boolean;
}

export interface KnownMandate {
  personRef: KnownPerson;
  instanceId: number;
  role: MandateRole;
  startDate: string;
  period: Period;
}

export function samePerson(a: RepresentativeData, b: RepresentativeData): boolean {
  const keys = [
    'civility',
    'lastName',
    'firstName',
    'email',
    'phone',
    'addressLine',
    'postalCode',
    'city',
    'originAssociation',
    'employed',
    'employer',
    'notes',
    'profileId',
  ] as const;
  return keys.every((k) => (a[k] ?? null) === (b[k] ?? null));
}

export async function loadPeople(db: Executor): Promise<Map<string, KnownPerson[]>> {
  const rows = await repo.representativesForImport(db);
  const byKey = new Map<string, KnownPerson[]>();
  for (const r of rows) {
    const data: RepresentativeData = {
      civility: r.civility === 'Mme' || r.civility === 'M.' ? r.civility : '',
      lastName: r.last_name,
      firstName: r.first_name,
      email: r.email,
      phone: r.phone,
      addressLine: r.address_line,
      postalCode: r.postal_code,
      city: r.city,
      originAssociation: r.origin_association,
      employed: r.employed === 1,
      employer: r.employer,
      iban: r.iban,
      bic: r.bic,
      notes: r.notes,
      profileId: r.profile_id ?? undefined,
      vehicles: [],
    };
    const key = personKey(r.last_name, r.first_name);
    const list = byKey.get(key) ?? [];
    list.push({ id: r.id, key, data, planIndex: null, archived: r.archived_at !== null });
    byKey.set(key, list);
  }
  return byKey;
}

/** A profile as the import reads it: by its label or its feminine, folded. */
export interface ProfileRef {
  id: number;
  label: string;
  archived: boolean;
}

export interface ProfileLookup {
  byKey: ReadonlyMap<string, ProfileRef>;
  /** The labels offered, for the message of an unknown profile. */
  choices: string;
}

export async function loadProfiles(db: Executor): Promise<ProfileLookup> {
  const profiles = await listProfiles(db);
  const byKey = new Map<string, ProfileRef>();
  for (const p of profiles) {
    for (const key of profileKeys(p)) byKey.set(key, { id: p.id, label: p.label, archived: p.archived });
  }
  const choices = profiles
    .filter((p) => !p.archived)
    .map((p) => p.label)
    .join(', ');
  return { byKey, choices };
}

export async function loadInstances(db: Executor): Promise<Map<string, InstanceRef[]>> {
  const rows = await repo.activeInstancesForImport(db);
  const byName = new Map<string, InstanceRef[]>();
  for (const r of rows) {
    const key = foldForSearch(r.name);
    const list = byName.get(key) ?? [];
    list.push({
      id: r.id,
      name: r.name,
      seatsTitulaire: r.seats_titulaire,
      seatsSuppleant: r.seats_suppleant,
      mandateMonths: mandateMonthsFor(r.mandate_months, r.default_mandate_months),
    });
    byName.set(key, list);
  }
  return byName;
}

export async function loadMandates(
  db: Executor,
  people: Map<string, KnownPerson[]>,
): Promise<KnownMandate[]> {
  const byId = new Map<number, KnownPerson>();
  for (const list of people.values()) for (const p of list) if (p.id !== null) byId.set(p.id, p);
  const rows = await repo.mandatePeriodsForImport(db);
  const mandates: KnownMandate[] = [];
  for (const r of rows) {
    const personRef = byId.get(r.representative_id);
    if (!personRef) continue;
    mandates.push({
      personRef,
      instanceId: r.instance_id,
      role: r.role,
      startDate: r.start_date,
      period: periodOf({ startDate: r.start_date, endDate: r.end_date, endedOn: r.ended_on }),
    });
  }
  return mandates;
}

export function findPerson(
  candidates: KnownPerson[] | undefined,
  data: RepresentativeData,
): KnownPerson | null {
  if (!candidates || candidates.length === 0) return null;
  const match = candidates.find(
    (c) => sameText(c.data.email, data.email) || sameText(c.data.postalCode, data.postalCode),
  );
  if (match) return match;
  // Nothing to compare but the names: one namesake is the same person, several are ambiguous.
  if (!data.email && !data.postalCode && candidates.length === 1) return candidates[0] ?? null;
  return null;
}
