/**
 * Sessions of an action (a working group's meeting, a forum, a workshop): rows of `meeting`
 * with `action_id`, so that attendance, attestations, claims and relevés work on them as on the
 * meetings of instances. Create, edit or move, cancel (the record stays), restore, delete.
 */
import type { z } from 'zod';
import { logAction } from '../../db/audit';
import * as attendanceRepo from '../../db/meetings/attendance';
import * as meetingRepo from '../../db/meetings/meetings';
import * as repo from '../../db/meetings/sessions';
import type { SessionData, sessionCancelInput } from '../../shared/meetings/sessions';
import type { Session, SessionAction } from '../../shared/meetings/types';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { logChange } from '../history/log-change';
import { followTimes, markCancelled, refuseFutureWithPresences, voidIfMoved } from './meetings';

export async function getSessionAction(ctx: ServiceContext, actionId: number): Promise<SessionAction> {
  const found = await repo.getActionInfo(ctx.db, actionId);
  if (!found) throw notFound('Action');
  return found;
}

export async function getSession(ctx: ServiceContext, id: number): Promise<Session> {
  const found = await repo.getSession(ctx.db, id);
  if (!found) throw notFound('Séance');
  return found;
}

async function valuesFor(ctx: ServiceContext, data: SessionData): Promise<repo.SessionValues> {
  const action = await repo.getActionInfo(ctx.db, data.actionId);
  if (!action)
    throw new AppError('VALIDATION', 'Cette action n’existe pas ou plus.', {
      actionId: 'Choisissez une action',
    });
  // An on-site session without a place takes the action's place.
  const place = data.place ?? (data.mode === 'sur_place' ? action.place : null);
  return { ...data, place };
}

export async function createSession(ctx: ServiceContext, data: SessionData): Promise<Session> {
  const values = await valuesFor(ctx, data);
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertSession(trx, values, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'séance créée',
      entity: 'meeting',
      entityId: newId,
      details: { action: data.actionId },
    });
    return newId;
  });
  return getSession(ctx, id);
}

/** Edits or moves a session, with the same consequences as moving a meeting (meetings.ts). */
export async function updateSession(ctx: ServiceContext, id: number, data: SessionData): Promise<Session> {
  const at = isoNow(ctx);
  const values = await valuesFor(ctx, data);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getSession(trx, id);
    if (!existing) throw notFound('Séance');
    if (existing.cancelled)
      throw new AppError(
        'FORBIDDEN_STATE',
        'Cette séance est annulée : rétablissez-la avant de la modifier.',
      );
    const rows = await attendanceRepo.listAttendance(trx, id);
    if (data.actionId !== existing.actionId && rows.length > 0) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'Des présences sont notées pour cette séance : elle ne peut plus changer d’action.',
        { actionId: 'Action verrouillée par les présences notées' },
      );
    }
    refuseFutureWithPresences(data.date, todayIso(ctx), rows, 'la séance');
    const moved = await voidIfMoved(trx, id, existing, data, at, 'Séance');
    await repo.updateSession(trx, id, values, at);
    const { hoursReset, madeRemote } = await followTimes(trx, id, existing, data, rows, at);
    const after = await repo.getSession(trx, id);
    if (!after) throw notFound('Séance');
    await logChange(ctx, trx, {
      action: moved ? 'séance déplacée' : 'séance modifiée',
      entity: 'meeting',
      entityId: id,
      before: existing,
      after,
      details: {
        ...(hoursReset > 0 ? { horairesRepris: hoursReset } : {}),
        ...(madeRemote > 0 ? { presencesADistance: madeRemote } : {}),
      },
    });
  });
  return getSession(ctx, id);
}

export async function cancelSession(
  ctx: ServiceContext,
  input: z.output<typeof sessionCancelInput>,
): Promise<Session> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getSession(trx, input.id);
    if (!existing) throw notFound('Séance');
    if (existing.cancelled) throw new AppError('FORBIDDEN_STATE', 'Cette séance est déjà annulée.');
    await markCancelled(trx, ctx.actor, input, at, {
      voidPrefix: 'Séance annulée',
      action: 'séance annulée',
    });
  });
  return getSession(ctx, input.id);
}

export async function restoreSession(ctx: ServiceContext, id: number): Promise<Session> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getSession(trx, id);
    if (!existing) throw notFound('Séance');
    if (!existing.cancelled) return;
    await meetingRepo.setCancelled(trx, id, null, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'séance rétablie',
      entity: 'meeting',
      entityId: id,
    });
  });
  return getSession(ctx, id);
}

/** Only a session nothing refers to: attendance, attestations and claim lines are kept records. */
export async function deleteSession(
  ctx: ServiceContext,
  id: number,
): Promise<{ deleted: true; actionId: number }> {
  const at = isoNow(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getSession(trx, id);
    if (!existing) throw notFound('Séance');
    if (!existing.deletable) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'Cette séance a des présences, une attestation ou une note de frais : elle ne peut pas être supprimée. Annulez-la plutôt (avec un motif).',
      );
    }
    await repo.deleteSession(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'séance supprimée',
      entity: 'meeting',
      entityId: id,
      details: { action: existing.actionId, date: existing.date },
    });
    return { deleted: true as const, actionId: existing.actionId };
  });
}
