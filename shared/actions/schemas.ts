/**
 * Inputs of the actions domain: projects and actions of a CPTS, a DAC, an établissement or the
 * association, and their sessions. The same schemas check the forms and the IPC boundary.
 */
import { z } from 'zod';
import { involvementLevels } from '../register/schemas';
import { id, isoDate, optionalText, requiredText } from '../fields';

export const actionKinds = ['projet', 'action'] as const;
export type ActionKind = (typeof actionKinds)[number];
export const actionKindLabels: Record<ActionKind, string> = { projet: 'Projet', action: 'Action' };

/** Who carries it: the association itself, an organisation (CPTS, DAC, établissement) or one of its instances. */
export const actionCarriers = ['association', 'organisation', 'instance'] as const;
export type ActionCarrier = (typeof actionCarriers)[number];
export const actionCarrierLabels: Record<ActionCarrier, string> = {
  association: 'L’association',
  organisation: 'Une organisation',
  instance: 'Une instance',
};

export const actionStatuses = ['prevu', 'en_cours', 'termine', 'annule'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, string> = {
  prevu: 'Prévu',
  en_cours: 'En cours',
  termine: 'Terminé',
  annule: 'Annulé',
};

/** Where the project stands; users are engaged at every phase (seed 000), not only at the end. */
export const actionPhases = ['diagnostic', 'conception', 'mise_en_oeuvre', 'evaluation'] as const;
export type ActionPhase = (typeof actionPhases)[number];
export const actionPhaseLabels: Record<ActionPhase, string> = {
  diagnostic: 'Diagnostic',
  conception: 'Conception',
  mise_en_oeuvre: 'Mise en œuvre',
  evaluation: 'Évaluation',
};

/**
 * What taking part is, in law. `representation`: a body under article L3142-60 of the Code du
 * travail, so an attestation de présence citing it and a day of congé de représentation.
 * `participation`: a working group, a forum, a workshop — an attestation de participation that
 * cites no article, and no congé.
 */
export const attestationKinds = ['participation', 'representation'] as const;
export type AttestationKind = (typeof attestationKinds)[number];
export const attestationKindLabels: Record<AttestationKind, string> = {
  participation: 'Attestation de participation (sans congé de représentation)',
  representation: 'Attestation de présence (instance au sens de l’article L3142-60, congé de représentation)',
};

const beneficiaries = z
  .number({ message: 'Indiquez un nombre entier' })
  .int('Indiquez un nombre entier')
  .min(0, 'Le nombre ne peut pas être négatif')
  .max(10_000_000, 'Nombre trop grand')
  .nullable();

export const actionInput = z
  .object({
    kind: z.enum(actionKinds, { message: 'Choisissez projet ou action' }),
    projectId: id.nullable(),
    title: requiredText(200, 'Indiquez le titre'),
    carrier: z.enum(actionCarriers, { message: 'Choisissez qui porte l’action' }),
    organisationId: id.nullable(),
    instanceId: id.nullable(),
    themeId: id.nullable(),
    phase: z.enum(actionPhases, { message: 'Choisissez une phase' }).nullable(),
    involvementLevel: z.enum(involvementLevels, { message: 'Choisissez un niveau d’implication' }).nullable(),
    status: z.enum(actionStatuses, { message: 'Choisissez un statut' }),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    place: optionalText(300),
    description: optionalText(5000),
    expectedBeneficiaries: beneficiaries,
    actualBeneficiaries: beneficiaries,
    partners: optionalText(2000),
    attestationKind: z.enum(attestationKinds, { message: 'Choisissez le type d’attestation' }),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.carrier === 'organisation' && a.organisationId === null)
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: 'Choisissez l’organisation qui porte l’action',
      });
    if (a.carrier === 'instance' && a.instanceId === null)
      ctx.addIssue({
        code: 'custom',
        path: ['instanceId'],
        message: 'Choisissez l’instance qui porte l’action',
      });
    if (a.startDate && a.endDate && a.endDate < a.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'La fin ne peut pas précéder le début' });
    if (a.kind === 'projet' && a.projectId !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['projectId'],
        message: 'Un projet ne peut pas faire partie d’un autre projet',
      });
  });
export type ActionInput = z.input<typeof actionInput>;
export type ActionData = z.output<typeof actionInput>;

export const actionSorts = ['date', 'titre', 'statut', 'porteur'] as const;
export type ActionSort = (typeof actionSorts)[number];

/**
 * The filters of the list. `carrier` + `organisationId` say who carries it: `association`, or
 * an organisation (directly or through one of its instances). `year`: the actions whose period
 * meets that year (see shared/actions/rules.ts).
 */
export const actionFilter = z
  .object({
    search: z.string().max(200).default(''),
    kind: z.enum(actionKinds).nullish(),
    status: z.enum(actionStatuses).nullish(),
    themeId: id.nullish(),
    involvementLevel: z.enum(involvementLevels).nullish(),
    year: z.number().int().min(2000).max(2100).nullish(),
    carrier: z.enum(['association', 'organisation']).nullish(),
    organisationId: id.nullish(),
    /** The actions of one project. */
    projectId: id.nullish(),
  })
  .strict();
export type ActionFilterInput = z.input<typeof actionFilter>;
export type ActionFilter = z.output<typeof actionFilter>;

export const actionListQuery = actionFilter
  .extend({
    sort: z.enum(actionSorts).default('date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    /** Read a page at a time, as every long list. */
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
export type ActionListQuery = z.input<typeof actionListQuery>;

export const actionExportInput = actionFilter
  .extend({
    sort: z.enum(actionSorts).default('date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    format: z.enum(['csv', 'xlsx']),
  })
  .strict();

export const actionSessionsQuery = z
  .object({
    actionId: id,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/** The projects offered as the parent of an action: searched, a few at a time. */
export const projectOptionsQuery = z
  .object({ search: z.string().max(200).default(''), limit: z.number().int().min(1).max(100).default(30) })
  .strict();

export const actionThemeInput = z
  .object({ label: requiredText(150, 'Indiquez le nom de la thématique') })
  .strict();
export type ActionThemeInput = z.input<typeof actionThemeInput>;

export const actionThemeMoveInput = z.object({ id, direction: z.enum(['up', 'down']) }).strict();
