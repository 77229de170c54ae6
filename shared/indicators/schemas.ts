/**
 * What the dashboard asks for: a period (a calendar year, or any dates) and a scope (everything,
 * one organisation, one instance type, one department, one project). The same schemas check the pickers and
 * the IPC boundary; the bilan and the exports will ask with them too.
 */
import { z } from 'zod';
import { id, isoDate } from '../fields';
import { daysBetween } from '../rules/dates';
import { figureIds } from './catalogue';

/** Ten years at most: a figure over a longer span says nothing a funder asks for. */
export const MAX_PERIOD_DAYS = 3660;

export const periodInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('annee'),
      year: z.number().int().min(2000, 'Année invalide').max(2100, 'Année invalide'),
    })
    .strict(),
  z
    .object({ kind: z.literal('dates'), from: isoDate, to: isoDate })
    .strict()
    .superRefine((p, ctx) => {
      if (p.to < p.from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'La fin doit être après le début' });
      } else if (daysBetween(p.from, p.to) > MAX_PERIOD_DAYS) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'Dix ans au plus' });
      }
    }),
]);
export type PeriodInput = z.input<typeof periodInput>;
export type PeriodData = z.output<typeof periodInput>;

/** A department as the postal code of an organisation gives it: 35, 2A, 2B, 974… */
export const departmentCode = z.string().regex(/^(\d{2}|2A|2B|9[78]\d)$/, 'Département invalide');

export const scopeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tout') }).strict(),
  z.object({ kind: z.literal('organisation'), id }).strict(),
  z.object({ kind: z.literal('typeInstance'), id }).strict(),
  z.object({ kind: z.literal('departement'), code: departmentCode }).strict(),
  /** A project: its actions, their sessions, answers and claim lines; no instance belongs to it. */
  z.object({ kind: z.literal('projet'), id }).strict(),
]);
export type ScopeInput = z.input<typeof scopeInput>;
export type ScopeData = z.output<typeof scopeInput>;

export const dashboardQuery = z.object({ period: periodInput, scope: scopeInput }).strict();
export type DashboardQuery = z.input<typeof dashboardQuery>;

export const figureId = z.enum(figureIds, { message: 'Indicateur inconnu' });

/** The list behind one figure, one page at a time. */
export const figureDetailsQuery = z
  .object({
    figure: figureId,
    period: periodInput,
    scope: scopeInput,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type FigureDetailsQuery = z.input<typeof figureDetailsQuery>;
