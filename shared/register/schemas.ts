/**
 * Inputs of the register (organisations, instance types, instances, mandates), with French
 * messages: the same schemas check the forms and the IPC boundary.
 */
import { z } from 'zod';
import { id, isoDate, optionalPostalCode, optionalText, requiredDate, requiredText } from '../fields';

export const organisationKinds = [
  'etablissement',
  'ars',
  'cpam',
  'cpts',
  'dac',
  'association',
  'collectivite',
  'autre',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
export const organisationKindLabels: Record<OrganisationKind, string> = {
  etablissement: 'Établissement de santé ou médico-social',
  ars: 'Agence régionale de santé',
  cpam: 'Assurance maladie (CPAM)',
  cpts: 'CPTS',
  dac: 'Dispositif d’appui à la coordination',
  association: 'Association',
  collectivite: 'Collectivité',
  autre: 'Autre',
};

export const involvementLevels = ['informer', 'consulter', 'impliquer', 'collaborer', 'co_decider'] as const;
export type InvolvementLevel = (typeof involvementLevels)[number];
export const involvementLabels: Record<InvolvementLevel, string> = {
  informer: 'Informer',
  consulter: 'Consulter',
  impliquer: 'Impliquer',
  collaborer: 'Collaborer / Co-construire',
  co_decider: 'Habiliter / Co-décider',
};

export const participationForms = ['participation', 'partenariat', 'gouvernance'] as const;
export type ParticipationForm = (typeof participationForms)[number];
export const participationFormLabels: Record<ParticipationForm, string> = {
  participation: 'Participation',
  partenariat: 'Partenariat',
  gouvernance: 'Gouvernance',
};

export const mandateRoles = [
  'titulaire',
  'suppleant',
  'membre',
  'president',
  'vice_president',
  'secretaire',
  'tresorier',
  'autre',
] as const;
export type MandateRole = (typeof mandateRoles)[number];
export const mandateRoleLabels: Record<MandateRole, string> = {
  titulaire: 'Titulaire',
  suppleant: 'Suppléant',
  membre: 'Membre',
  president: 'Président',
  vice_president: 'Vice-président',
  secretaire: 'Secrétaire',
  tresorier: 'Trésorier',
  autre: 'Autre',
};

export const endReasons = ['echeance', 'demission', 'remplacement', 'deces', 'autre'] as const;
export type EndReason = (typeof endReasons)[number];
export const endReasonLabels: Record<EndReason, string> = {
  echeance: 'Échéance',
  demission: 'Démission',
  remplacement: 'Remplacement',
  deces: 'Décès',
  autre: 'Autre',
};

const listStatus = z.enum(['actifs', 'archives', 'tous']).default('actifs');
const direction = z.enum(['asc', 'desc']).default('asc');

// ------------------------------------------------------------------ organisations

export const organisationInput = z
  .object({
    name: requiredText(200, 'Le nom de l’organisation est obligatoire'),
    kind: z.enum(organisationKinds, { message: 'Choisissez le type d’organisation' }),
    addressLine: optionalText(200),
    postalCode: optionalPostalCode,
    city: optionalText(100),
    notes: optionalText(5000),
  })
  .strict();
export type OrganisationInput = z.input<typeof organisationInput>;
export type OrganisationData = z.output<typeof organisationInput>;

export const organisationListQuery = z
  .object({
    search: z.string().max(200).default(''),
    status: listStatus,
    sort: z.enum(['nom', 'type', 'ville', 'instances']).default('nom'),
    direction,
  })
  .strict();
export type OrganisationListQuery = z.input<typeof organisationListQuery>;

// ------------------------------------------------------------------ instance types

const months = (label: string) =>
  z
    .number({ message: `${label} : indiquez un nombre de mois` })
    .int(`${label} : un nombre entier de mois`)
    .min(1, `${label} : au moins 1 mois`)
    .max(240, `${label} : 240 mois (20 ans) au plus`)
    .nullable();

export const instanceTypeInput = z
  .object({
    code: requiredText(30, 'Le code est obligatoire (exemple : CDU)').transform((v) => v.toUpperCase()),
    label: requiredText(150, 'Le libellé est obligatoire'),
    defaultMandateMonths: months('Durée du mandat'),
  })
  .strict();
export type InstanceTypeInput = z.input<typeof instanceTypeInput>;
export type InstanceTypeData = z.output<typeof instanceTypeInput>;

// ------------------------------------------------------------------ instances

const seatCount = (label: string) =>
  z
    .number({ message: `Indiquez le nombre de ${label} (0 s’il n’y en a pas)` })
    .int('Un nombre entier de sièges')
    .min(0, 'Pas de nombre négatif')
    .max(200, '200 sièges au plus');

export const instanceInput = z
  .object({
    organisationId: z
      .number({ message: 'Choisissez l’organisation' })
      .int()
      .positive('Choisissez l’organisation'),
    typeId: z
      .number({ message: 'Choisissez le type d’instance' })
      .int()
      .positive('Choisissez le type d’instance'),
    name: requiredText(200, 'Le nom de l’instance est obligatoire'),
    seatsTitulaire: seatCount('sièges de titulaire'),
    seatsSuppleant: seatCount('sièges de suppléant'),
    targetMin: z
      .number({ message: 'Indiquez le nombre minimum de représentants souhaité' })
      .int('Un nombre entier')
      .min(0, 'Pas de nombre négatif')
      .max(200, '200 au plus'),
    mandateMonths: months('Durée du mandat'),
    involvementLevel: z.enum(involvementLevels).nullable(),
    participationForm: z.enum(participationForms).nullable(),
    meetingPlace: optionalText(300),
    notes: optionalText(5000),
  })
  .strict();
export type InstanceInput = z.input<typeof instanceInput>;
export type InstanceData = z.output<typeof instanceInput>;

export const instanceListQuery = z
  .object({
    search: z.string().max(200).default(''),
    status: listStatus,
    organisationId: id.nullable().default(null),
    typeId: id.nullable().default(null),
    sort: z.enum(['nom', 'organisation', 'type', 'vacants']).default('nom'),
    direction,
  })
  .strict();
export type InstanceListQuery = z.input<typeof instanceListQuery>;

// ------------------------------------------------------------------ mandates

export const mandateInput = z
  .object({
    representativeId: z
      .number({ message: 'Choisissez le représentant' })
      .int()
      .positive('Choisissez le représentant'),
    instanceId: z.number({ message: 'Choisissez l’instance' }).int().positive('Choisissez l’instance'),
    role: z.enum(mandateRoles, { message: 'Choisissez le rôle' }),
    roleOther: optionalText(100),
    startDate: requiredDate('La date de début est obligatoire'),
    endDate: isoDate.nullable(),
    designatingAuthority: optionalText(200),
    designationReference: optionalText(200),
    proposingAssociation: optionalText(200),
    notes: optionalText(5000),
    pairedMandateId: id.nullable().default(null),
    overCapacityJustification: optionalText(1000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endDate !== null && v.endDate < v.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'La date de fin doit être postérieure à la date de début',
      });
    }
    if (v.role === 'autre' && !v.roleOther) {
      ctx.addIssue({ code: 'custom', path: ['roleOther'], message: 'Précisez le rôle' });
    }
    if (v.pairedMandateId !== null && v.role !== 'titulaire' && v.role !== 'suppleant') {
      ctx.addIssue({
        code: 'custom',
        path: ['pairedMandateId'],
        message: 'Seuls un titulaire et un suppléant peuvent être associés',
      });
    }
  });
export type MandateInput = z.input<typeof mandateInput>;
export type MandateData = z.output<typeof mandateInput>;

export const mandateEndInput = z
  .object({
    id,
    endedOn: isoDate,
    reason: z.enum(endReasons, { message: 'Choisissez le motif' }),
    note: optionalText(1000),
  })
  .strict();
export type MandateEndInput = z.input<typeof mandateEndInput>;

export const mandateRenewInput = z.object({ fromId: id, data: mandateInput }).strict();
