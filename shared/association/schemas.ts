import { z } from 'zod';
import { isValidFrenchPostalCode, isValidRna, isValidSiren } from '../rules/identifiers';
import { optionalBic, optionalIban, optionalText, requiredText } from '../fields';
import { civilities } from '../register/representative';

export const organismTypes = [
  'Association loi 1901',
  'Association loi 1901 reconnue d’intérêt général',
  'Association reconnue d’utilité publique',
  'Fondation',
  'Autre organisme d’intérêt général',
] as const;

/** Says « Présidente » or « Président » under a signature; empty: the office (« Présidence »). */
const officerCivility = z
  .enum(civilities, { message: 'Choisissez Madame, Monsieur ou non précisé' })
  .default('');

/** The officers' civilities, kept in the settings store (key 'association-officers'). */
export const associationOfficersSchema = z.object({
  presidentCivility: officerCivility,
  treasurerCivility: officerCivility,
});
export type AssociationOfficers = z.output<typeof associationOfficersSchema>;

export const associationInput = z
  .strictObject({
    name: requiredText(150, 'Le nom de l’association est obligatoire'),
    addressLine: requiredText(200, 'L’adresse est obligatoire'),
    postalCode: z.string().trim().refine(isValidFrenchPostalCode, 'Le code postal doit comporter 5 chiffres'),
    city: requiredText(100, 'La ville est obligatoire'),
    rna: optionalText(20)
      .transform((v) => (v === null ? null : v.replace(/\s+/g, '').toUpperCase()))
      .refine(
        (v) => v === null || isValidRna(v),
        'Numéro RNA invalide : W suivi de 9 chiffres (exemple : W751234567)',
      ),
    siren: optionalText(20)
      .transform((v) => (v === null ? null : v.replace(/\s+/g, '')))
      .refine(
        (v) => v === null || isValidSiren(v),
        'SIREN invalide : 9 chiffres avec une clé de contrôle correcte',
      ),
    objet: requiredText(1000, 'L’objet de l’association est obligatoire (il figure sur les reçus fiscaux)'),
    organismType: requiredText(150, 'Le type d’organisme est obligatoire'),
    president: optionalText(150).transform((v) => v ?? ''),
    presidentCivility: officerCivility,
    treasurer: optionalText(150).transform((v) => v ?? ''),
    treasurerCivility: officerCivility,
    documentPlace: optionalText(100).transform((v) => v ?? ''),
    iban: optionalIban,
    bic: optionalBic,
  })
  .superRefine((value, ctx) => {
    if (!value.rna && !value.siren) {
      ctx.addIssue({
        code: 'custom',
        path: ['rna'],
        message: 'Indiquez le numéro RNA ou le SIREN de l’association',
      });
    }
  });
export type AssociationInput = z.input<typeof associationInput>;
export type AssociationData = z.output<typeof associationInput>;

export const logoInput = z.strictObject({
  /** base64 of the image file: the renderer has no file system, it sends the bytes. */
  dataBase64: z.string().max(2_800_000, 'Le logo ne doit pas dépasser 2 Mo'),
  mime: z.enum(['image/png', 'image/jpeg'], { message: 'Le logo doit être une image PNG ou JPEG' }),
});
