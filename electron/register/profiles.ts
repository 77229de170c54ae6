/**
 * The editable list of person profiles: a profile in use is archived (kept on the people who
 * have it, no longer offered for others), an unused one may be deleted.
 */
import type { z } from 'zod';
import type { PersonProfile, ProfileData, profileMoveInput } from '../../shared/register/profiles';
import { profileKey, profileKeys } from '../../shared/register/profiles';
import { plural } from '../../shared/rules/plural';
import { logAction, type Executor } from '../../db/audit';
import * as repo from '../../db/register/profiles';
import { AppError, notFound } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';

export function listProfiles(ctx: ServiceContext): Promise<PersonProfile[]> {
  return repo.listProfiles(ctx.db);
}

/** The import reads profiles by their labels: two profiles may not be called the same. */
async function refuseDuplicateLabel(db: Executor, data: ProfileData, exceptId: number | null): Promise<void> {
  const others = (await repo.listProfiles(db)).filter((p) => p.id !== exceptId);
  const taken = new Map<string, PersonProfile>();
  for (const p of others) for (const key of profileKeys(p)) taken.set(key, p);
  const fieldErrors: Record<string, string> = {};
  let clash: PersonProfile | undefined;
  for (const field of ['label', 'labelFeminine'] as const) {
    const text = data[field];
    if (text === null) continue;
    const other = taken.get(profileKey(text));
    if (other) {
      clash ??= other;
      fieldErrors[field] = `Déjà le libellé du profil « ${other.label} »`;
    }
  }
  if (clash) {
    throw new AppError(
      'CONFLICT',
      `Un autre profil s’appelle déjà ainsi (« ${clash.label} ») : choisissez un autre libellé.`,
      fieldErrors,
    );
  }
}

export async function createProfile(ctx: ServiceContext, data: ProfileData): Promise<PersonProfile[]> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await refuseDuplicateLabel(trx, data, null);
    const id = await repo.insertProfile(trx, data);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'créé',
      entity: 'person_profile',
      entityId: id,
      details: data,
    });
  });
  return listProfiles(ctx);
}

export async function updateProfile(
  ctx: ServiceContext,
  id: number,
  data: ProfileData,
): Promise<PersonProfile[]> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.getProfile(trx, id))) throw notFound('Profil');
    await refuseDuplicateLabel(trx, data, id);
    await repo.updateProfile(trx, id, data);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'modifié',
      entity: 'person_profile',
      entityId: id,
      details: data,
    });
  });
  return listProfiles(ctx);
}

export async function setProfileArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<PersonProfile[]> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const profiles = await repo.listProfiles(trx);
    const profile = profiles.find((p) => p.id === id);
    if (!profile) throw notFound('Profil');
    if (profile.archived === archived) return;
    if (archived && profiles.filter((p) => !p.archived).length === 1) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `« ${profile.label} » est le dernier profil proposé : une nouvelle personne doit pouvoir en recevoir un. Ajoutez ou restaurez d’abord un autre profil.`,
      );
    }
    // The people who have it keep it; it is no longer offered for new ones.
    await repo.setProfileArchived(trx, id, archived ? at : null);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: archived ? 'archivé' : 'restauré',
      entity: 'person_profile',
      entityId: id,
    });
  });
  return listProfiles(ctx);
}

/** Moves a profile one place up or down the list (the order of the form's choices). */
export async function moveProfile(
  ctx: ServiceContext,
  input: z.output<typeof profileMoveInput>,
): Promise<PersonProfile[]> {
  await ctx.db.transaction().execute(async (trx) => {
    const profiles = await repo.listProfiles(trx);
    const index = profiles.findIndex((p) => p.id === input.id);
    if (index < 0) throw notFound('Profil');
    const target = input.direction === 'up' ? index - 1 : index + 1;
    const other = profiles[target];
    const moved = profiles[index];
    if (!other || !moved) return;
    profiles[target] = moved;
    profiles[index] = other;
    // Renumbered 1, 2, 3…: equal or sparse orders from older data cannot block a move.
    for (const [i, p] of profiles.entries())
      if (p.sortOrder !== i + 1) await repo.setProfileOrder(trx, p.id, i + 1);
  });
  return listProfiles(ctx);
}

export async function deleteProfile(ctx: ServiceContext, id: number): Promise<PersonProfile[]> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const profiles = await repo.listProfiles(trx);
    const profile = profiles.find((p) => p.id === id);
    if (!profile) throw notFound('Profil');
    if (profile.personCount > 0) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `« ${profile.label} » est le profil de ${plural(profile.personCount, 'personne', 'personnes')} du registre : archivez-le plutôt, ${profile.personCount > 1 ? 'elles le gardent' : 'elle le garde'} et il n’est plus proposé.`,
      );
    }
    if (!profile.archived && profiles.filter((p) => !p.archived).length === 1) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `« ${profile.label} » est le dernier profil proposé : il ne peut pas être supprimé.`,
      );
    }
    await repo.deleteProfile(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimé',
      entity: 'person_profile',
      entityId: id,
      details: { libellé: profile.label },
    });
  });
  return listProfiles(ctx);
}

const choiceError = (message: string) => new AppError('VALIDATION', message, { profileId: message });

/**
 * The profile a person is saved with: one of the list, offered (not archived) unless the person
 * already has it. Left out: the default for a new person, the current one for a known person.
 */
export async function profileForPerson(
  db: Executor,
  chosen: number | undefined,
  current: number | null,
): Promise<number | null> {
  if (chosen === undefined) return current ?? (await repo.defaultProfileId(db));
  const profile = await repo.getProfile(db, chosen);
  if (!profile) throw choiceError('Ce profil n’existe pas ou plus : choisissez-en un dans la liste.');
  if (profile.archived_at !== null && chosen !== current) {
    throw choiceError(`Le profil « ${profile.label} » est archivé : choisissez-en un autre.`);
  }
  return chosen;
}
