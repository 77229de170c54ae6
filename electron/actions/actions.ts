/** Projects and actions: the list, a record, and its writes, checked against what exists. */
import type { z } from 'zod';
import * as repo from '../../db/actions/actions';
import * as sessionsRepo from '../../db/actions/action-sessions';
import * as themesRepo from '../../db/actions/themes';
import { logAction, type Executor } from '../../db/audit';
import { actionSearchText, deletionRefusal } from '../../shared/actions/rules';
import type {
  ActionData,
  actionListQuery,
  actionSessionsQuery,
  projectOptionsQuery,
} from '../../shared/actions/schemas';
import type { Action, ActionList, ActionSessionList, ProjectOption } from '../../shared/actions/types';
import { AppError, notFound } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { logChange } from '../history/log-change';

/** A project's record lists its first actions; the list page finds the others. */
const CHILDREN_SHOWN = 100;

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', `Saisie invalide : ${message}.`, { [field]: message });

export async function listActions(
  ctx: ServiceContext,
  query: z.output<typeof actionListQuery>,
): Promise<ActionList> {
  const { offset, limit, ...filter } = query;
  const rows = await repo.pageOfActions(ctx.db, filter, { offset, limit });
  // A first page shorter than asked is the whole answer: no count to run.
  const total = offset === 0 && rows.length < limit ? rows.length : await repo.countActions(ctx.db, filter);
  return { rows: rows.map(repo.toSummary), total, offset };
}

export async function getAction(ctx: ServiceContext, id: number, db: Executor = ctx.db): Promise<Action> {
  const row = await repo.getAction(db, id);
  if (!row) throw notFound('Action');
  const children =
    row.kind === 'projet' ? await repo.projectChildren(db, id, CHILDREN_SHOWN) : { rows: [], total: 0 };
  const sessions = Number(row.session_count ?? 0);
  return {
    ...repo.toSummary(row),
    organisationId: row.organisation_id,
    organisationName: row.carrier === 'instance' ? row.instance_organisation_name : row.organisation_name,
    instanceId: row.instance_id,
    instanceName: row.instance_name,
    themeId: row.theme_id,
    phase: row.phase,
    description: row.description,
    expectedBeneficiaries: row.expected_beneficiaries,
    actualBeneficiaries: row.actual_beneficiaries,
    partners: row.partners,
    attestationKind: row.attestation_kind,
    children: children.rows,
    childCount: children.total,
    deletable: deletionRefusal(row.kind, { sessions, children: children.total }) === null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What the schema cannot know: the organisation, instance, theme and project exist, a new choice
 * of theme is not archived, a project is a project, and a project with actions stays one.
 */
async function checkReferences(
  db: Executor,
  data: ActionData,
  current: { id: number; themeId: number | null; kind: ActionData['kind'] } | null,
): Promise<void> {
  if (data.carrier === 'organisation' && data.organisationId !== null) {
    if (!(await repo.organisationExists(db, data.organisationId)))
      throw invalid('organisationId', 'Cette organisation n’existe plus');
  }
  if (data.carrier === 'instance' && data.instanceId !== null) {
    if (!(await repo.instanceExists(db, data.instanceId)))
      throw invalid('instanceId', 'Cette instance n’existe plus');
  }
  if (data.themeId !== null) {
    const theme = await themesRepo.getTheme(db, data.themeId);
    if (!theme) throw invalid('themeId', 'Cette thématique n’existe plus');
    if (theme.archived_at !== null && theme.id !== current?.themeId)
      throw invalid('themeId', 'Cette thématique est archivée : choisissez-en une autre');
  }
  if (data.kind === 'action' && data.projectId !== null) {
    if (data.projectId === current?.id)
      throw invalid('projectId', 'Une action ne peut pas faire partie d’elle-même');
    const kind = await repo.projectKind(db, data.projectId);
    if (kind === null) throw invalid('projectId', 'Ce projet n’existe plus');
    if (kind !== 'projet') throw invalid('projectId', 'Choisissez un projet, pas une action');
  }
  if (current?.kind === 'projet' && data.kind === 'action' && (await repo.hasChildren(db, current.id)))
    throw invalid('kind', 'Ce projet a des actions rattachées : il reste un projet');
}

export async function createAction(ctx: ServiceContext, data: ActionData): Promise<Action> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, data, null);
    const newId = await repo.insertAction(trx, data, actionSearchText(data), at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créée', entity: 'action', entityId: newId });
    return newId;
  });
  return getAction(ctx, id);
}

export async function updateAction(ctx: ServiceContext, id: number, data: ActionData): Promise<Action> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getAction(trx, id);
    if (!existing) throw notFound('Action');
    await checkReferences(trx, data, { id, themeId: existing.theme_id, kind: existing.kind });
    const before = await getAction(ctx, id, trx);
    await repo.updateAction(trx, id, data, actionSearchText(data), at);
    const after = await getAction(ctx, id, trx);
    await logChange(ctx, trx, { action: 'modifiée', entity: 'action', entityId: id, before, after });
  });
  return getAction(ctx, id);
}

/** « Annuler l’action »: it did not or will not happen; its sessions and attendance are kept. */
export async function cancelAction(ctx: ServiceContext, id: number): Promise<Action> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getAction(trx, id);
    if (!existing) throw notFound('Action');
    if (existing.status === 'annule') return;
    await repo.setActionStatus(trx, id, 'annule', at);
    await logAction(trx, { at, actor: ctx.actor, action: 'annulée', entity: 'action', entityId: id });
  });
  return getAction(ctx, id);
}

export async function deleteAction(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getAction(trx, id);
    if (!existing) throw notFound('Action');
    const refusal = deletionRefusal(existing.kind, {
      sessions: Number(existing.session_count ?? 0),
      children: (await repo.hasChildren(trx, id)) ? 1 : 0,
    });
    if (refusal !== null) throw new AppError('FORBIDDEN_STATE', refusal);
    await repo.deleteAction(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimée',
      entity: 'action',
      entityId: id,
      details: { titre: existing.title },
    });
  });
  return { deleted: true };
}

export async function listActionSessions(
  ctx: ServiceContext,
  query: z.output<typeof actionSessionsQuery>,
): Promise<ActionSessionList> {
  if (!(await repo.projectKind(ctx.db, query.actionId))) throw notFound('Action');
  const rows = await sessionsRepo.listActionSessions(ctx.db, query.actionId, query);
  const total =
    query.offset === 0 && rows.length < query.limit
      ? rows.length
      : await sessionsRepo.countActionSessions(ctx.db, query.actionId);
  return { rows, total, offset: query.offset };
}

export function listProjectOptions(
  ctx: ServiceContext,
  query: z.output<typeof projectOptionsQuery>,
): Promise<ProjectOption[]> {
  return repo.projectOptions(ctx.db, query.search, query.limit);
}
