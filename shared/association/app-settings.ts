import { z } from 'zod';

export const APP_SETTINGS_KEY = 'application';

/**
 * Who uses this computer: there are no user accounts in a single-file desktop app, so the name
 * typed here is what the history of claims, receipts and the audit log record as the author.
 */
export const appSettingsSchema = z.strictObject({
  userName: z.string().trim().max(100, '100 caractères au maximum').default(''),
});
export type AppSettings = z.output<typeof appSettingsSchema>;
export type AppSettingsInput = z.input<typeof appSettingsSchema>;
