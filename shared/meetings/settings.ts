/** Settings of the meetings domain, stored under the key 'meetings'. */
import { z } from 'zod';
import { timeOfDay } from './schemas';
import { legacyOffice } from '../rules/agreement';
import { civilities } from '../register/representative';

export const meetingsSettingsSchema = z.strictObject({
  /** Congé de représentation: 9 working days a year (Code du travail L3142-60), in days. */
  congeAllowanceDays: z
    .number({ message: 'Indiquez un nombre de jours' })
    .min(0, 'Au moins 0 jour')
    .max(60, '60 jours au plus')
    .refine((v) => Number.isInteger(v * 2), 'Nombre de jours entier ou en demi-journées (ex. 9 ou 9,5)')
    .default(9),
  /** Presence on one day up to this many minutes counts as a half-day, beyond as a full day. */
  halfDayMaxMinutes: z
    .number({ message: 'Indiquez une durée' })
    .int('Nombre entier de minutes')
    .min(30, '30 minutes au moins')
    .max(720, '12 heures au plus')
    .default(240),
  /** Warned in "À faire" when fewer half-days than this remain (2 = one day). */
  warningRemainingHalfDays: z
    .number({ message: 'Indiquez un nombre de demi-journées' })
    .int('Nombre entier de demi-journées')
    .min(0, 'Au moins 0')
    .max(36, '36 au plus')
    .default(2),
  /** State indemnity per hour when the employer does not maintain pay (uncertain: €8,40). */
  hourlyIndemnityCents: z
    .number({ message: 'Indiquez un montant' })
    .int('Montant en centimes')
    .min(0, 'Montant positif')
    .max(10_000, '100 € au plus')
    .default(840),
  /** Who signs the attestations; empty name = the association's president (and civility). */
  signatoryName: z.string().trim().max(120, '120 caractères au maximum').default(''),
  /** Agreement of « Je soussignée » and of the office when the signatory is named here. */
  signatoryCivility: z
    .enum(civilities, { message: 'Choisissez Madame, Monsieur ou non précisé' })
    .default(''),
  /**
   * Empty: the president's office said from the civility (« Présidente », « Président »). The
   * former default, written with « (e) », now means the same.
   */
  signatoryRole: z
    .string()
    .trim()
    .max(120, '120 caractères au maximum')
    .default('')
    .transform((v) => (legacyOffice(v) === 'president' ? '' : v)),
  defaultStartTime: timeOfDay.default('14:00'),
  defaultEndTime: timeOfDay.default('16:30'),
});

export type MeetingsSettings = z.output<typeof meetingsSettingsSchema>;
export type MeetingsSettingsInput = z.input<typeof meetingsSettingsSchema>;
