import type { TrainingData, TrainingListQuery } from '../../shared/trainings/schemas';
import type { z } from 'zod';
import type { trainingKindInput, trainingListQuery } from '../../shared/trainings/schemas';
import type { Training, TrainingKind, TrainingList } from '../../shared/trainings/types';
import { logAction, type Executor } from '../../db/audit';
import * as repo from '../../db/trainings/trainings';
import { AppError, notFound } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { getPerson } from '../../db/register/people';

type KindData = z.output<typeof trainingKindInput>;
type ListQuery = z.output<typeof trainingListQuery>;
export type { TrainingListQuery };

export function listTrainingKinds(ctx: ServiceContext, includeArchived: boolean): Promise<TrainingKind[]> {
  return repo.listTrainingKinds(ctx.db, includeArchived);
}

async function kindOrThrow(db: Executor, id: number): Promise<TrainingKind> {
  const kind = await repo.getTrainingKind(db, id);
  if (!kind) throw notFound('Type de formation');
  return kind;
}

async function refuseDuplicateLabel(db: Executor, label: string, exceptId: number | null): Promise<void> {
  const all = await repo.listTrainingKinds(db, true);
  const folded = label.trim().toLocaleLowerCase('fr');
  if (all.some((k) => k.id !== exceptId && k.label.trim().toLocaleLowerCase('fr') === folded)) {
    throw new AppError('CONFLICT', 'Un type de formation porte déjà ce libellé.', {
      label: 'Libellé déjà utilisé',
    });
  }
}

export async function createTrainingKind(ctx: ServiceContext, data: KindData): Promise<TrainingKind> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await refuseDuplicateLabel(trx, data.label, null);
    const newId = await repo.insertTrainingKind(trx, data.label, data.isBase);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'training_kind', entityId: newId });
    return newId;
  });
  return kindOrThrow(ctx.db, id);
}

export async function updateTrainingKind(
  ctx: ServiceContext,
  id: number,
  data: KindData,
): Promise<TrainingKind> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await kindOrThrow(trx, id);
    await refuseDuplicateLabel(trx, data.label, id);
    await repo.updateTrainingKind(trx, id, data.label, data.isBase);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'training_kind', entityId: id });
  });
  return kindOrThrow(ctx.db, id);
}

/** Archived kinds disappear from the choices of new trainings; past trainings keep them. */
export async function setTrainingKindArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<TrainingKind> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const kind = await kindOrThrow(trx, id);
    if (kind.archived === archived) return;
    await repo.setTrainingKindArchived(trx, id, archived ? at : null);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: archived ? 'archivé' : 'restauré',
      entity: 'training_kind',
      entityId: id,
    });
  });
  return kindOrThrow(ctx.db, id);
}

export async function listTrainings(ctx: ServiceContext, query: ListQuery): Promise<TrainingList> {
  const rows = await repo.listTrainings(ctx.db, query);
  return {
    rows,
    total: rows.length,
    totalMinutes: rows.reduce((sum, t) => sum + (t.durationMinutes ?? 0), 0),
    years: await repo.trainingYears(ctx.db),
  };
}

export function trainingsOfPerson(ctx: ServiceContext, representativeId: number): Promise<Training[]> {
  return repo.listTrainings(ctx.db, {
    search: '',
    kindId: null,
    year: null,
    representativeId,
    sort: 'date',
    direction: 'desc',
  });
}

async function checkReferences(
  db: Executor,
  data: TrainingData,
  existingKindId: number | null,
): Promise<void> {
  const person = await getPerson(db, data.representativeId);
  if (!person) throw notFound('Représentant');
  const kind = await repo.getTrainingKind(db, data.kindId);
  if (!kind)
    throw new AppError('VALIDATION', 'Ce type de formation n’existe pas.', { kindId: 'Type inconnu' });
  // A training already recorded with an archived kind may be edited without changing its kind.
  if (kind.archived && kind.id !== existingKindId) {
    throw new AppError('VALIDATION', 'Ce type de formation est archivé : choisissez-en un autre.', {
      kindId: 'Type archivé',
    });
  }
}

export async function createTraining(ctx: ServiceContext, data: TrainingData): Promise<Training> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, data, null);
    const newId = await repo.insertTraining(trx, data, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'training', entityId: newId });
    return newId;
  });
  const created = await repo.getTraining(ctx.db, id);
  if (!created) throw notFound('Formation');
  return created;
}

export async function updateTraining(ctx: ServiceContext, id: number, data: TrainingData): Promise<Training> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getTraining(trx, id);
    if (!existing) throw notFound('Formation');
    await checkReferences(trx, data, existing.kindId);
    await repo.updateTraining(trx, id, data);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'training', entityId: id });
  });
  const updated = await repo.getTraining(ctx.db, id);
  if (!updated) throw notFound('Formation');
  return updated;
}

export async function deleteTraining(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getTraining(trx, id);
    if (!existing) throw notFound('Formation');
    await repo.deleteTraining(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimé',
      entity: 'training',
      entityId: id,
      details: { personne: existing.personName, type: existing.kindLabel, date: existing.date },
    });
  });
  return { deleted: true };
}
