/**
 * What the valorisation du bénévolat accepts: categories, hourly values by year, « temps
 * bénévole » entries and their list. The same schemas check the forms and the IPC boundary.
 */
import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from '../fields';

export const volunteerCategoryInput = z
  .object({ label: requiredText(120, 'Le nom de la catégorie est obligatoire') })
  .strict();
export type VolunteerCategoryInput = z.input<typeof volunteerCategoryInput>;

export const volunteerCategoryMoveInput = z.object({ id, direction: z.enum(['up', 'down']) }).strict();

export const valorisationYear = z
  .number({ message: 'Année invalide' })
  .int('Année invalide')
  .min(2000, 'Année invalide')
  .max(2100, 'Année invalide');

/** Ten thousand euros an hour is a typing slip, not a value a board votes. */
export const MAX_HOURLY_CENTS = 1_000_000;

export const hourlyCents = z
  .number({ message: 'Montant invalide (exemple : 12,50)' })
  .int('Montant invalide (exemple : 12,50)')
  .min(1, 'La valeur horaire doit être positive')
  .max(MAX_HOURLY_CENTS, '10 000 € de l’heure au plus');

/**
 * The hourly values of one year, all categories at once: a category left without a value has
 * none that year (its hours are then shown as not valued, never as zero).
 */
export const volunteerRatesInput = z
  .object({
    year: valorisationYear,
    rates: z
      .array(
        z
          .object({
            categoryId: id,
            hourlyCents: hourlyCents.nullable(),
            source: optionalText(200),
          })
          .strict(),
      )
      .max(100),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<number>();
    v.rates.forEach((r, i) => {
      if (seen.has(r.categoryId))
        ctx.addIssue({ code: 'custom', path: ['rates', i, 'categoryId'], message: 'Catégorie en double' });
      seen.add(r.categoryId);
    });
  });
export type VolunteerRatesInput = z.input<typeof volunteerRatesInput>;
export type VolunteerRatesData = z.output<typeof volunteerRatesInput>;

export const DURATION_MESSAGE = 'Durée au format HH:MM (exemple : 02:30)';

/** 'HH:MM' or 'H:MM' → minutes; null when the text is not a duration. */
export function durationMinutesOf(text: string): number | null {
  const match = /^(\d{1,2}):([0-5]\d)$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes → 'HH:MM', the text the form shows and the boundary takes. */
export function durationText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A duration typed as HH:MM, at least a minute, at most a day; the output is minutes. */
export const durationField = z
  .string({ message: DURATION_MESSAGE })
  .superRefine((v, ctx) => {
    const minutes = durationMinutesOf(v);
    if (minutes === null) ctx.addIssue({ code: 'custom', message: DURATION_MESSAGE });
    else if (minutes < 1)
      ctx.addIssue({ code: 'custom', message: 'La durée doit être d’au moins une minute' });
    else if (minutes > 24 * 60)
      ctx.addIssue({ code: 'custom', message: '24 heures au plus pour une journée' });
  })
  .transform((v) => durationMinutesOf(v) ?? 0);

export const volunteerTimeInput = z
  .object({
    representativeId: z
      .number({ message: 'Choisissez la personne' })
      .int()
      .positive('Choisissez la personne'),
    date: isoDate,
    duration: durationField,
    categoryId: z.number({ message: 'Choisissez la catégorie' }).int().positive('Choisissez la catégorie'),
    actionId: id.nullable().default(null),
    instanceId: id.nullable().default(null),
    description: optionalText(1000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.actionId !== null && v.instanceId !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['instanceId'],
        message: 'Choisissez une action ou une instance, pas les deux',
      });
  });
export type VolunteerTimeInput = z.input<typeof volunteerTimeInput>;
export type VolunteerTimeData = z.output<typeof volunteerTimeInput>;

export const volunteerTimeSorts = ['date', 'nom', 'categorie', 'duree'] as const;
export type VolunteerTimeSort = (typeof volunteerTimeSorts)[number];

export const volunteerTimeFilter = z.object({
  search: z.string().max(200).default(''),
  categoryId: id.nullable().default(null),
  representativeId: id.nullable().default(null),
  year: valorisationYear.nullable().default(null),
  sort: z.enum(volunteerTimeSorts).default('date'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type VolunteerTimeFilter = z.output<typeof volunteerTimeFilter>;

export const volunteerTimeListQuery = volunteerTimeFilter
  .extend({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
export type VolunteerTimeListQuery = z.input<typeof volunteerTimeListQuery>;

export const volunteerTimeExportInput = volunteerTimeFilter
  .extend({ format: z.enum(['csv', 'xlsx']) })
  .strict();

/** The valorisation of one person's year or the association's, for the settings' preview. */
export const valorisationYearQuery = z
  .object({ year: valorisationYear, representativeId: id.nullable().default(null) })
  .strict();
