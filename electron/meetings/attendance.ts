/**
 * The attendance grid of a meeting: the people expected (everyone holding a mandate on the
 * instance that day), their status, hours, replacements, and non-mandated participants.
 */
import { logAction } from '../../db/audit';
import * as repo from '../../db/meetings/attendance';
import * as attestationRepo from '../../db/attestations/attestations';
import * as meetingRepo from '../../db/meetings/meetings';
import * as registerReads from '../../db/meetings/register-reads';
import type { AttendanceRowData, AttendanceStatus } from '../../shared/meetings/schemas';
import type { AttendanceGrid, AttendanceLine } from '../../shared/meetings/types';
import { attendanceStatusLabel, mandateRoleLabel, notedAs } from '../../shared/rules/agreement';
import { AppError, notFound, type FieldErrors } from '../errors';
import {
  changesCertifiedPresence,
  countsAsPresent,
  isArchivedBy,
  presenceMinutes,
  withinMeeting,
} from '../../shared/meetings/attendance-rules';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { getMeeting } from './meetings';
import { peopleByIds } from '../../db/register/people';
import { personName } from '../../shared/rules/person-name';
import { frenchDate } from '../../shared/rules/dates';
import { formatClockTime } from '../../shared/rules/format-fr';

const roleOrder = [
  'titulaire',
  'suppleant',
  'president',
  'vice_president',
  'secretaire',
  'tresorier',
  'membre',
  'autre',
];
const rank = (role: string | null) =>
  role === null ? 99 : roleOrder.indexOf(role) === -1 ? 50 : roleOrder.indexOf(role);

export const roleLabel = (role: string, other: string | null, civility: string | null): string =>
  mandateRoleLabel(role, other, civility);

export async function getAttendanceGrid(ctx: ServiceContext, meetingId: number): Promise<AttendanceGrid> {
  const meeting = await getMeeting(ctx, meetingId);
  const [allMandates, rows, attestations] = await Promise.all([
    registerReads.mandatesOn(ctx.db, meeting.instanceId, meeting.date),
    repo.listAttendance(ctx.db, meetingId),
    attestationRepo.listForMeeting(ctx.db, meetingId),
  ]);
  const rowByPerson = new Map(rows.map((r) => [r.representativeId, r]));
  const mandates = allMandates.filter(
    (m) => !isArchivedBy(m.archivedAt, meeting.date) || rowByPerson.has(m.representativeId),
  );
  const validAttestation = new Map(attestations.filter((a) => !a.voided).map((a) => [a.representativeId, a]));
  const mandateById = new Map(mandates.map((m) => [m.mandateId, m]));

  const extraIds = rows
    .filter((r) => !mandates.some((m) => m.representativeId === r.representativeId))
    .map((r) => r.representativeId);
  const extras = await peopleByIds(ctx.db, extraIds);

  const people = new Map<number, { civility: string; firstName: string; lastName: string }>();
  for (const m of mandates) people.set(m.representativeId, m);
  for (const e of extras) people.set(e.id, e);
  const nameOf = (id: number) => {
    const p = people.get(id);
    return p ? personName(p.firstName, p.lastName) : '';
  };
  const replacingOf = new Map<number, number>();
  for (const r of rows)
    if (r.status === 'remplace' && r.replacedById !== null)
      replacingOf.set(r.replacedById, r.representativeId);

  const lineFor = (
    personId: number,
    base: { civility: string; firstName: string; lastName: string; employed: boolean },
    mandate: registerReads.MandateOnDate | null,
  ): AttendanceLine => {
    const row = rowByPerson.get(personId) ?? null;
    const att = validAttestation.get(personId) ?? null;
    const paired = mandate?.pairedMandateId ? mandateById.get(mandate.pairedMandateId) : undefined;
    const replaced = replacingOf.get(personId);
    return {
      representativeId: personId,
      civility: base.civility,
      firstName: base.firstName,
      lastName: base.lastName,
      employed: base.employed,
      mandateId: mandate?.mandateId ?? null,
      role: mandate?.role ?? null,
      roleLabel: mandate ? roleLabel(mandate.role, mandate.roleOther, base.civility) : null,
      pairedRepresentativeId: paired?.representativeId ?? null,
      expected: mandate !== null,
      nonMandated: mandate === null,
      status: row?.status ?? null,
      replacedById: row?.replacedById ?? null,
      replacing: replaced !== undefined ? { representativeId: replaced, name: nameOf(replaced) } : null,
      startTime: row?.startTime ?? null,
      endTime: row?.endTime ?? null,
      minutes: row && countsAsPresent(row.status) ? presenceMinutes(meeting, row) : 0,
      notes: row?.notes ?? null,
      attestation: att ? { id: att.id, reference: att.reference, issuedOn: att.issuedOn } : null,
    };
  };

  const lines: AttendanceLine[] = [];
  const seen = new Set<number>();
  for (const m of mandates) {
    if (seen.has(m.representativeId)) continue;
    seen.add(m.representativeId);
    lines.push(lineFor(m.representativeId, m, m));
  }
  lines.sort((a, b) => rank(a.role) - rank(b.role) || a.lastName.localeCompare(b.lastName, 'fr'));
  const extraLines = extras
    .map((e) => lineFor(e.id, e, null))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr'));
  return { meeting, lines: [...lines, ...extraLines], held: meeting.date <= todayIso(ctx) };
}

/** Why a certified presence cannot change: its attestation must be voided first. */
export const certifiedMessage = (att: { reference: string; personName: string }): string =>
  `L’attestation ${att.reference} a été délivrée à ${att.personName} pour cette présence : annulez-la (avec un motif) avant de modifier son statut ou ses horaires.`;

function statusText(status: AttendanceStatus, civility: string | undefined): string {
  return attendanceStatusLabel(status, civility).toLowerCase();
}

/**
 * Saves the whole grid in one transaction. Refused with a French message per row: a person
 * twice, attendance outside the person's mandates (unless flagged non-mandated), a presence at a
 * meeting still to come, a replacement by someone who is not a present suppléant, a change to
 * a presence already certified by a valid attestation.
 */
export async function saveAttendance(
  ctx: ServiceContext,
  input: { meetingId: number; rows: AttendanceRowData[] },
): Promise<AttendanceGrid> {
  const at = isoNow(ctx);
  const today = todayIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const meeting = await meetingRepo.getMeeting(trx, input.meetingId);
    if (!meeting) throw notFound('Réunion');
    if (meeting.cancelled) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'Cette réunion est annulée : ses présences ne peuvent plus être modifiées.',
      );
    }
    const ids = [
      ...new Set(
        input.rows.flatMap((r) =>
          r.replacedById === null ? [r.representativeId] : [r.representativeId, r.replacedById],
        ),
      ),
    ];
    const people = await peopleByIds(trx, ids);
    const names = new Map(people.map((p) => [p.id, personName(p.firstName, p.lastName)]));
    const civilities = new Map(people.map((p) => [p.id, p.civility]));
    const name = (id: number) => names.get(id) ?? `la personne n° ${id}`;
    const mandates = await registerReads.mandatesOn(trx, meeting.instanceId, meeting.date);
    const mandateOf = new Map<number, registerReads.MandateOnDate>();
    for (const m of mandates) if (!mandateOf.has(m.representativeId)) mandateOf.set(m.representativeId, m);
    // Only a titulaire's seat can be taken by a suppléant.
    const titulaires = new Set(mandates.filter((m) => m.role === 'titulaire').map((m) => m.representativeId));

    const errors: FieldErrors = {};
    const messages: string[] = [];
    const fail = (index: number, field: string, message: string) => {
      const key = `rows.${index}.${field}`;
      if (!(key in errors)) errors[key] = message;
      messages.push(message);
    };

    const seen = new Map<number, number>();
    input.rows.forEach((row, index) => {
      if (!names.has(row.representativeId))
        fail(index, 'representativeId', 'Cette personne n’existe pas ou plus.');
      if (row.replacedById !== null && !names.has(row.replacedById))
        fail(index, 'replacedById', 'Le remplaçant choisi n’existe pas ou plus.');
      if (seen.has(row.representativeId)) {
        fail(
          index,
          'representativeId',
          `${name(row.representativeId)} figure deux fois parmi les participants de cette réunion.`,
        );
      }
      seen.set(row.representativeId, index);
    });

    const rows: repo.AttendanceWrite[] = [];
    const byPerson = new Map(input.rows.map((r) => [r.representativeId, r]));
    const replacedBy = new Map<number, number>();
    input.rows.forEach((row, index) => {
      const who = name(row.representativeId);
      const mandate = mandateOf.get(row.representativeId) ?? null;
      if (!mandate && !row.nonMandated) {
        fail(
          index,
          'representativeId',
          `${who} n’a pas de mandat sur cette instance le ${frenchDate(meeting.date)} : cochez « participant non mandaté » pour l’ajouter quand même.`,
        );
      }
      if (meeting.date > today && (countsAsPresent(row.status) || row.status === 'remplace')) {
        fail(
          index,
          'status',
          `La réunion du ${frenchDate(meeting.date)} n’a pas encore eu lieu : le statut « ${statusText(row.status, civilities.get(row.representativeId))} » ne peut pas encore être noté pour ${who}. Seuls « excusé » et « absent » se notent à l’avance.`,
        );
      }
      if (row.startTime !== null && row.endTime !== null && !withinMeeting(meeting, row)) {
        fail(
          index,
          row.startTime < meeting.startTime ? 'startTime' : 'endTime',
          `${who} : la présence de ${formatClockTime(row.startTime)} à ${formatClockTime(row.endTime)} déborde de la réunion (de ${formatClockTime(meeting.startTime)} à ${formatClockTime(meeting.endTime)}) ; indiquez des horaires compris dans ceux de la réunion.`,
        );
      }
      if (row.status === 'remplace' && row.replacedById !== null) {
        const sub = row.replacedById;
        const subRow = byPerson.get(sub);
        const subMandate = mandateOf.get(sub);
        if (sub === row.representativeId) {
          fail(
            index,
            'replacedById',
            `Une personne ne peut pas se remplacer elle-même : choisissez un autre suppléant pour ${who}.`,
          );
        } else if (!titulaires.has(row.representativeId)) {
          fail(
            index,
            'status',
            `${who} n’est pas titulaire de cette instance le ${frenchDate(meeting.date)} : « remplacé » ne s’applique qu’à un titulaire.`,
          );
        } else if (!subMandate || subMandate.role !== 'suppleant') {
          fail(
            index,
            'replacedById',
            `${name(sub)} n’a pas de mandat de suppléance sur cette instance le ${frenchDate(meeting.date)}.`,
          );
        } else if (subRow && !countsAsPresent(subRow.status)) {
          fail(
            index,
            'replacedById',
            `${name(sub)} ${notedAs(subRow.status, civilities.get(sub))} et ne peut donc pas avoir remplacé ${who}.`,
          );
        } else if (replacedBy.has(sub)) {
          fail(
            index,
            'replacedById',
            `${name(sub)} remplace déjà ${name(replacedBy.get(sub) ?? 0)} à cette réunion.`,
          );
        } else {
          replacedBy.set(sub, row.representativeId);
        }
      }
      rows.push({
        representativeId: row.representativeId,
        mandateId: mandate?.mandateId ?? null,
        nonMandated: mandate === null,
        status: row.status,
        replacedById: row.status === 'remplace' ? row.replacedById : null,
        startTime: row.startTime,
        endTime: row.endTime,
        notes: row.notes,
      });
    });

    // The suppléant who sat gets a present row if the grid did not include one.
    for (const sub of replacedBy.keys()) {
      if (byPerson.has(sub)) continue;
      const subMandate = mandateOf.get(sub);
      rows.push({
        representativeId: sub,
        mandateId: subMandate?.mandateId ?? null,
        nonMandated: false,
        status: meeting.mode === 'distance' ? 'distance' : 'present',
        replacedById: null,
        startTime: null,
        endTime: null,
        notes: null,
      });
    }

    // A valid attestation certifies a presence and its hours: they cannot change under it.
    const certified = (await attestationRepo.listForMeeting(trx, meeting.id)).filter((a) => !a.voided);
    const existing = new Map(
      (await repo.listAttendance(trx, meeting.id)).map((r) => [r.representativeId, r]),
    );
    for (const att of certified) {
      const before = existing.get(att.representativeId);
      const after = rows.find((r) => r.representativeId === att.representativeId);
      if (changesCertifiedPresence(before, after)) {
        const index = input.rows.findIndex((r) => r.representativeId === att.representativeId);
        const message = certifiedMessage(att);
        if (index >= 0) fail(index, 'status', message);
        else messages.push(message);
      }
    }

    if (messages.length > 0) {
      const first = messages[0] ?? '';
      const more =
        messages.length > 1
          ? ` (et ${messages.length - 1} autre${messages.length > 2 ? 's' : ''} problème${messages.length > 2 ? 's' : ''})`
          : '';
      throw new AppError('VALIDATION', `${first}${more}`, errors);
    }

    await repo.replaceAttendance(trx, meeting.id, rows, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'présences enregistrées',
      entity: 'meeting',
      entityId: meeting.id,
      details: { lignes: rows.length },
    });
  });
  return getAttendanceGrid(ctx, input.meetingId);
}
