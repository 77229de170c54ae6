/**
 * Settings of the valorisation du bénévolat: which category the hours of meetings and sessions
 * count in, whether travel time counts, whether each person's relevé shows the valorisation,
 * and the accounts of the contributions volontaires en nature.
 */
import { z } from 'zod';
import { id } from '../fields';

export const VALORISATION_SETTINGS_KEY = 'valorisation';

/** A number of the plan comptable: digits only (864, 8640, 87500000). */
const account = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{2,12}$/, 'Un numéro de compte : des chiffres seulement (exemple : 864)')
    .default(fallback);

export const valorisationSettingsSchema = z.object({
  /** Presence at meetings of instances (present or remote). Null: not counted. */
  instanceCategoryId: id.nullable().default(null),
  /** Presence at sessions of actions as a participant. */
  sessionCategoryId: id.nullable().default(null),
  /** Presence at sessions of actions as the animateur / intervenant. */
  animationCategoryId: id.nullable().default(null),
  /** The category of travel time, counted only when `countTravel`. */
  travelCategoryId: id.nullable().default(null),
  countTravel: z.boolean().default(false),
  showOnRecord: z.boolean().default(false),
  // Opt-in: an existing journal stays as it was until the board has voted its hourly values.
  inJournal: z.boolean().default(false),
  /** Plan comptable des associations: 864 « Personnel bénévole », 875 « Bénévolat ». */
  debitAccount: account('864'),
  creditAccount: account('875'),
});
export type ValorisationSettings = z.output<typeof valorisationSettingsSchema>;

export const valorisationSettingsInput = valorisationSettingsSchema.strict();
export type ValorisationSettingsInput = z.input<typeof valorisationSettingsInput>;
