import { z } from 'zod';
import {
  id,
  optionalBic,
  optionalEmail,
  optionalIban,
  optionalPostalCode,
  optionalText,
  requiredText,
} from '../fields';

export const civilities = ['', 'Mme', 'M.'] as const;
export type Civility = (typeof civilities)[number];
export const vehicleKinds = ['voiture', 'moto', 'cyclomoteur'] as const;
export type VehicleKind = (typeof vehicleKinds)[number];

export const vehicleKindLabels: Record<VehicleKind, string> = {
  voiture: 'Voiture',
  moto: 'Moto (> 50 cm³)',
  cyclomoteur: 'Cyclomoteur ou scooter (≤ 50 cm³)',
};

export const vehicleInput = z.strictObject({
  id: id.optional(),
  label: optionalText(80).transform((v) => v ?? ''),
  kind: z.enum(vehicleKinds, { message: 'Choisissez le type de véhicule' }),
  fiscalPowerCv: z
    .number({ message: 'Indiquez la puissance fiscale' })
    .int('La puissance fiscale est un nombre entier de CV')
    .min(1, 'La puissance fiscale est d’au moins 1 CV')
    .max(50, 'Puissance fiscale improbable (50 CV au plus)'),
  electric: z.boolean(),
  plate: optionalText(20).transform((v) => (v === null ? null : v.toUpperCase())),
});
export type VehicleInput = z.input<typeof vehicleInput>;

export const representativeInput = z
  .strictObject({
    civility: z.enum(civilities),
    lastName: requiredText(100, 'Le nom est obligatoire'),
    firstName: requiredText(100, 'Le prénom est obligatoire'),
    email: optionalEmail,
    phone: optionalText(30).refine(
      (v) => v === null || /^[+0-9 ().-]{6,30}$/.test(v),
      'Numéro de téléphone invalide',
    ),
    addressLine: optionalText(200),
    postalCode: optionalPostalCode,
    city: optionalText(100),
    originAssociation: optionalText(150),
    employed: z.boolean(),
    employer: optionalText(150),
    iban: optionalIban,
    bic: optionalBic,
    notes: optionalText(5000),
    /**
     * What the person is for the association (person_profile). Left out: « Représentant des
     * usagers » for a new person, unchanged for a known one (imports, older callers).
     */
    profileId: z
      .number({ message: 'Choisissez le profil de la personne' })
      .int('Choisissez le profil de la personne')
      .positive('Choisissez le profil de la personne')
      .optional(),
    vehicles: z.array(vehicleInput).max(20, '20 véhicules au plus'),
  })
  .superRefine((value, ctx) => {
    if (value.employed && !value.employer) {
      ctx.addIssue({
        code: 'custom',
        path: ['employer'],
        message: 'Indiquez l’employeur : il figure sur les attestations de présence',
      });
    }
  });
export type RepresentativeInput = z.input<typeof representativeInput>;
export type RepresentativeData = z.output<typeof representativeInput>;

export const representativeListQuery = z.strictObject({
  search: z.string().max(200).default(''),
  status: z.enum(['actifs', 'archives', 'tous']).default('actifs'),
  sort: z.enum(['nom', 'ville', 'association', 'modifie']).default('nom'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  /** Only the people of this profile. */
  profileId: id.nullish(),
  /** Lists are read a page at a time: 10,000 rows at once would make every keystroke slow. */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type RepresentativeListQuery = z.input<typeof representativeListQuery>;
/** The exact count of a search, asked apart when its page said « plus de 1 000 ». */
export const representativeCountQuery = representativeListQuery
  .pick({ search: true, status: true, profileId: true })
  .strict();
