/**
 * Field schemas shared by the forms (message under the field) and the main process (the same
 * check at the boundary). Pure code: the renderer imports it, so nothing here touches Node.
 */
import { z } from 'zod';
import { DATE_REQUIRED, dateFieldError } from './rules/dates';
import { ibanError, isValidBicText, normalizeIban } from './rules/iban';
import { isValidEmail, isValidFrenchPostalCode } from './rules/identifiers';

/**
 * Characters no text may carry: NUL (C libraries, files and exports cut the text there) and half
 * of a UTF-16 surrogate pair (not a character at all: it would turn into « � » or fail in a
 * PDF, an XML or a spreadsheet). Emoji, accents, tabs and line breaks are fine.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what must be refused.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UNSTORABLE_TEXT_MESSAGE =
  'Ce texte contient un caractère invalide (caractère nul ou symbole incomplet) : retapez-le';
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/**
 * Where, in a call's input, the first text holding such a character is (its field path), or
 * null: the boundary checks every string this way, whichever schema reads it.
 */
export function unstorableTextPath(value: unknown): string | null {
  const stack: { at: string; value: unknown }[] = [{ at: '', value }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    if (typeof next.value === 'string') {
      if (!isStorableText(next.value)) return next.at;
    } else if (typeof next.value === 'object' && next.value !== null) {
      for (const [key, inner] of Object.entries(next.value)) {
        if (!isStorableText(key)) return next.at;
        stack.push({ at: next.at ? `${next.at}.${key}` : key, value: inner });
      }
    }
  }
  return null;
}

const storable = (schema: z.ZodString) => schema.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

const emptyToNull = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value.trim() === '' ? null : value.trim();

/** Optional free text: trimmed, empty becomes null. */
export const optionalText = (max: number) =>
  storable(z.string().max(max, `${max} caractères au maximum`))
    .nullish()
    .transform(emptyToNull);

/** Required text: trimmed, not empty. */
export const requiredText = (max: number, message: string) =>
  storable(z.string().trim().min(1, message).max(max, `${max} caractères au maximum`));

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
