import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from '../fields';

export const trainingKindInput = z.object({
  label: requiredText(150, 'Le libellé est obligatoire'),
  isBase: z.boolean().default(false),
});
export type TrainingKindInput = z.input<typeof trainingKindInput>;

/** Hours as typed in the form ("14", "3,5") become whole minutes: no float in the database. */
export const durationMinutes = z
  .number({ message: 'Durée invalide' })
  .int('Durée invalide')
  .min(1, 'La durée doit être positive')
  .max(100 * 60, '100 heures au plus')
  .nullable();

export const trainingInput = z.object({
  representativeId: z
    .number({ message: 'Choisissez le représentant' })
    .int()
    .positive('Choisissez le représentant'),
  kindId: z
    .number({ message: 'Choisissez le type de formation' })
    .int()
    .positive('Choisissez le type de formation'),
  date: isoDate,
  durationMinutes,
  organiser: optionalText(150),
  notes: optionalText(2000),
});
export type TrainingInput = z.input<typeof trainingInput>;
export type TrainingData = z.output<typeof trainingInput>;

export const trainingSorts = ['date', 'nom', 'type', 'duree'] as const;
export type TrainingSort = (typeof trainingSorts)[number];

export const trainingListQuery = z.object({
  search: z.string().max(200).default(''),
  kindId: id.nullable().default(null),
  year: z.number().int().min(1900).max(2200).nullable().default(null),
  sort: z.enum(trainingSorts).default('date'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type TrainingListQuery = z.input<typeof trainingListQuery>;

/** "3,5" or "3.5" hours → 210 minutes; empty → null; anything else → NaN (refused by the schema). */
export function hoursTextToMinutes(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const raw = String(text).trim().replace(',', '.');
  if (raw === '') return null;
  const hours = Number(raw);
  return Number.isFinite(hours) ? Math.round(hours * 60) : Number.NaN;
}
