/** The editable list of person profiles (person_profile) and who has each. */
import type { PersonProfile, ProfileData } from '../../shared/register/profiles';
import { defaultProfile } from '../../shared/register/profiles';
import { foldForSearch } from '../../shared/rules/text';
import type { Executor } from '../audit';

/** Every profile, archived ones too, in the order chosen in Paramètres: a short list. */
export async function listProfiles(db: Executor): Promise<PersonProfile[]> {
  const rows = await db
    .selectFrom('person_profile as p')
    .select((eb) => [
      'p.id',
      'p.code',
      'p.label',
      'p.label_feminine',
      'p.sort_order',
      'p.archived_at',
      // One index lookup per profile (representative_profile_idx), whatever the size of the register.
      eb
        .selectFrom('representative as r')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('r.profile_id', '=', 'p.id')
        .as('n'),
    ])
    .orderBy('p.sort_order')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    label: r.label,
    labelFeminine: r.label_feminine,
    sortOrder: r.sort_order,
    archived: r.archived_at !== null,
    personCount: Number(r.n ?? 0),
  }));
}

export async function getProfile(db: Executor, id: number) {
  return db.selectFrom('person_profile').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The profile given to a new person for whom none was chosen (the shared rule on the list). */
export async function defaultProfileId(db: Executor): Promise<number | null> {
  return defaultProfile(await listProfiles(db))?.id ?? null;
}

/** An internal code from the label, made unique: « Patient expert » → patient_expert, patient_expert_2… */
async function freeCode(db: Executor, label: string): Promise<string> {
  const base =
    foldForSearch(label)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'profil';
  const taken = await db
    .selectFrom('person_profile')
    .select('code')
    .where('code', 'like', `${base}%`)
    .execute();
  const codes = new Set(taken.map((r) => r.code));
  let code = base;
  for (let n = 2; codes.has(code); n += 1) code = `${base}_${n}`;
  return code;
}

export async function insertProfile(db: Executor, data: ProfileData): Promise<number> {
  const last = await db
    .selectFrom('person_profile')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .executeTakeFirst();
  const row = await db
    .insertInto('person_profile')
    .values({
      code: await freeCode(db, data.label),
      label: data.label,
      label_feminine: data.labelFeminine,
      sort_order: Number(last?.m ?? 0) + 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProfile(db: Executor, id: number, data: ProfileData): Promise<void> {
  await db
    .updateTable('person_profile')
    .set({ label: data.label, label_feminine: data.labelFeminine })
    .where('id', '=', id)
    .execute();
}

export async function setProfileArchived(db: Executor, id: number, archivedAt: string | null): Promise<void> {
  await db.updateTable('person_profile').set({ archived_at: archivedAt }).where('id', '=', id).execute();
}

export async function setProfileOrder(db: Executor, id: number, sortOrder: number): Promise<void> {
  await db.updateTable('person_profile').set({ sort_order: sortOrder }).where('id', '=', id).execute();
}

export async function isProfileInUse(db: Executor, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('representative')
    .select('id')
    .where('profile_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteProfile(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('person_profile').where('id', '=', id).execute();
}
