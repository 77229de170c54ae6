import { plural } from '../../shared/rules/plural';
import type { z } from 'zod';
import type { contract } from '../ipc/contract';
import type { RepresentativeData } from '../../shared/register/representative';
import type { Representative, RepresentativeList } from '../../shared/register/representative-types';
import { logAction, type Executor } from '../../db/audit';
import { mandatesHeldAfter } from '../../db/register/mandates';
import * as repo from '../../db/register/representatives';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { frenchDate } from '../../shared/rules/dates';
import { profileForPerson } from './profiles';
import { logChange } from '../history/log-change';

type ListQuery = z.output<(typeof contract)['representatives:list']['input']>;
type CountQuery = z.output<(typeof contract)['representatives:count']['input']>;

export async function listRepresentatives(
  ctx: ServiceContext,
  query: ListQuery,
): Promise<RepresentativeList> {
  const page = await repo.listRepresentatives(ctx.db, query);
  return { ...page, offset: query.offset };
}

/** The exact count that a page capped at « plus de 1 000 » leaves to be asked apart. */
export function countRepresentatives(ctx: ServiceContext, query: CountQuery): Promise<number> {
  return repo.countRepresentatives(ctx.db, query);
}

export async function getRepresentative(ctx: ServiceContext, id: number): Promise<Representative> {
  const found = await repo.getRepresentative(ctx.db, id);
  if (!found) throw notFound('Représentant');
  return found;
}

export async function createRepresentative(
  ctx: ServiceContext,
  data: RepresentativeData,
): Promise<Representative> {
  if (data.vehicles.some((v) => v.id !== undefined)) {
    throw new AppError(
      'VALIDATION',
      'Un nouveau représentant ne peut pas reprendre le véhicule d’une autre personne.',
    );
  }
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const profileId = await profileForPerson(trx, data.profileId, null);
    const newId = await repo.insertRepresentative(trx, { ...data, profileId: profileId ?? undefined }, at);
    await repo.syncVehicles(trx, newId, data.vehicles, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'representative', entityId: newId });
    return newId;
  });
  return getRepresentative(ctx, id);
}

export async function updateRepresentative(
  ctx: ServiceContext,
  id: number,
  data: RepresentativeData,
): Promise<Representative> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getRepresentative(trx, id);
    if (!existing) throw notFound('Représentant');
    refuseAnonymised(existing);
    const profileId = await profileForPerson(trx, data.profileId, existing.profileId);
    await repo.updateRepresentative(trx, id, { ...data, profileId: profileId ?? undefined }, at);
    const { unknownIds } = await repo.syncVehicles(trx, id, data.vehicles, at);
    if (unknownIds.length > 0) {
      // Throwing inside the transaction rolls back the update above: nothing is half-written.
      throw new AppError(
        'VALIDATION',
        'Un des véhicules n’appartient pas à cette personne. Rechargez la fiche.',
      );
    }
    const after = await repo.getRepresentative(trx, id);
    if (!after) throw notFound('Représentant');
    await logChange(ctx, trx, {
      action: 'modifié',
      entity: 'representative',
      entityId: id,
      before: existing,
      after,
    });
  });
  return getRepresentative(ctx, id);
}

export async function setRepresentativeArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<Representative> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getRepresentative(trx, id);
    if (!existing) throw notFound('Représentant');
    if (existing.archived === archived) return;
    if (!archived) refuseAnonymised(existing);
    if (archived) await refuseArchiveWithSeats(trx, existing, todayIso(ctx));
    await repo.setArchived(trx, id, archived ? at : null, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: archived ? 'archivé' : 'restauré',
      entity: 'representative',
      entityId: id,
    });
  });
  return getRepresentative(ctx, id);
}

/** An anonymised record stays an anonymous shell: filling it again would undo the erasure. */
function refuseAnonymised(person: Representative): void {
  if (person.anonymisedAt === null) return;
  throw new AppError(
    'FORBIDDEN_STATE',
    'Cette fiche a été anonymisée : elle ne peut plus être modifiée ni restaurée. Créez une nouvelle fiche si la personne revient.',
  );
}

/**
 * An archived person disappears from « À faire », the seats and the attendance lists: the
 * mandates still running or to come must be ended first, or their seats would look filled.
 */
async function refuseArchiveWithSeats(trx: Executor, person: Representative, today: string): Promise<void> {
  const held = await mandatesHeldAfter(trx, person.id, today);
  if (held.length === 0) return;
  const list = held
    .map(
      (m) =>
        `${m.instanceName} (${m.roleLabel.toLowerCase()}, ${m.startDate > today ? `à partir du ${frenchDate(m.startDate)}` : `depuis le ${frenchDate(m.startDate)}`}${m.end === null ? ', sans date de fin' : `, jusqu’au ${frenchDate(m.end)}`})`,
    )
    .join(' ; ');
  const n = held.length;
  throw new AppError(
    'FORBIDDEN_STATE',
    `${person.firstName} ${person.lastName} a ${plural(n, 'mandat', 'mandats')} en cours ou à venir : ${list}. Terminez-${n > 1 ? 'les' : 'le'} d’abord (ou supprimez un mandat saisi par erreur), puis archivez la fiche.`,
  );
}

export async function deleteRepresentative(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getRepresentative(trx, id);
    if (!existing) throw notFound('Représentant');
    if (!existing.deletable) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `${existing.firstName} ${existing.lastName} a des mandats, présences ou frais enregistrés : archivez la fiche au lieu de la supprimer.`,
      );
    }
    await repo.deleteRepresentative(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimé',
      entity: 'representative',
      entityId: id,
      details: { nom: `${existing.firstName} ${existing.lastName}` },
    });
  });
  return { deleted: true };
}
