/**
 * Attendance of a session of an action: nobody is expected (no mandate makes a seat), the
 * secretary adds who took part from the register, one line at a time, with a status, a role
 * (participant, animateur / intervenant), hours and notes. The rows are those of `attendance`,
 * checked by the same rules as a meeting's grid (attendance-rules.ts).
 */
import { logAction } from '../../db/audit';
import * as attestationRepo from '../../db/attestations/attestations';
import * as repo from '../../db/meetings/attendance';
import * as sessionRepo from '../../db/meetings/sessions';
import { getPerson, peopleByIds } from '../../db/register/people';
import {
  changesCertifiedPresence,
  countsAsPresent,
  presenceMinutes,
  withinMeeting,
} from '../../shared/meetings/attendance-rules';
import type { SessionParticipantData } from '../../shared/meetings/sessions';
import type { SessionAttendance, SessionParticipant } from '../../shared/meetings/types';
import { attendanceStatusLabel } from '../../shared/rules/agreement';
import { frenchDate } from '../../shared/rules/dates';
import { formatClockTime } from '../../shared/rules/format-fr';
import { personName } from '../../shared/rules/person-name';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { certifiedMessage } from './attendance';
import { getSession } from './sessions';

export async function getSessionAttendance(
  ctx: ServiceContext,
  meetingId: number,
): Promise<SessionAttendance> {
  const session = await getSession(ctx, meetingId);
  const [rows, attestations] = await Promise.all([
    repo.listAttendance(ctx.db, meetingId),
    attestationRepo.listForMeeting(ctx.db, meetingId),
  ]);
  const people = new Map(
    (
      await peopleByIds(
        ctx.db,
        rows.map((r) => r.representativeId),
      )
    ).map((p) => [p.id, p]),
  );
  const valid = new Map(attestations.filter((a) => !a.voided).map((a) => [a.representativeId, a]));
  const participants: SessionParticipant[] = rows.flatMap((r) => {
    const p = people.get(r.representativeId);
    if (!p) return [];
    const att = valid.get(r.representativeId);
    return [
      {
        representativeId: r.representativeId,
        civility: p.civility,
        firstName: p.firstName,
        lastName: p.lastName,
        status: r.status,
        role: r.role,
        startTime: r.startTime,
        endTime: r.endTime,
        minutes: countsAsPresent(r.status) ? presenceMinutes(session, r) : 0,
        notes: r.notes,
        attestation: att ? { id: att.id, reference: att.reference, issuedOn: att.issuedOn } : null,
      },
    ];
  });
  // Who led the session first, then by name.
  participants.sort(
    (a, b) =>
      Number(b.role === 'animateur') - Number(a.role === 'animateur') ||
      a.lastName.localeCompare(b.lastName, 'fr') ||
      a.firstName.localeCompare(b.firstName, 'fr'),
  );
  return { session, participants, held: session.date <= todayIso(ctx) };
}

/** Adds a person to the session or changes their line. Refused with a French message at the field. */
export async function saveParticipant(
  ctx: ServiceContext,
  input: SessionParticipantData,
): Promise<SessionAttendance> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const session = await sessionRepo.getSession(trx, input.meetingId);
    if (!session) throw notFound('Séance');
    if (session.cancelled)
      throw new AppError('FORBIDDEN_STATE', 'Cette séance est annulée : ses présences ne se modifient plus.');
    const person = await getPerson(trx, input.representativeId);
    if (!person)
      throw new AppError('VALIDATION', 'Cette personne n’existe pas ou plus.', {
        representativeId: 'Choisissez une personne du registre',
      });
    const who = personName(person.firstName, person.lastName);
    const before = (await repo.listAttendance(trx, session.id)).find(
      (r) => r.representativeId === input.representativeId,
    );
    if (!before && person.archived)
      throw new AppError(
        'VALIDATION',
        `La fiche de ${who} est archivée : restaurez-la pour l’ajouter à la séance.`,
        {
          representativeId: 'Personne archivée',
        },
      );
    if (session.date > todayIso(ctx) && countsAsPresent(input.status)) {
      const status = attendanceStatusLabel(input.status, person.civility).toLowerCase();
      throw new AppError(
        'VALIDATION',
        `La séance du ${frenchDate(session.date)} n’a pas encore eu lieu : « ${status} » ne peut pas encore être noté pour ${who}. Seuls « excusé » et « absent » se notent à l’avance.`,
        { status: 'Séance à venir : présence impossible' },
      );
    }
    if (!withinMeeting(session, input)) {
      const field = input.startTime !== null && input.startTime < session.startTime ? 'startTime' : 'endTime';
      throw new AppError(
        'VALIDATION',
        `${who} : la présence de ${formatClockTime(input.startTime ?? '')} à ${formatClockTime(input.endTime ?? '')} déborde de la séance (de ${formatClockTime(session.startTime)} à ${formatClockTime(session.endTime)}) ; indiquez des horaires compris dans ceux de la séance.`,
        { [field]: 'Horaires hors de la séance' },
      );
    }
    const certified = await attestationRepo.findValid(trx, session.id, input.representativeId);
    if (certified && changesCertifiedPresence(before, input))
      throw new AppError('FORBIDDEN_STATE', certifiedMessage(certified), { status: 'Attestation délivrée' });
    await repo.upsertSessionLine(trx, session.id, input, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: before ? 'présence modifiée' : 'participant ajouté',
      entity: 'meeting',
      entityId: session.id,
      details: { representant: input.representativeId, statut: input.status, role: input.role },
    });
  });
  return getSessionAttendance(ctx, input.meetingId);
}

/** Removes a line; not one an attestation or a claim rests on. */
export async function removeParticipant(
  ctx: ServiceContext,
  input: { meetingId: number; representativeId: number },
): Promise<SessionAttendance> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const session = await sessionRepo.getSession(trx, input.meetingId);
    if (!session) throw notFound('Séance');
    if (session.cancelled)
      throw new AppError('FORBIDDEN_STATE', 'Cette séance est annulée : ses présences ne se modifient plus.');
    const certified = await attestationRepo.findValid(trx, session.id, input.representativeId);
    if (certified) throw new AppError('FORBIDDEN_STATE', certifiedMessage(certified));
    if (await sessionRepo.claimedBy(trx, session.id, input.representativeId)) {
      const person = await getPerson(trx, input.representativeId);
      throw new AppError(
        'FORBIDDEN_STATE',
        `Une note de frais de ${person ? personName(person.firstName, person.lastName) : 'cette personne'} porte sur cette séance : retirez-en la ligne avant de retirer sa présence.`,
      );
    }
    if ((await repo.deleteLine(trx, session.id, input.representativeId)) === 0) throw notFound('Présence');
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'participant retiré',
      entity: 'meeting',
      entityId: session.id,
      details: { representant: input.representativeId },
    });
  });
  return getSessionAttendance(ctx, input.meetingId);
}
