/**
 * Inputs of the comptes rendus de mandat: the report a representative gives back after a meeting
 * or a session, its follow-ups and its documents. The same schemas check the form and the boundary.
 */
import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from '../fields';
import { dateFieldError } from '../rules/dates';

export const reportDocumentKinds = ['convocation', 'ordre_du_jour', 'compte_rendu', 'autre'] as const;
export type ReportDocumentKind = (typeof reportDocumentKinds)[number];
export const reportDocumentKindLabels: Record<ReportDocumentKind, string> = {
  convocation: 'Convocation',
  ordre_du_jour: 'Ordre du jour',
  compte_rendu: 'Compte rendu',
  autre: 'Autre document',
};

const optionalDate = z
  .string()
  .nullish()
  .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v.trim()))
  .superRefine((v, ctx) => {
    if (v === null) return;
    const message = dateFieldError(v, 'La date est obligatoire');
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  });

export const followUpInput = z
  .object({
    /** Absent: a new follow-up. */
    id: id.nullish().transform((v) => v ?? null),
    description: requiredText(1000, 'Décrivez le suivi'),
    dueOn: optionalDate,
    /** A person of the register… */
    ownerId: id.nullish().transform((v) => v ?? null),
    /** …or someone outside it, named in words. */
    ownerText: optionalText(200),
    doneOn: optionalDate,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.ownerId !== null && v.ownerText !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownerText'],
        message: 'Choisissez une personne du registre ou écrivez un nom, pas les deux',
      });
    }
  });
export type FollowUpInput = z.input<typeof followUpInput>;

export const reportInput = z
  .object({
    meetingId: id,
    representativeId: id,
    pointsRaised: optionalText(10000),
    positionsTaken: optionalText(10000),
    confidential: z.boolean().default(false),
    writtenOn: isoDate,
    followUps: z.array(followUpInput).max(50, '50 suivis au plus par compte rendu').default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.pointsRaised === null && v.positionsTaken === null && v.followUps.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['pointsRaised'],
        message: 'Écrivez les points soulevés, les positions prises ou au moins un suivi',
      });
    }
  });
export type ReportInput = z.input<typeof reportInput>;
export type ReportData = z.output<typeof reportInput>;

export const reportOfPersonInput = z.object({ meetingId: id, representativeId: id }).strict();

export const followUpDoneInput = z.object({ id, doneOn: optionalDate }).strict();

export const attachReportDocumentInput = z
  .object({
    reportId: id,
    kind: z.enum(reportDocumentKinds, { message: 'Choisissez la nature du document' }),
    fileName: z.string().min(1).max(200),
    dataBase64: z.string().min(1, 'Fichier vide').max(15_000_000, 'Le fichier dépasse 10 Mo'),
  })
  .strict();

export const reportDocumentRef = z
  .object({ reportId: id, hash: z.string().regex(/^[0-9a-f]{64}$/, 'Document inconnu') })
  .strict();

const year = z.number().int().min(2000).max(2100);
const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
};

export const reportListQuery = z
  .object({
    search: z.string().max(200).default(''),
    year: year.nullish().transform((v) => v ?? null),
    instanceId: id.nullish().transform((v) => v ?? null),
    representativeId: id.nullish().transform((v) => v ?? null),
    ...paging,
  })
  .strict();
export type ReportListQuery = z.input<typeof reportListQuery>;
export type ReportListFilter = z.output<typeof reportListQuery>;

export const followUpFilters = ['a_faire', 'en_retard', 'faits'] as const;
export type FollowUpFilter = (typeof followUpFilters)[number];
export const followUpFilterLabels: Record<FollowUpFilter, string> = {
  a_faire: 'À faire',
  en_retard: 'En retard',
  faits: 'Faits',
};

export const followUpListQuery = z
  .object({
    state: z.enum(followUpFilters).default('a_faire'),
    search: z.string().max(200).default(''),
    ...paging,
  })
  .strict();
export type FollowUpListQuery = z.input<typeof followUpListQuery>;
export type FollowUpListFilter = z.output<typeof followUpListQuery>;

export const personActivityInput = z.object({ representativeId: id, year }).strict();
export const instanceActivityInput = z.object({ instanceId: id, year }).strict();
export const activityYearInput = z.object({ year }).strict();
