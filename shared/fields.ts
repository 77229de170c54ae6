/**
 * Field schemas shared by the forms (message under the field) and the main process (the same
 * check at the boundary). Pure code: the renderer imports it, so nothing here touches Node.
 */
import { z } from 'zod';
import { DATE_REQUIRED, dateFieldError } from './rules/dates';
import { ibanError, isValidBicText, normalizeIban } from './rules/iban';
import { isValidEmail, isValidFrenchPostalCode } from './rules/identifiers';

const emptyToNull = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value.trim() === '' ? null : value.trim();

/** Optional free text: trimmed, empty becomes null. */
export const optionalText = (max: number) =>
  z.string().max(max, `${max} caractères au maximum`).nullish().transform(emptyToNull);

/** Required text: trimmed, not empty. */
export const requiredText = (max: number, message: string) =>
  z.string().trim().min(1, message).max(max, `${max} caractères au maximum`);

export const optionalEmail = z
  .string()
  .nullish()
  .transform(emptyToNull)
  .refine((v) => v === null || isValidEmail(v), 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr)');

export const optionalPostalCode = z
  .string()
  .nullish()
  .transform(emptyToNull)
  .refine((v) => v === null || isValidFrenchPostalCode(v), 'Le code postal doit comporter 5 chiffres');

export const optionalIban = z
  .string()
  .nullish()
  .transform((v) => {
    const t = emptyToNull(v);
    return t === null ? null : normalizeIban(t);
  })
  .superRefine((v, ctx) => {
    if (v === null) return;
    const message = ibanError(v);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

export const optionalBic = z
  .string()
  .nullish()
  .transform((v) => {
    const t = emptyToNull(v);
    return t === null ? null : t.replace(/\s+/g, '').toUpperCase();
  })
  .refine((v) => v === null || isValidBicText(v), 'BIC invalide (8 ou 11 caractères, exemple : CCOPFRPPXXX)');

/**
 * A required date, ISO text: empty says `required`, anything else that is not a real day (the
 * text typed when the date field could not read it, « 29/02/2025 ») says how to write a date.
 */
export const requiredDate = (required: string = DATE_REQUIRED) =>
  z.string({ message: required }).superRefine((v, ctx) => {
    const message = dateFieldError(v, required);
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  });

export const isoDate = requiredDate();

export const id = z.number().int().positive();

/** Turns zod issues into one French message per field path, the shape forms display. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
