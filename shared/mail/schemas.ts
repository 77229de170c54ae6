/** What the renderer sends to the mail channels (checked again at the boundary). */
import { z } from 'zod';
import { id } from '../fields';
import { isValidEmail } from '../rules/identifiers';
import { mailAccountInput } from './settings';

export const mailAccountSaveInput = z
  .object({
    account: mailAccountInput,
    /** A new password; absent or empty keeps the one already kept. */
    password: z.string().max(500, '500 caractères au maximum').optional(),
  })
  .strict();

export const mailTestInput = z
  .object({
    to: z
      .string()
      .trim()
      .refine((v) => isValidEmail(v), 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr)'),
  })
  .strict();

const year = z
  .number({ message: 'Indiquez l’année' })
  .int('Année invalide')
  .min(2000, 'Année invalide')
  .max(2100, 'Année invalide');

/** One document sent to its person. */
export const mailDocumentInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('releve'), representativeId: id, year }).strict(),
  z.object({ kind: z.literal('attestation'), id }).strict(),
  z.object({ kind: z.literal('etatDeFrais'), id }).strict(),
  z.object({ kind: z.literal('recuFiscal'), id }).strict(),
]);
export type MailDocumentInput = z.output<typeof mailDocumentInput>;

export const mailRelevesInput = z.object({ year }).strict();
export const mailConvocationInput = z.object({ meetingId: id }).strict();
