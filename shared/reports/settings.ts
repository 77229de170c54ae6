/** Settings of the comptes rendus de mandat, stored under the key 'reports'. */
import { z } from 'zod';

export const reportsSettingsSchema = z.strictObject({
  /** A report is expected in « À faire » this many days after the meeting. */
  reportDueDays: z
    .number({ message: 'Indiquez un nombre de jours' })
    .int('Un nombre entier de jours')
    .min(0, 'Au moins 0 jour')
    .max(365, '365 jours au plus')
    .default(15),
});
export type ReportsSettings = z.output<typeof reportsSettingsSchema>;
export type ReportsSettingsInput = z.input<typeof reportsSettingsSchema>;
export const REPORTS_SETTINGS_KEY = 'reports';
