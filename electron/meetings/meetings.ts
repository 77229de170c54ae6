/** Meetings of instances: one or a series, move, cancel (the record stays), restore. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { logAction, type Executor } from '../../db/audit';
import type { AttendanceRecord } from '../../db/meetings/attendance';
import * as attendanceRepo from '../../db/meetings/attendance';
import * as attestationRepo from '../../db/attestations/attestations';
import * as repo from '../../db/meetings/meetings';
import * as registerReads from '../../db/meetings/register-reads';
import type {
  AttendanceStatus,
  MeetingMode,
  MeetingData,
  MeetingSeriesData,
  meetingCancelInput,
  meetingListQuery,
} from '../../shared/meetings/schemas';
import {
  meetingsSettingsSchema,
  type MeetingsSettings,
  type MeetingsSettingsInput,
} from '../../shared/meetings/settings';
import type { InstanceOption, Meeting, MeetingList } from '../../shared/meetings/types';
import { AppError, notFound } from '../errors';
import { countsAsPresent, withinMeeting } from '../../shared/meetings/attendance-rules';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { logChange } from '../history/log-change';
import { readSettings, writeSettings } from '../association/settings';
import { peopleByIds } from '../../db/register/people';
import { frenchDate } from '../../shared/rules/dates';
import { formatClockTime } from '../../shared/rules/format-fr';
import { personName } from '../../shared/rules/person-name';

export const SETTINGS_KEY = 'meetings';

export function getMeetingsSettings(ctx: ServiceContext): Promise<MeetingsSettings> {
  return readSettings(ctx.db, SETTINGS_KEY, meetingsSettingsSchema);
}

export function saveMeetingsSettings(
  ctx: ServiceContext,
  input: MeetingsSettingsInput,
): Promise<MeetingsSettings> {
  return writeSettings(ctx, SETTINGS_KEY, meetingsSettingsSchema, input);
}

export function listInstances(ctx: ServiceContext): Promise<InstanceOption[]> {
  return registerReads.listInstances(ctx.db);
}

export async function listMeetings(
  ctx: ServiceContext,
  query: z.output<typeof meetingListQuery>,
): Promise<MeetingList> {
  const rows = await repo.listMeetings(ctx.db, { ...query, today: todayIso(ctx) });
  return { rows, total: rows.length };
}

export async function getMeeting(ctx: ServiceContext, id: number): Promise<Meeting> {
  const found = await repo.getMeeting(ctx.db, id);
  if (!found) throw notFound('Réunion');
  return found;
}

async function valuesFor(
  ctx: ServiceContext,
  data: Omit<MeetingData, 'date'>,
  date: string,
): Promise<repo.MeetingValues> {
  const instance = await registerReads.getInstanceInfo(ctx.db, data.instanceId);
  if (!instance)
    throw new AppError('VALIDATION', 'Cette instance n’existe pas ou plus.', {
      instanceId: 'Choisissez une instance',
    });
  // An on-site meeting without a place takes the instance's usual place.
  const place = data.place ?? (data.mode === 'sur_place' ? instance.meetingPlace : null);
  return { ...data, date, place };
}

export async function createMeeting(ctx: ServiceContext, data: MeetingData): Promise<Meeting> {
  const values = await valuesFor(ctx, data, data.date);
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertMeeting(trx, values, null, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créée', entity: 'meeting', entityId: newId });
    return newId;
  });
  return getMeeting(ctx, id);
}

/** Creates every meeting of a series in one transaction: all or none. */
export async function createSeries(ctx: ServiceContext, data: MeetingSeriesData): Promise<Meeting[]> {
  const { dates, ...rest } = data;
  const at = isoNow(ctx);
  const sorted = [...dates].sort();
  const seriesId = randomUUID();
  const values = await Promise.all(sorted.map((d) => valuesFor(ctx, rest, d)));
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const created: number[] = [];
    for (const v of values) created.push(await repo.insertMeeting(trx, v, seriesId, at));
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'série créée',
      entity: 'meeting',
      entityId: created[0] ?? null,
      details: { serie: seriesId, reunions: created.length },
    });
    return created;
  });
  return Promise.all(ids.map((id) => getMeeting(ctx, id)));
}

/**
 * Edits or moves a meeting. Moving it (date, times, mode) voids its issued attestations with the
 * reason "réunion déplacée", since they would certify a presence at another time. A person's own
 * hours outside the new times are reset to the meeting's times (the form's warning says so).
 */
export async function updateMeeting(ctx: ServiceContext, id: number, data: MeetingData): Promise<Meeting> {
  const at = isoNow(ctx);
  const today = todayIso(ctx);
  const values = await valuesFor(ctx, data, data.date);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getMeeting(trx, id);
    if (!existing) throw notFound('Réunion');
    if (existing.cancelled) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'Cette réunion est annulée : rétablissez-la avant de la modifier.',
      );
    }
    const rows = await attendanceRepo.listAttendance(trx, id);
    if (data.instanceId !== existing.instanceId && rows.length > 0) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'Des présences sont notées pour cette réunion : elle ne peut plus changer d’instance. Annulez-la et créez-en une autre.',
        { instanceId: 'Instance verrouillée par les présences notées' },
      );
    }
    refuseFutureWithPresences(data.date, today, rows, 'la réunion');
    let mandatesOnNewDate: registerReads.MandateOnDate[] | null = null;
    if (data.date !== existing.date) {
      const mandates = await registerReads.mandatesOn(trx, data.instanceId, data.date);
      mandatesOnNewDate = mandates;
      const holders = new Set(mandates.map((m) => m.representativeId));
      const orphans = rows.filter((r) => !r.nonMandated && !holders.has(r.representativeId));
      if (orphans.length > 0) {
        const names = (
          await peopleByIds(
            trx,
            orphans.map((o) => o.representativeId),
          )
        ).map((p) => personName(p.firstName, p.lastName));
        throw new AppError(
          'VALIDATION',
          `Au ${frenchDate(data.date)}, ${names.join(', ')} n’${names.length > 1 ? 'ont' : 'a'} plus de mandat sur cette instance : retirez ${names.length > 1 ? 'leurs présences' : 'sa présence'} ou marquez-${names.length > 1 ? 'les' : 'la'} « non mandaté » avant de déplacer la réunion.`,
          { date: 'Présences hors mandat à cette date' },
        );
      }
    }
    const moved = await voidIfMoved(trx, id, existing, data, at, 'Réunion');
    await repo.updateMeeting(trx, id, values, at);
    if (mandatesOnNewDate !== null) {
      // The rows follow the mandate held on the new date (a renewed mandate, a non-mandated
      // participant who now holds one).
      const mandateOf = new Map<number, number>();
      for (const m of mandatesOnNewDate)
        if (!mandateOf.has(m.representativeId)) mandateOf.set(m.representativeId, m.mandateId);
      for (const r of rows) {
        const mandateId = mandateOf.get(r.representativeId) ?? null;
        if (mandateId !== r.mandateId || (mandateId === null) !== r.nonMandated)
          await attendanceRepo.setMandate(trx, r.id, mandateId, at);
      }
    }
    const { hoursReset, madeRemote } = await followTimes(trx, id, existing, data, rows, at);
    const after = await repo.getMeeting(trx, id);
    if (!after) throw notFound('Réunion');
    await logChange(ctx, trx, {
      action: moved ? 'déplacée' : 'modifiée',
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
  return getMeeting(ctx, id);
}

type Times = { date: string; startTime: string; endTime: string; mode: MeetingMode };

/** Presences noted (present, remote, replaced) pin a meeting or a session to a day already come. */
export function refuseFutureWithPresences(
  date: string,
  today: string,
  rows: readonly { status: AttendanceStatus }[],
  what: 'la réunion' | 'la séance',
): void {
  if (date > today && rows.some((r) => countsAsPresent(r.status) || r.status === 'remplace')) {
    throw new AppError(
      'VALIDATION',
      `Des présences sont déjà notées : ${what} ne peut pas être déplacée à une date future.`,
      { date: 'Des présences sont notées : date future impossible' },
    );
  }
}

/**
 * Moving a meeting or a session (date, times, mode) voids its issued attestations, which would
 * certify a presence at another time. Returns whether it moved.
 */
export async function voidIfMoved(
  trx: Executor,
  id: number,
  existing: Times,
  data: Times,
  at: string,
  what: 'Réunion' | 'Séance',
): Promise<boolean> {
  const moved =
    data.date !== existing.date ||
    data.startTime !== existing.startTime ||
    data.endTime !== existing.endTime ||
    data.mode !== existing.mode;
  if (moved) {
    const reason = `${what} déplacée du ${frenchDate(existing.date)} au ${frenchDate(data.date)}, de ${formatClockTime(data.startTime)} à ${formatClockTime(data.endTime)}`;
    for (const att of await attestationRepo.listForMeeting(trx, id)) {
      if (!att.voided) await attestationRepo.voidAttestation(trx, att.id, reason, at);
    }
  }
  return moved;
}

/**
 * After new times: remote, nobody sat on site (back on site, the statuses stay as they are);
 * a person's own hours that no longer fit go back to the new times (the form warns of it).
 */
export async function followTimes(
  trx: Executor,
  id: number,
  existing: Times,
  data: Times,
  rows: readonly AttendanceRecord[],
  at: string,
): Promise<{ hoursReset: number; madeRemote: number }> {
  const madeRemote =
    data.mode === 'distance' && existing.mode !== 'distance'
      ? await attendanceRepo.presentToDistance(trx, id, at)
      : 0;
  let hoursReset = 0;
  for (const r of rows) {
    if (r.startTime === null || withinMeeting(data, r)) continue;
    await attendanceRepo.resetHours(trx, r.id, at);
    hoursReset += 1;
  }
  return { hoursReset, madeRemote };
}

export async function cancelMeeting(
  ctx: ServiceContext,
  input: z.output<typeof meetingCancelInput>,
): Promise<Meeting> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getMeeting(trx, input.id);
    if (!existing) throw notFound('Réunion');
    if (existing.cancelled) throw new AppError('FORBIDDEN_STATE', 'Cette réunion est déjà annulée.');
    await markCancelled(trx, ctx.actor, input, at, { voidPrefix: 'Réunion annulée', action: 'annulée' });
  });
  return getMeeting(ctx, input.id);
}

/**
 * Cancels a meeting or a session (both are meeting rows), voids its valid attestations when asked,
 * and records it: one mechanism for both, only the words differ.
 */
export async function markCancelled(
  trx: Executor,
  actor: string,
  input: { id: number; reason: string; voidAttestations: boolean },
  at: string,
  words: { voidPrefix: string; action: string },
): Promise<void> {
  await repo.setCancelled(trx, input.id, input.reason, at);
  let voided = 0;
  if (input.voidAttestations) {
    for (const att of await attestationRepo.listForMeeting(trx, input.id)) {
      if (att.voided) continue;
      await attestationRepo.voidAttestation(trx, att.id, `${words.voidPrefix} : ${input.reason}`, at);
      voided += 1;
    }
  }
  await logAction(trx, {
    at,
    actor,
    action: words.action,
    entity: 'meeting',
    entityId: input.id,
    details: { motif: input.reason, attestationsAnnulees: voided },
  });
}

export async function restoreMeeting(ctx: ServiceContext, id: number): Promise<Meeting> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getMeeting(trx, id);
    if (!existing) throw notFound('Réunion');
    if (!existing.cancelled) return;
    await repo.setCancelled(trx, id, null, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'rétablie', entity: 'meeting', entityId: id });
  });
  return getMeeting(ctx, id);
}
