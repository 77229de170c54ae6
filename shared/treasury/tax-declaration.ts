/** The yearly declaration of the reçus fiscaux issued (number and total), marked done per year. */
import { z } from 'zod';

export const TAX_DECLARATION_SETTINGS_KEY = 'tax-receipts-declaration';

export const taxDeclarationSettingsSchema = z.object({
  /** Years whose receipts the treasurer has declared. */
  declaredYears: z.array(z.number().int().min(2000).max(2100)).max(200).default([]),
});

export const declareYearInput = z.object({ year: z.number().int().min(2000).max(2100) }).strict();

/** Months (1–12) during which « À faire » reminds of last year's declaration. */
export const DECLARATION_REMINDER_MONTHS = { from: 1, to: 5 } as const;
