/**
 * Inputs of the sessions of an action (dated occurrences: a working group, a forum, a workshop).
 * A session is a meeting row with `action_id`; there are no expected people, the secretary adds
 * who took part. The same schemas check the forms and the IPC boundary.
 */
import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from '../fields';
import { attendanceRoles, meetingModes, minutesOf, timeOfDay } from './schemas';

export const sessionInput = z
  .object({
    actionId: id,
    date: isoDate,
    startTime: timeOfDay,
    endTime: timeOfDay,
    mode: z.enum(meetingModes, { message: 'Choisissez sur place ou visioconférence' }),
    place: optionalText(200),
    title: optionalText(200),
    notes: optionalText(5000),
    /** People who took part without being in the register: counted, not named. */
    countedParticipants: z
      .number({ message: 'Indiquez un nombre entier' })
      .int('Indiquez un nombre entier')
      .min(0, 'Le nombre ne peut pas être négatif')
      .max(100_000, 'Nombre trop grand')
      .nullish()
      .transform((v) => v ?? null),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (minutesOf(value.endTime) <= minutesOf(value.startTime))
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'La fin doit être après le début' });
  });
export type SessionInput = z.input<typeof sessionInput>;
export type SessionData = z.output<typeof sessionInput>;

export const sessionUpdateInput = z.object({ id, data: sessionInput }).strict();

export const sessionCancelInput = z
  .object({
    id,
    reason: requiredText(300, 'Indiquez le motif de l’annulation'),
    voidAttestations: z.boolean().default(false),
  })
  .strict();

/** Statuses of a session: no seat, so nobody is « remplacé ». */
export const sessionStatuses = ['present', 'distance', 'excuse', 'absent'] as const;

export const sessionParticipantInput = z
  .object({
    meetingId: id,
    representativeId: id,
    status: z.enum(sessionStatuses, { message: 'Choisissez un statut' }),
    role: z.enum(attendanceRoles, { message: 'Choisissez un rôle' }),
    /** Null: the session's times. */
    startTime: timeOfDay.nullish().transform((v) => v ?? null),
    endTime: timeOfDay.nullish().transform((v) => v ?? null),
    notes: optionalText(500),
  })
  .strict()
  .superRefine((row, ctx) => {
    if ((row.startTime === null) !== (row.endTime === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'Indiquez l’heure d’arrivée et l’heure de départ',
      });
    } else if (
      row.startTime !== null &&
      row.endTime !== null &&
      minutesOf(row.endTime) <= minutesOf(row.startTime)
    ) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Le départ doit être après l’arrivée' });
    }
  });
export type SessionParticipantInput = z.input<typeof sessionParticipantInput>;
export type SessionParticipantData = z.output<typeof sessionParticipantInput>;

export const sessionParticipantRemoveInput = z.object({ meetingId: id, representativeId: id }).strict();
