/**
 * Financements (a grant: funder, agreement, amount, period, the projects it funds, status) and
 * their bilans d'action (one per financement and period, in a scope of the dashboard, with the
 * human resources Porte-voix cannot know typed by the user). The same schemas check the forms
 * and the IPC boundary.
 */
import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from '../fields';
import { scopeInput } from '../indicators/schemas';

export const fundingStatuses = ['demande', 'accorde', 'verse', 'refuse'] as const;
export type FundingStatus = (typeof fundingStatuses)[number];
export const fundingStatusLabels: Record<FundingStatus, string> = {
  demande: 'Demandé',
  accorde: 'Accordé',
  verse: 'Versé',
  refuse: 'Refusé',
};

/** Offered in the funder field; any other name may be typed. */
export const usualFunders = [
  'ARS',
  'CPTS (ACI)',
  'Assurance maladie (CPAM)',
  'Région',
  'Département',
  'Commune',
  'Fondation',
  'Mutuelle',
] as const;

/** A financement funds a few projects; more would be several financements. */
export const MAX_FUNDED_PROJECTS = 20;

const cents = z
  .number({ message: 'Indiquez le montant' })
  .int('Le montant se compte en centimes entiers')
  .min(0, 'Le montant ne peut pas être négatif')
  .max(100_000_000_000, 'Montant trop grand');

const periodChecks = <T extends { from: string; to: string }>(p: T, ctx: z.RefinementCtx) => {
  if (p.to < p.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'La fin ne peut pas précéder le début' });
  else if (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) > 10)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Dix ans au plus' });
};

export const fundingInput = z
  .object({
    funder: requiredText(200, 'Indiquez le financeur'),
    title: requiredText(300, 'Indiquez l’intitulé de l’action financée'),
    agreementRef: optionalText(120),
    amountCents: cents,
    from: isoDate,
    to: isoDate,
    status: z.enum(fundingStatuses, { message: 'Choisissez un statut' }),
    projectIds: z
      .array(id)
      .max(MAX_FUNDED_PROJECTS, `${MAX_FUNDED_PROJECTS} projets au plus`)
      .refine((ids) => new Set(ids).size === ids.length, 'Un projet est choisi deux fois'),
    notes: optionalText(2000),
  })
  .strict()
  .superRefine(periodChecks);
export type FundingInput = z.input<typeof fundingInput>;
export type FundingData = z.output<typeof fundingInput>;

export const fundingSorts = ['periode', 'financeur', 'montant', 'statut'] as const;
export type FundingSort = (typeof fundingSorts)[number];

export const fundingListQuery = z
  .object({
    search: z.string().max(200).default(''),
    status: z.enum(fundingStatuses).nullish(),
    year: z.number().int().min(2000).max(2100).nullish(),
    sort: z.enum(fundingSorts).default('periode'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
export type FundingListQuery = z.input<typeof fundingListQuery>;

export const bilanInput = z
  .object({ fundingId: id, from: isoDate, to: isoDate, scope: scopeInput })
  .strict()
  .superRefine(periodChecks);
export type BilanInput = z.input<typeof bilanInput>;
export type BilanData = z.output<typeof bilanInput>;

export const bilanUpdate = z
  .object({ id, from: isoDate, to: isoDate, scope: scopeInput })
  .strict()
  .superRefine(periodChecks);

/** Who worked on the action besides the volunteers whose hours Porte-voix counts. */
export const staffStatuses = ['salarie', 'mis_a_disposition', 'benevole', 'prestataire'] as const;
export type StaffStatus = (typeof staffStatuses)[number];
export const staffStatusLabels: Record<StaffStatus, string> = {
  salarie: 'Salarié',
  mis_a_disposition: 'Mis à disposition',
  benevole: 'Bénévole',
  prestataire: 'Prestataire',
};
/** The seed's column: S = salarié, B = bénévole, M = mise à disposition. */
export const staffStatusLetters: Record<StaffStatus, string> = {
  salarie: 'S',
  mis_a_disposition: 'M',
  benevole: 'B',
  prestataire: 'P',
};

export const MAX_STAFF_LINES = 30;

export const staffLineInput = z
  .object({
    role: requiredText(200, 'Indiquez la fonction'),
    people: z
      .number({ message: 'Indiquez un nombre entier' })
      .int('Indiquez un nombre entier')
      .min(1, 'Au moins une personne')
      .max(10_000, 'Nombre trop grand'),
    minutes: z
      .number({ message: 'Indiquez le nombre d’heures' })
      .int('Indiquez le nombre d’heures')
      .min(0, 'Le nombre d’heures ne peut pas être négatif')
      .max(10_000_000 * 60, 'Nombre trop grand'),
    status: z.enum(staffStatuses, { message: 'Choisissez un statut' }),
    steps: optionalText(1000),
  })
  .strict();
export type StaffLineInput = z.input<typeof staffLineInput>;
export type StaffLineData = z.output<typeof staffLineInput>;
