/** Settings of the claims domain (key 'claims'): receipts grouping and the accounts of the journal. */
import { z } from 'zod';

const account = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{3,10}[A-Z0-9]*$/, 'Numéro de compte invalide (chiffres, exemple : 6251)')
    .default(fallback);

export const claimsSettingsSchema = z.strictObject({
  /** One receipt per person and year aggregating renounced claims, or one per claim. */
  receiptGrouping: z.enum(['par_personne_annee', 'par_note']).default('par_personne_annee'),
  accounts: z
    .strictObject({
      travel: account('6251'),
      missions: account('6256'),
      volunteers: account('4681'),
      abandon: account('75412'),
      bank: account('512'),
      cash: account('530'),
    })
    .default({
      travel: '6251',
      missions: '6256',
      volunteers: '4681',
      abandon: '75412',
      bank: '512',
      cash: '530',
    }),
  journalCode: z.string().trim().min(1).max(10).default('OD'),
});
export type ClaimsSettings = z.output<typeof claimsSettingsSchema>;
export type ClaimsSettingsInput = z.input<typeof claimsSettingsSchema>;

const rateMilli = z
  .number({ message: 'Indiquez le taux' })
  .int('Taux en millièmes d’euro (0,30 €/km = 300)')
  .min(0, 'Le taux ne peut pas être négatif')
  .max(5000, 'Taux improbable (5 €/km au plus)');

/** Kinds a policy can cap or require a receipt for (mileage is priced by the scale or rate). */
export const policyKinds = [
  'transport',
  'taxi',
  'parking',
  'peage',
  'repas',
  'hebergement',
  'autre',
] as const;
export type PolicyKind = (typeof policyKinds)[number];

export const policyInput = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    mileageMode: z.enum(['bareme', 'forfait'], { message: 'Choisissez le mode de calcul' }),
    flatRates: z.strictObject({ voiture: rateMilli, moto: rateMilli, cyclomoteur: rateMilli }),
    kinds: z.array(
      z.strictObject({
        kind: z.enum(policyKinds),
        capCents: z
          .number()
          .int('Plafond en centimes entiers')
          .min(1, 'Le plafond doit être positif')
          .max(10_000_000, 'Plafond improbable')
          .nullish()
          .transform((v) => v ?? null),
        receiptRequired: z.boolean(),
      }),
    ),
  })
  .superRefine((p, ctx) => {
    if (p.mileageMode === 'forfait' && p.flatRates.voiture === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['flatRates', 'voiture'],
        message: 'Indiquez le taux voté pour les voitures',
      });
    }
  });
export type PolicyInput = z.input<typeof policyInput>;
export type PolicyData = z.output<typeof policyInput>;

const band = z.strictObject({
  upToKm: z.number().int('Kilomètres entiers').min(1).max(1_000_000).nullable(),
  rateMilli: z.number().int('Taux en millièmes d’euro').min(0).max(10_000),
  fixedCents: z.number().int('Part fixe en centimes').min(0).max(100_000_000),
});
const bracket = z.strictObject({
  label: requiredLabel(),
  minCv: z.number().int().min(1).max(100),
  maxCv: z.number().int().min(1).max(100).nullable(),
  bands: z.array(band).min(1).max(10),
});
function requiredLabel() {
  return z.string().trim().min(1, 'Libellé manquant').max(60);
}

export const scaleInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  electricBonusPercent: z.number().int().min(0).max(100),
  kinds: z.strictObject({
    voiture: z.array(bracket).min(1).max(10),
    moto: z.array(bracket).min(1).max(10),
    cyclomoteur: z.array(bracket).min(1).max(10),
  }),
});
export type ScaleInput = z.input<typeof scaleInput>;
