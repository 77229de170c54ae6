import type { z } from 'zod';
import { logAction } from '../../db/audit';
import * as instancesRepo from '../../db/register/instances';
import * as repo from '../../db/register/organisations';
import type { OrganisationData, organisationListQuery } from '../../shared/register/schemas';
import type { Organisation, OrganisationList } from '../../shared/register/types';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { logChange } from '../history/log-change';

export async function listOrganisations(
  ctx: ServiceContext,
  query: z.output<typeof organisationListQuery>,
): Promise<OrganisationList> {
  const rows = await repo.listOrganisations(ctx.db, query);
  return {
    rows: rows.map(({ id, name, kind, city, postalCode, instanceCount, archived }) => ({
      id,
      name,
      kind,
      city,
      postalCode,
      instanceCount,
      archived,
    })),
    total: rows.length,
  };
}

export async function getOrganisation(ctx: ServiceContext, id: number): Promise<Organisation> {
  const record = await repo.getOrganisation(ctx.db, id);
  if (!record) throw notFound('Organisation');
  const today = todayIso(ctx);
  const records = await instancesRepo.listInstanceRecords(ctx.db, {
    status: 'tous',
    organisationId: id,
    typeId: null,
  });
  const counts = await instancesRepo.activeCountsByInstance(ctx.db, today);
  return {
    ...record,
    instances: records.map((r) => instancesRepo.toSummary(r, counts.get(r.id))),
    deletable: !(await repo.organisationHasInstances(ctx.db, id)),
  };
}

async function refuseDuplicateName(
  ctx: ServiceContext,
  name: string,
  exceptId: number | null,
): Promise<void> {
  const existing = await repo.findOrganisationByName(ctx.db, name);
  if (existing !== null && existing !== exceptId) {
    throw new AppError('CONFLICT', `Une organisation s’appelle déjà « ${name} ».`, {
      name: 'Ce nom est déjà utilisé par une autre organisation',
    });
  }
}

export async function createOrganisation(ctx: ServiceContext, data: OrganisationData): Promise<Organisation> {
  await refuseDuplicateName(ctx, data.name, null);
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertOrganisation(trx, data, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créée', entity: 'organisation', entityId: newId });
    return newId;
  });
  return getOrganisation(ctx, id);
}

export async function updateOrganisation(
  ctx: ServiceContext,
  id: number,
  data: OrganisationData,
): Promise<Organisation> {
  await refuseDuplicateName(ctx, data.name, id);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.getOrganisation(trx, id);
    if (!before) throw notFound('Organisation');
    await repo.updateOrganisation(trx, id, data, at);
    const after = await repo.getOrganisation(trx, id);
    if (!after) throw notFound('Organisation');
    await logChange(ctx, trx, { action: 'modifiée', entity: 'organisation', entityId: id, before, after });
  });
  return getOrganisation(ctx, id);
}

export async function setOrganisationArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<Organisation> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getOrganisation(trx, id);
    if (!existing) throw notFound('Organisation');
    if (existing.archived === archived) return;
    await repo.setOrganisationArchived(trx, id, archived ? at : null, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: archived ? 'archivée' : 'restaurée',
      entity: 'organisation',
      entityId: id,
    });
  });
  return getOrganisation(ctx, id);
}

export async function deleteOrganisation(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getOrganisation(trx, id);
    if (!existing) throw notFound('Organisation');
    if (await repo.organisationHasInstances(trx, id)) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `« ${existing.name} » a des instances enregistrées : archivez l’organisation au lieu de la supprimer.`,
      );
    }
    await repo.deleteOrganisation(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimée',
      entity: 'organisation',
      entityId: id,
      details: { nom: existing.name },
    });
  });
  return { deleted: true };
}
