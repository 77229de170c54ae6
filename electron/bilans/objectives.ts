/** Objectives and indicator lines of a project or a year: read with their results, and written. */
import * as repo from '../../db/bilans/objectives';
import { logAction, type Executor } from '../../db/audit';
import { typedValueText } from '../../shared/bilans/display';
import {
  MAX_INDICATORS,
  MAX_OBJECTIVES,
  type IndicatorData,
  type ObjectiveOwner,
} from '../../shared/bilans/objectives';
import type { ObjectiveIndicator, ObjectiveSet } from '../../shared/bilans/types';
import { figureDef, figureIds, type FigureId } from '../../shared/indicators/catalogue';
import { valueDetail, valueText } from '../../shared/indicators/display';
import { resolvePeriod } from '../../shared/indicators/period';
import type { DashboardFigure } from '../../shared/indicators/types';
import { AppError, notFound } from '../errors';
import { scopeLabel } from '../indicators/labels';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { dashboardFigures } from './figure-values';
import { ownerFacts } from './objective-owner';

const isFigureId = (v: string | null): v is FigureId =>
  v !== null && (figureIds as readonly string[]).includes(v);

function indicatorOf(
  row: repo.IndicatorRow,
  computed: Map<FigureId, DashboardFigure>,
  periodNote: string | null,
): ObjectiveIndicator {
  const figureId = isFigureId(row.figure_id) ? row.figure_id : null;
  const base = {
    id: row.id,
    label: row.label,
    expectedNumber: row.expected_number,
    expectedText: row.expected_text,
    expected: typedValueText(row.expected_number, row.expected_text),
    source: row.result_source,
    figureId,
    figureLabel: figureId ? figureDef(figureId).label : null,
    resultNumber: row.result_number,
    resultText: row.result_text,
    comment: row.comment,
  };
  if (row.result_source === 'saisi')
    return { ...base, result: typedValueText(row.result_number, row.result_text, '—'), resultDetail: null };
  const figure = figureId ? computed.get(figureId) : undefined;
  if (!figureId || !figure)
    return {
      ...base,
      result: '—',
      resultDetail: periodNote ?? 'Ce chiffre n’existe plus dans le tableau de bord.',
    };
  const def = figureDef(figureId);
  return { ...base, result: valueText(def, figure.current), resultDetail: valueDetail(def, figure.current) };
}

/** The objectives of an owner with every result: the computed ones in one call of the dashboard's service. */
export async function objectiveSet(ctx: ServiceContext, owner: ObjectiveOwner): Promise<ObjectiveSet> {
  const facts = await ownerFacts(ctx, owner);
  const [objectives, indicators] = await Promise.all([
    repo.objectivesOf(ctx.db, owner, MAX_OBJECTIVES),
    repo.indicatorsOf(ctx.db, owner, MAX_OBJECTIVES * MAX_INDICATORS),
  ]);
  const ids = [...new Set(indicators.map((i) => i.figure_id).filter(isFigureId))];
  const computed = facts.period ? await dashboardFigures(ctx, facts.period, facts.scope, ids) : new Map();
  return {
    owner,
    title: facts.title,
    period: facts.period ? resolvePeriod(facts.period, todayIso(ctx)) : null,
    periodNote: facts.periodNote,
    scopeLabel: await scopeLabel(ctx, facts.scope),
    objectives: objectives.map((o) => ({
      id: o.id,
      label: o.label,
      indicators: indicators
        .filter((i) => i.objective_id === o.id)
        .map((i) => indicatorOf(i, computed, facts.periodNote)),
    })),
  };
}

const ownerOf = (row: repo.ObjectiveRow): ObjectiveOwner =>
  row.action_id !== null
    ? { kind: 'projet', actionId: row.action_id }
    : { kind: 'annee', year: row.year ?? 0 };

async function objectiveOrFail(db: Executor, id: number): Promise<repo.ObjectiveRow> {
  const row = await repo.getObjective(db, id);
  if (!row) throw notFound('Objectif');
  return row;
}

export async function createObjective(
  ctx: ServiceContext,
  owner: ObjectiveOwner,
  label: string,
): Promise<ObjectiveSet> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await ownerFacts(ctx, owner, trx);
    if ((await repo.countObjectives(trx, owner)) >= MAX_OBJECTIVES)
      throw new AppError('VALIDATION', `${MAX_OBJECTIVES} objectifs au plus : regroupez-en certains.`);
    const id = await repo.insertObjective(trx, owner, label, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'objectif', entityId: id });
  });
  return objectiveSet(ctx, owner);
}

export async function renameObjective(ctx: ServiceContext, id: number, label: string): Promise<ObjectiveSet> {
  const at = isoNow(ctx);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const existing = await objectiveOrFail(trx, id);
    await repo.updateObjective(trx, id, label, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'objectif', entityId: id });
    return existing;
  });
  return objectiveSet(ctx, ownerOf(row));
}

export async function deleteObjective(ctx: ServiceContext, id: number): Promise<ObjectiveSet> {
  const at = isoNow(ctx);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const existing = await objectiveOrFail(trx, id);
    await repo.deleteObjective(trx, id);
    await logAction(trx, { at, actor: ctx.actor, action: 'supprimé', entity: 'objectif', entityId: id });
    return existing;
  });
  return objectiveSet(ctx, ownerOf(row));
}

export async function createIndicator(
  ctx: ServiceContext,
  objectiveId: number,
  data: IndicatorData,
): Promise<ObjectiveSet> {
  const at = isoNow(ctx);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const objective = await objectiveOrFail(trx, objectiveId);
    if ((await repo.countIndicators(trx, objectiveId)) >= MAX_INDICATORS)
      throw new AppError('VALIDATION', `${MAX_INDICATORS} indicateurs au plus par objectif.`);
    const id = await repo.insertIndicator(trx, objectiveId, data);
    await repo.touchObjective(trx, objectiveId, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'indicateur', entityId: id });
    return objective;
  });
  return objectiveSet(ctx, ownerOf(row));
}

async function indicatorObjective(db: Executor, id: number): Promise<repo.ObjectiveRow> {
  const indicator = await repo.getIndicator(db, id);
  if (!indicator) throw notFound('Indicateur');
  return objectiveOrFail(db, indicator.objective_id);
}

export async function updateIndicator(
  ctx: ServiceContext,
  id: number,
  data: IndicatorData,
): Promise<ObjectiveSet> {
  const at = isoNow(ctx);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const objective = await indicatorObjective(trx, id);
    await repo.updateIndicator(trx, id, data);
    await repo.touchObjective(trx, objective.id, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'indicateur', entityId: id });
    return objective;
  });
  return objectiveSet(ctx, ownerOf(row));
}

export async function deleteIndicator(ctx: ServiceContext, id: number): Promise<ObjectiveSet> {
  const at = isoNow(ctx);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const objective = await indicatorObjective(trx, id);
    await repo.deleteIndicator(trx, id);
    await repo.touchObjective(trx, objective.id, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'supprimé', entity: 'indicateur', entityId: id });
    return objective;
  });
  return objectiveSet(ctx, ownerOf(row));
}
