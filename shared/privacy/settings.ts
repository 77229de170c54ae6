/** Settings of personal-data rights (key 'privacy'), with their defaults. */
import { z } from 'zod';
import { DEFAULT_RETENTION_YEARS } from './rules';

export const privacySettingsSchema = z
  .object({
    /**
     * People without activity for this many years are proposed once a year in « À faire », to
     * anonymise or keep. DOMAIN.md leaves the period to the association (« the association's
     * retention setting »); 3 years is the default.
     */
    retentionYears: z
      .number({ message: 'Indiquez un nombre d’années' })
      .int('Un nombre entier d’années')
      .min(1, 'Au moins 1 an')
      .max(30, '30 ans au plus')
      .default(DEFAULT_RETENTION_YEARS),
  })
  .strict();
export type PrivacySettings = z.output<typeof privacySettingsSchema>;
export type PrivacySettingsInput = z.input<typeof privacySettingsSchema>;
export const PRIVACY_SETTINGS_KEY = 'privacy';

export const retentionTodoQuery = z
  .object({
    offset: z
      .number()
      .int()
      .min(0, 'Le début de la page ne peut pas être négatif.')
      .max(10_000_000, 'Le début de la page est trop loin.')
      .default(0),
  })
  .strict();
