import { z } from 'zod';
import { id, requiredDate, requiredText } from '../fields';

export const charterVersionInput = z.strictObject({
  title: requiredText(200, 'Le titre est obligatoire'),
  version: requiredText(30, 'Le numéro de version est obligatoire'),
  effectiveDate: requiredDate('La date d’entrée en vigueur est obligatoire'),
  body: requiredText(100_000, 'Le texte de la charte est obligatoire'),
});
export type CharterVersionInput = z.input<typeof charterVersionInput>;
export type CharterVersionData = z.output<typeof charterVersionInput>;

export const signatureMethods = ['papier', 'electronique'] as const;
export type SignatureMethod = (typeof signatureMethods)[number];
export const signatureMethodLabels: Record<SignatureMethod, string> = {
  papier: 'Sur papier',
  electronique: 'Électronique',
};

/** 10 Mo of file ≈ 13.4 M base64 characters. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

export const uploadedFile = z.strictObject({
  fileName: z.string().min(1).max(255),
  dataBase64: z.string().max(Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 8, 'Le fichier dépasse 10 Mo'),
});
export type UploadedFile = z.input<typeof uploadedFile>;

/** A signature records something already done: its date cannot be after today. */
export const signatureDateLabel = 'La date de signature';

export const signatureInput = z.strictObject({
  representativeId: z
    .number({ message: 'Choisissez le représentant' })
    .int()
    .positive('Choisissez le représentant'),
  charterVersionId: z
    .number({ message: 'Choisissez la version signée' })
    .int()
    .positive('Choisissez la version signée'),
  signedOn: requiredDate('La date de signature est obligatoire'),
  method: z.enum(signatureMethods, { message: 'Choisissez le mode de signature' }),
  file: uploadedFile.nullable().default(null),
});
export type SignatureInput = z.input<typeof signatureInput>;
export type SignatureData = z.output<typeof signatureInput>;

/** Same codes as the rule in electron/rules/register-rules.ts (`charterStatus`). */
export const charterStatuses = ['a_jour', 'a_resigner', 'jamais_signee', 'sans_charte'] as const;
export type CharterStatus = (typeof charterStatuses)[number];
export const charterStatusLabels: Record<CharterStatus, string> = {
  a_jour: 'À jour',
  a_resigner: 'À re-signer',
  jamais_signee: 'Jamais signée',
  sans_charte: 'Aucune charte publiée',
};

export const charterStatusQuery = z.strictObject({
  search: z.string().max(200).default(''),
  status: z.enum([...charterStatuses, 'tous']).default('tous'),
});
export type CharterStatusQuery = z.input<typeof charterStatusQuery>;

export const charterPdfInput = z.strictObject({
  representativeId: id,
  /** The latest version when absent. */
  versionId: id.nullable().default(null),
});
