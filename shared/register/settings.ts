/** Settings of the register (key 'register'), with their defaults. */
import { z } from 'zod';

export const registerSettingsSchema = z.strictObject({
  /** Mandates ending within this many days appear in « À faire ». */
  expiryWarningDays: z
    .number({ message: 'Indiquez un nombre de jours' })
    .int('Un nombre entier de jours')
    .min(1, 'Au moins 1 jour')
    .max(730, '730 jours au plus')
    .default(90),
  /** The formation de base is due this many months after a first mandate (DOMAIN: uncertain, 6). */
  baseTrainingDelayMonths: z
    .number({ message: 'Indiquez un nombre de mois' })
    .int('Un nombre entier de mois')
    .min(1, 'Au moins 1 mois')
    .max(36, '36 mois au plus')
    .default(6),
});
export type RegisterSettings = z.output<typeof registerSettingsSchema>;
export type RegisterSettingsInput = z.input<typeof registerSettingsSchema>;
export const REGISTER_SETTINGS_KEY = 'register';
