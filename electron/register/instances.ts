import type { z } from 'zod';
import { logAction } from '../../db/audit';
import * as repo from '../../db/register/instances';
import * as mandatesRepo from '../../db/register/mandates';
import * as organisationsRepo from '../../db/register/organisations';
import { foldForSearch, searchTerms, sortKey } from '../../shared/rules/text';
import type { InstanceData, instanceListQuery, InstanceTypeData } from '../../shared/register/schemas';
import type { InstanceDetail, InstanceList, InstanceType, Mandate, Seat } from '../../shared/register/types';
import { mandateMonthsFor } from '../../shared/register/register-rules';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { logChange } from '../history/log-change';

export async function listInstances(
  ctx: ServiceContext,
  query: z.output<typeof instanceListQuery>,
): Promise<InstanceList> {
  const today = todayIso(ctx);
  const records = await repo.listInstanceRecords(ctx.db, query);
  const counts = await repo.activeCountsByInstance(ctx.db, today);
  const terms = searchTerms(query.search);
  const rows = records
    .filter((r) => {
      if (terms.length === 0) return true;
      const text = foldForSearch(`${r.name} ${r.organisationName} ${r.typeCode} ${r.typeLabel}`);
      return terms.every((t) => text.includes(t));
    })
    .map((r) => repo.toSummary(r, counts.get(r.id)));
  const keys = new Map<string, string>();
  const key = (text: string) => {
    let k = keys.get(text);
    if (k === undefined) {
      k = sortKey(text);
      keys.set(text, k);
    }
    return k;
  };
  const compare = (a: string, b: string) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  const sign = query.direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    let c = 0;
    if (query.sort === 'organisation') c = compare(a.organisationName, b.organisationName);
    if (query.sort === 'type') c = compare(a.typeLabel, b.typeLabel);
    if (query.sort === 'vacants') c = a.vacantSeats - b.vacantSeats;
    return sign * (c !== 0 ? c : compare(a.name, b.name)) || a.id - b.id;
  });
  return { rows, total: rows.length };
}

/** Today's seats: holders in order of start, the rest vacant, holders beyond the seats flagged. */
export function seatsOf(role: 'titulaire' | 'suppleant', seatCount: number, active: Mandate[]): Seat[] {
  const holders = active
    .filter((m) => m.role === role)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id);
  const seats: Seat[] = [];
  for (let i = 0; i < Math.max(seatCount, holders.length); i += 1) {
    seats.push({ role, position: i + 1, mandate: holders[i] ?? null, extra: i >= seatCount });
  }
  return seats;
}

export async function getInstance(ctx: ServiceContext, id: number): Promise<InstanceDetail> {
  const today = todayIso(ctx);
  const record = await repo.getInstanceRecord(ctx.db, id);
  if (!record) throw notFound('Instance');
  const counts = await repo.activeCountsByInstance(ctx.db, today, id);
  const mandates = await mandatesRepo.listMandatesOfInstance(ctx.db, id, today);
  const active = mandates.filter((m) => m.status === 'actif');
  return {
    ...repo.toSummary(record, counts.get(id)),
    mandateMonths: record.mandateMonths,
    typeDefaultMonths: record.typeDefaultMonths,
    effectiveMandateMonths: mandateMonthsFor(record.mandateMonths, record.typeDefaultMonths),
    involvementLevel: record.involvementLevel,
    participationForm: record.participationForm,
    meetingPlace: record.meetingPlace,
    notes: record.notes,
    archivedAt: record.archivedAt,
    seats: [
      ...seatsOf('titulaire', record.seatsTitulaire, active),
      ...seatsOf('suppleant', record.seatsSuppleant, active),
    ],
    otherMembers: active.filter((m) => m.role !== 'titulaire' && m.role !== 'suppleant'),
    mandates,
    deletable: !(await repo.instanceIsReferenced(ctx.db, id)),
    today,
  };
}

async function checkReferences(ctx: ServiceContext, data: InstanceData): Promise<void> {
  const organisation = await organisationsRepo.getOrganisation(ctx.db, data.organisationId);
  if (!organisation)
    throw new AppError('VALIDATION', 'Organisation introuvable.', {
      organisationId: 'Choisissez l’organisation',
    });
  const type = await repo.getInstanceType(ctx.db, data.typeId);
  if (!type)
    throw new AppError('VALIDATION', 'Type d’instance introuvable.', {
      typeId: 'Choisissez le type d’instance',
    });
}

export async function createInstance(ctx: ServiceContext, data: InstanceData): Promise<InstanceDetail> {
  await checkReferences(ctx, data);
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertInstance(trx, data, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créée', entity: 'instance', entityId: newId });
    return newId;
  });
  return getInstance(ctx, id);
}

export async function updateInstance(
  ctx: ServiceContext,
  id: number,
  data: InstanceData,
): Promise<InstanceDetail> {
  await checkReferences(ctx, data);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.getInstanceRecord(trx, id);
    if (!before) throw notFound('Instance');
    await repo.updateInstance(trx, id, data, at);
    const after = await repo.getInstanceRecord(trx, id);
    if (!after) throw notFound('Instance');
    await logChange(ctx, trx, { action: 'modifiée', entity: 'instance', entityId: id, before, after });
  });
  return getInstance(ctx, id);
}

export async function setInstanceArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<InstanceDetail> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getInstanceRecord(trx, id);
    if (!existing) throw notFound('Instance');
    if ((existing.archivedAt !== null) === archived) return;
    await repo.setInstanceArchived(trx, id, archived ? at : null, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: archived ? 'archivée' : 'restaurée',
      entity: 'instance',
      entityId: id,
    });
  });
  return getInstance(ctx, id);
}

export async function deleteInstance(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getInstanceRecord(trx, id);
    if (!existing) throw notFound('Instance');
    if (await repo.instanceIsReferenced(trx, id)) {
      throw new AppError(
        'FORBIDDEN_STATE',
        `« ${existing.name} » a des mandats ou des réunions enregistrés : archivez l’instance au lieu de la supprimer.`,
      );
    }
    await repo.deleteInstance(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimée',
      entity: 'instance',
      entityId: id,
      details: { nom: existing.name },
    });
  });
  return { deleted: true };
}

// ------------------------------------------------------------------ instance types

export async function listInstanceTypes(ctx: ServiceContext): Promise<InstanceType[]> {
  return repo.listInstanceTypes(ctx.db);
}

async function refuseDuplicateCode(
  ctx: ServiceContext,
  code: string,
  exceptId: number | null,
): Promise<void> {
  const existing = await repo.findTypeByCode(ctx.db, code);
  if (existing && existing.id !== exceptId) {
    throw new AppError('CONFLICT', `Le code « ${code} » est déjà utilisé par un autre type d’instance.`, {
      code: 'Ce code est déjà utilisé',
    });
  }
}

export async function createInstanceType(
  ctx: ServiceContext,
  data: InstanceTypeData,
): Promise<InstanceType[]> {
  await refuseDuplicateCode(ctx, data.code, null);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertInstanceType(trx, data);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'créé',
      entity: 'instance_type',
      entityId: id,
      details: data,
    });
  });
  return listInstanceTypes(ctx);
}

export async function updateInstanceType(
  ctx: ServiceContext,
  id: number,
  data: InstanceTypeData,
): Promise<InstanceType[]> {
  await refuseDuplicateCode(ctx, data.code, id);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.getInstanceType(trx, id))) throw notFound('Type d’instance');
    await repo.updateInstanceType(trx, id, data);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'modifié',
      entity: 'instance_type',
      entityId: id,
      details: data,
    });
  });
  return listInstanceTypes(ctx);
}

export async function setInstanceTypeArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<InstanceType[]> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.getInstanceType(trx, id))) throw notFound('Type d’instance');
    // Archiving hides the type from new instances; existing instances keep it.
    await repo.setInstanceTypeArchived(trx, id, archived ? at : null);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: archived ? 'archivé' : 'restauré',
      entity: 'instance_type',
      entityId: id,
    });
  });
  return listInstanceTypes(ctx);
}
