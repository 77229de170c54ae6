/**
 * Objectives and their indicators (« objectif opérationnel → indicateur → attendu → obtenu », the
 * table of the bilan d'action): for a project, or for a year of the association. A result is
 * either one figure of the dashboard's catalogue, computed by the indicators service for the
 * project's (or the year's) period and scope, or typed by the user. The same schemas check the
 * forms and the IPC boundary.
 */
import { z } from 'zod';
import { id, optionalText, requiredText } from '../fields';
import { figureIds } from '../indicators/catalogue';

/** Whose objectives: one project's, or the association's for a year. */
export const objectiveOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('projet'), actionId: id }).strict(),
  z
    .object({
      kind: z.literal('annee'),
      year: z.number().int().min(2000, 'Année invalide').max(2100, 'Année invalide'),
    })
    .strict(),
]);
export type ObjectiveOwner = z.output<typeof objectiveOwner>;

/** A page would not hold more, and a funder reads a handful: the lists stay bounded. */
export const MAX_OBJECTIVES = 30;
export const MAX_INDICATORS = 20;

export const objectiveInput = z
  .object({ owner: objectiveOwner, label: requiredText(500, 'Indiquez l’objectif') })
  .strict();
export type ObjectiveInput = z.input<typeof objectiveInput>;

export const objectiveUpdate = z.object({ id, label: requiredText(500, 'Indiquez l’objectif') }).strict();

export const resultSources = ['calcule', 'saisi'] as const;
export type ResultSource = (typeof resultSources)[number];
export const resultSourceLabels: Record<ResultSource, string> = {
  calcule: 'Calculé par Porte-voix',
  saisi: 'Saisi',
};

/** A typed number: a count, a rate, an amount — whatever the indicator says, with decimals. */
const typedNumber = z
  .number({ message: 'Indiquez un nombre' })
  .finite('Indiquez un nombre')
  .min(-1_000_000_000, 'Nombre trop grand')
  .max(1_000_000_000, 'Nombre trop grand');

/**
 * « Attendu » and a typed « obtenu » are a number (« 3 », « 200 ») or a text (« 3 réunions par an
 * et par territoire »), never both; both may be empty (« non déterminé »).
 */
export const indicatorInput = z
  .object({
    label: requiredText(500, 'Indiquez l’indicateur'),
    expectedNumber: typedNumber.nullable(),
    expectedText: optionalText(1000),
    source: z.enum(resultSources, { message: 'Choisissez d’où vient le résultat' }),
    figureId: z.enum(figureIds, { message: 'Choisissez un chiffre du tableau de bord' }).nullable(),
    resultNumber: typedNumber.nullable(),
    resultText: optionalText(1000),
    comment: optionalText(2000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.expectedNumber !== null && v.expectedText !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['expectedText'],
        message: 'Un nombre ou un texte, pas les deux',
      });
    if (v.source === 'calcule') {
      if (v.figureId === null)
        ctx.addIssue({ code: 'custom', path: ['figureId'], message: 'Choisissez le chiffre à calculer' });
      if (v.resultNumber !== null || v.resultText !== null)
        ctx.addIssue({
          code: 'custom',
          path: ['resultNumber'],
          message: 'Un résultat calculé ne se saisit pas',
        });
    } else {
      if (v.figureId !== null)
        ctx.addIssue({
          code: 'custom',
          path: ['figureId'],
          message: 'Un résultat saisi n’a pas de chiffre calculé',
        });
      if (v.resultNumber !== null && v.resultText !== null)
        ctx.addIssue({
          code: 'custom',
          path: ['resultText'],
          message: 'Un nombre ou un texte, pas les deux',
        });
    }
  });
export type IndicatorInput = z.input<typeof indicatorInput>;
export type IndicatorData = z.output<typeof indicatorInput>;

export const indicatorCreate = z.object({ objectiveId: id, data: indicatorInput }).strict();
export const indicatorUpdate = z.object({ id, data: indicatorInput }).strict();

/**
 * One field for « attendu » or « obtenu »: what reads as a number (« 200 », « 3,8 », « 1 486 »)
 * is kept as a number, anything else (« 3 réunions par an ») as a text, nothing as neither.
 */
export function parseTypedValue(typed: string): { number: number | null; text: string | null } {
  const trimmed = typed.trim();
  if (trimmed === '') return { number: null, text: null };
  const compact = trimmed.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  if (/^-?\d+([.,]\d+)?$/.test(compact)) return { number: Number(compact.replace(',', '.')), text: null };
  return { number: null, text: trimmed };
}
