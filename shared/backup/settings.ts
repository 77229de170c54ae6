/**
 * Backup settings (Paramètres › Application et données), stored like every setting under a key
 * in the `setting` table: the folder, how many archives the rotation keeps, and after how many
 * days without a backup « À faire » speaks up.
 */
import { z } from 'zod';

export const BACKUP_SETTINGS_KEY = 'backup';
/** Last backup and its result: written by the service, never by the form. */
export const BACKUP_STATE_KEY = 'backup-state';

/** An absolute path on Windows (C:\…, \\server\share) or elsewhere (/…). */
export const isAbsoluteFolder = (text: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(text);

const keep = (max: number, fallback: number) =>
  z
    .number({ error: 'Nombre entier attendu' })
    .int('Nombre entier attendu')
    .min(0, 'Zéro au minimum')
    .max(max, `${max} au maximum`)
    .default(fallback);

export const backupSettingsSchema = z
  .object({
    /** Empty: the folder « sauvegardes » beside the data file. */
    folder: z
      .string()
      .trim()
      .max(1000, '1 000 caractères au maximum')
      .refine((text) => text === '' || isAbsoluteFolder(text), {
        error:
          'Indiquez le chemin complet du dossier (par exemple D:\\Sauvegardes ou /media/cle/Sauvegardes)',
      })
      .default(''),
    keepDaily: keep(366, 7).refine((n) => n >= 1, { error: 'Une au minimum' }),
    keepWeekly: keep(520, 4),
    keepMonthly: keep(240, 12),
    /** « À faire » warns when the last successful backup is older than this. */
    warnAfterDays: z
      .number({ error: 'Nombre entier attendu' })
      .int('Nombre entier attendu')
      .min(1, 'Un jour au minimum')
      .max(365, '365 jours au maximum')
      .default(7),
  })
  .strict();
export type BackupSettings = z.output<typeof backupSettingsSchema>;
export type BackupSettingsInput = z.input<typeof backupSettingsSchema>;

const attempt = z.object({
  at: z.string(),
  ok: z.boolean(),
  message: z.string(),
  file: z.string().nullable(),
});

export const backupStateSchema = z.object({
  lastAttempt: attempt.nullable().default(null),
  /** When the last backup that succeeded was made. */
  lastSuccessAt: z.string().nullable().default(null),
});
export type BackupState = z.output<typeof backupStateSchema>;
