/**
 * Inputs of the questionnaires (« Retours et satisfaction »). The same schemas check the forms
 * and the IPC boundary.
 */
import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from '../fields';

/** Who answers: each audience asks about something else (seed 000: rôle et influence, collaboration, action). */
export const surveyAudiences = ['representants', 'professionnels', 'participants'] as const;
export type SurveyAudience = (typeof surveyAudiences)[number];
export const surveyAudienceLabels: Record<SurveyAudience, string> = {
  representants: 'Représentants, sur leur rôle et leur influence',
  professionnels: 'Professionnels, sur la collaboration',
  participants: 'Participants, sur une action',
};
export const surveyAudienceShortLabels: Record<SurveyAudience, string> = {
  representants: 'Représentants',
  professionnels: 'Professionnels',
  participants: 'Participants',
};

export const surveyAttachments = ['action', 'instance', 'annee'] as const;
export type SurveyAttachment = (typeof surveyAttachments)[number];
export const surveyAttachmentLabels: Record<SurveyAttachment, string> = {
  action: 'Une action',
  instance: 'Une instance',
  annee: 'L’année seulement',
};

export const surveyStatuses = ['brouillon', 'diffuse', 'analyse'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];
export const surveyStatusLabels: Record<SurveyStatus, string> = {
  brouillon: 'Brouillon',
  diffuse: 'Diffusé',
  analyse: 'Analysé',
};

export const questionKinds = ['echelle', 'oui_non', 'choix', 'texte'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export const questionKindLabels: Record<QuestionKind, string> = {
  echelle: 'Échelle de 1 à 5',
  oui_non: 'Oui / non',
  choix: 'Choix (une seule réponse)',
  texte: 'Texte libre',
};

export const responseSources = ['saisie', 'import'] as const;
export type ResponseSource = (typeof responseSources)[number];

export const MAX_QUESTIONS = 60;
export const MAX_CHOICES = 12;
export const MAX_TEXT_ANSWER = 4000;

const year = z
  .number({ message: 'Indiquez l’année' })
  .int('Indiquez l’année')
  .min(2000, 'Année invalide')
  .max(2100, 'Année invalide');

export const surveyInput = z
  .object({
    title: requiredText(200, 'Le titre est obligatoire'),
    audience: z.enum(surveyAudiences, { message: 'Choisissez à qui il s’adresse' }),
    attachedTo: z.enum(surveyAttachments, { message: 'Choisissez à quoi il se rapporte' }),
    actionId: id.nullable().default(null),
    instanceId: id.nullable().default(null),
    year,
    introduction: optionalText(2000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.attachedTo === 'action' && v.actionId === null)
      ctx.addIssue({ code: 'custom', path: ['actionId'], message: 'Choisissez l’action' });
    if (v.attachedTo === 'instance' && v.instanceId === null)
      ctx.addIssue({ code: 'custom', path: ['instanceId'], message: 'Choisissez l’instance' });
  })
  // Only the chosen attachment is kept: a stale choice in the other field must not be saved.
  .transform((v) => ({
    ...v,
    actionId: v.attachedTo === 'action' ? v.actionId : null,
    instanceId: v.attachedTo === 'instance' ? v.instanceId : null,
  }));
export type SurveyInput = z.input<typeof surveyInput>;
export type SurveyData = z.output<typeof surveyInput>;

const choiceLabel = z
  .string()
  .trim()
  .min(1, 'Un choix ne peut pas être vide')
  .max(150, '150 caractères au maximum');

export const questionInput = z
  .object({
    kind: z.enum(questionKinds, { message: 'Choisissez le type de question' }),
    label: requiredText(300, 'Le libellé de la question est obligatoire'),
    required: z.boolean().default(false),
    options: z.array(choiceLabel).max(MAX_CHOICES, `${MAX_CHOICES} choix au plus`).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind !== 'choix') return;
    if (v.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Proposez au moins deux choix' });
    const seen = new Set<string>();
    for (const option of v.options) {
      const key = option.toLocaleLowerCase('fr');
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['options'], message: `Le choix « ${option} » est en double` });
      seen.add(key);
    }
  })
  .transform((v) => ({ ...v, options: v.kind === 'choix' ? v.options : [] }));
export type QuestionInput = z.input<typeof questionInput>;
export type QuestionData = z.output<typeof questionInput>;

/** One answer as sent: a whole number (scale, oui = 1 / non = 0, index of the choice), a text, or nothing. */
export const answerValue = z.union([
  z.number().int(),
  z.string().max(MAX_TEXT_ANSWER, `${MAX_TEXT_ANSWER} caractères au maximum`),
  z.null(),
]);
export type AnswerValue = z.infer<typeof answerValue>;

export const responseInput = z
  .object({
    surveyId: id,
    receivedOn: isoDate,
    /** Question id → answer; checked against each question by `checkAnswers`. */
    answers: z.array(z.object({ questionId: id, value: answerValue }).strict()).max(MAX_QUESTIONS),
  })
  .strict();
export type ResponseInput = z.input<typeof responseInput>;
export type ResponseData = z.output<typeof responseInput>;

export const surveyListQuery = z
  .object({
    search: z.string().max(200).default(''),
    audience: z.enum(surveyAudiences).nullable().default(null),
    status: z.enum(surveyStatuses).nullable().default(null),
    year: z.number().int().min(1900).max(2200).nullable().default(null),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
export type SurveyListQuery = z.input<typeof surveyListQuery>;
export type SurveyListFilter = z.output<typeof surveyListQuery>;

/** Column of the file (0-based) for each question, null when the question is not in the file. */
export const surveyImportMapping = z
  .array(z.object({ questionId: id, column: z.number().int().min(0).max(500).nullable() }).strict())
  .max(MAX_QUESTIONS);

/** 20 Mo of file at most, as for the register's import. */
export const surveyImportInput = z
  .object({
    surveyId: id,
    fileName: z.string().min(1).max(255),
    dataBase64: z.string().min(1, 'Le fichier est vide').max(28_000_000, 'Le fichier dépasse 20 Mo'),
    /** Absent: the columns are matched to the questions by their labels. */
    mapping: surveyImportMapping.nullable().default(null),
  })
  .strict();
export type SurveyImportInput = z.input<typeof surveyImportInput>;

/** Said of the reception date by the future-date rule (shared/rules/dates). */
export const receptionDateLabel = 'La date de réception';
