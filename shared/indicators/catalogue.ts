/**
 * The catalogue of the dashboard's figures: one entry per figure, with its French label, how it
 * reads, and its definition in plain French — what is counted and what is not. The definition is
 * the tooltip of the figure's card and the paragraph of the README; the main process computes
 * each figure in one place (electron/indicators/), which the dashboard, the bilan and the
 * exports all call.
 *
 * A new family (actions and projects, feedback…) adds its ids here, its entries to `figures`, a
 * repository in db/indicators/ and one line in the service's list of families.
 */

import { engagementFigureIds, engagementFigures } from './catalogue-engagement';

export const figureIds = [
  'engagedPeople',
  'seats',
  'instancesBelowTarget',
  'newPeople',
  'trainings',
  'trainingHours',
  'baseTrainingOnTime',
  'meetingsHeld',
  'attendanceRate',
  'representationHours',
  'congeUsed',
  'claimsPaid',
  'claimsRenounced',
  'taxReceipts',
  // Valorisation du bénévolat
  'volunteerHours',
  'volunteerValue',
  ...engagementFigureIds,
] as const;
export type FigureId = (typeof figureIds)[number];

export const figureFamilies = [
  'representation',
  'formation',
  'reunions',
  'actions',
  'retours',
  'argent',
  'benevolat',
] as const;
export type FigureFamily = (typeof figureFamilies)[number];
export const figureFamilyLabels: Record<FigureFamily, string> = {
  representation: 'Représentation',
  formation: 'Formation',
  reunions: 'Réunions',
  actions: 'Actions et projets',
  retours: 'Retours et satisfaction',
  argent: 'Argent',
  benevolat: 'Bénévolat',
};

/**
 * How a figure reads: a count of things (`nombre`), a part of a whole (`taux`: value sur total,
 * and its percentage), a duration in minutes, an amount in cents with the count of documents
 * behind it, half-days of congé, or a mean score out of 5 (`moyenne`: value the sum of the
 * scores, of their number).
 */
export type FigureDisplay = 'nombre' | 'taux' | 'duree' | 'montant' | 'demiJournees' | 'moyenne';

/** The list behind a figure (its drill-down). */
export type DetailKind =
  | 'personnes'
  | 'instances'
  | 'formations'
  | 'reunions'
  | 'notes'
  | 'recus'
  | 'actions'
  | 'seances'
  | 'questionnaires';

export interface FigureDef {
  id: FigureId;
  family: FigureFamily;
  label: string;
  display: FigureDisplay;
  /** The counted thing, singular and plural (« 1 personne », « 12 personnes »). */
  noun: readonly [string, string];
  definition: string;
  details: DetailKind;
  /** Which way is good news: fewer instances below target is; money paid out is neither. */
  better: 'hausse' | 'baisse' | 'neutre';
}

const UNTIL_TODAY = 'jusqu’à aujourd’hui si la période n’est pas finie';
const AT_END = 'au dernier jour de la période (aujourd’hui si elle n’est pas finie)';
const LINES_IN_SCOPE =
  'Avec un périmètre, seules les lignes liées à une réunion d’une instance du périmètre ou à une séance d’une action du périmètre ; avec un projet, les lignes des séances du projet et de ses actions. Par instance ou projet : une ligne liée à une séance compte pour le projet de son action (pour l’action elle-même si elle n’est dans aucun projet).';
const PEOPLE_IN_SCOPE =
  'Avec un périmètre, seulement pour les personnes ayant un mandat dans le périmètre pendant la période.';

export const figures: readonly FigureDef[] = [
  {
    id: 'engagedPeople',
    better: 'hausse',
    family: 'representation',
    label: 'Représentants engagés',
    display: 'nombre',
    noun: ['personne', 'personnes'],
    details: 'personnes',
    definition: `Personnes ayant au moins un mandat en cours un jour de la période (${UNTIL_TODAY}), quel que soit leur rôle (titulaire, suppléant, membre…). Chaque personne compte une fois, même avec plusieurs mandats. Par type d’instance et par département (celui de l’organisation de l’instance), une personne compte dans chaque type ou département où elle siège : la somme des lignes peut dépasser le total. Ne compte pas : les mandats qui commencent après la période ou finissent avant.`,
  },
  {
    id: 'seats',
    better: 'hausse',
    family: 'representation',
    label: 'Sièges pourvus',
    display: 'taux',
    noun: ['siège', 'sièges'],
    details: 'instances',
    definition: `Sièges de titulaire et de suppléant des instances non archivées ${AT_END}, et ceux qu’occupe ce jour-là un mandat en cours du même rôle. Les mandats au-delà du nombre de sièges ne comptent pas deux fois ; les rôles sans siège (membre, bureau, autre) ne comptent pas.`,
  },
  {
    id: 'instancesBelowTarget',
    better: 'baisse',
    family: 'representation',
    label: 'Instances sous l’objectif',
    display: 'taux',
    noun: ['instance', 'instances'],
    details: 'instances',
    definition: `Instances non archivées où moins de personnes que le minimum souhaité (réglé sur chaque instance) ont un mandat en cours ${AT_END}, sur l’ensemble des instances non archivées. Une instance sans minimum n’est jamais sous l’objectif.`,
  },
  {
    id: 'newPeople',
    better: 'hausse',
    family: 'representation',
    label: 'Nouveaux représentants',
    display: 'nombre',
    noun: ['personne', 'personnes'],
    details: 'personnes',
    definition: `Personnes dont le tout premier mandat (toutes instances confondues) commence pendant la période (${UNTIL_TODAY}). Avec un périmètre, il faut de plus qu’un de leurs mandats de la période soit dans le périmètre. Ne compte pas : le renouvellement ou le nouveau mandat d’une personne qui en avait déjà un.`,
  },
  {
    id: 'trainings',
    better: 'hausse',
    family: 'formation',
    label: 'Formations suivies',
    display: 'nombre',
    noun: ['formation', 'formations'],
    details: 'formations',
    definition: `Formations enregistrées dont la date tombe dans la période (${UNTIL_TODAY} : une formation prévue plus tard ne compte pas). ${PEOPLE_IN_SCOPE}`,
  },
  {
    id: 'trainingHours',
    better: 'hausse',
    family: 'formation',
    label: 'Heures de formation',
    display: 'duree',
    noun: ['formation', 'formations'],
    details: 'formations',
    definition:
      'Somme des durées des formations suivies comptées ci-dessus ; une formation sans durée saisie compte pour zéro.',
  },
  {
    id: 'baseTrainingOnTime',
    better: 'hausse',
    family: 'formation',
    label: 'Formation de base dans le délai',
    display: 'taux',
    noun: ['personne', 'personnes'],
    details: 'personnes',
    definition: `Personnes dont la formation de base arrivait à échéance pendant la période (début de leur premier mandat plus le délai réglé dans les paramètres, 6 mois par défaut) et qui l’avaient suivie au plus tard à cette échéance, sur l’ensemble de ces personnes. Une formation de base suivie avant le premier mandat compte. ${PEOPLE_IN_SCOPE}`,
  },
  {
    id: 'meetingsHeld',
    better: 'hausse',
    family: 'reunions',
    label: 'Réunions tenues',
    display: 'nombre',
    noun: ['réunion', 'réunions'],
    details: 'reunions',
    definition: `Réunions des instances dont la date tombe dans la période, dernier jour compris (${UNTIL_TODAY}), et qui n’ont pas été annulées. Ne compte pas : les réunions annulées, celles à venir.`,
  },
  {
    id: 'attendanceRate',
    better: 'hausse',
    family: 'reunions',
    label: 'Taux de présence',
    display: 'taux',
    noun: ['présence', 'présences'],
    details: 'reunions',
    definition:
      'Parmi les présences saisies des personnes attendues (ayant un mandat sur l’instance) aux réunions tenues de la période, la part marquée « présent » ou « à distance ». Excusé, absent ou remplacé comptent comme non présents ; une présence non saisie ne compte pas, les participants sans mandat non plus.',
  },
  {
    id: 'representationHours',
    better: 'hausse',
    family: 'reunions',
    label: 'Heures de représentation',
    display: 'duree',
    noun: ['présence', 'présences'],
    details: 'personnes',
    definition:
      'Somme des durées de présence aux réunions tenues de la période des personnes présentes ou à distance, participants sans mandat compris : les heures propres de la personne quand elles sont saisies, sinon celles de la réunion. Deux réunions du même jour qui se chevauchent comptent chacune leurs heures (le congé de représentation, lui, ne compte qu’une fois les heures communes).',
  },
  {
    id: 'congeUsed',
    better: 'neutre',
    family: 'reunions',
    label: 'Congé de représentation utilisé',
    display: 'demiJournees',
    noun: ['personne', 'personnes'],
    details: 'personnes',
    definition: `Jours de congé de représentation pris pendant la période par les personnes salariées, selon la règle du compteur de congé : par jour, les heures des réunions réunies ; jusqu’à 4 h (réglable) une demi-journée, au-delà une journée ; seulement les jours ouvrables. ${PEOPLE_IN_SCOPE}`,
  },
  {
    id: 'claimsPaid',
    better: 'neutre',
    family: 'argent',
    label: 'Frais remboursés',
    display: 'montant',
    noun: ['note de frais', 'notes de frais'],
    details: 'notes',
    definition: `Montant des notes de frais payées dont la date de paiement tombe dans la période. ${LINES_IN_SCOPE} Ne compte pas : les notes validées pas encore payées, refusées, annulées ou abandonnées.`,
  },
  {
    id: 'claimsRenounced',
    better: 'neutre',
    family: 'argent',
    label: 'Frais abandonnés (dons)',
    display: 'montant',
    noun: ['note de frais', 'notes de frais'],
    details: 'notes',
    definition: `Montant des notes de frais abandonnées au profit de l’association (abandon de frais) dont la renonciation a été signée pendant la période. ${LINES_IN_SCOPE}`,
  },
  {
    id: 'taxReceipts',
    better: 'neutre',
    family: 'argent',
    label: 'Reçus fiscaux émis',
    display: 'montant',
    noun: ['reçu', 'reçus'],
    details: 'recus',
    definition: `Reçus fiscaux émis pendant la période et non annulés, et leur montant ; un reçu annulé et remplacé compte une fois, par le nouveau. ${PEOPLE_IN_SCOPE}`,
  },
  // Valorisation du bénévolat (electron/valorisation/): hours × hourly value of the year.
  {
    id: 'volunteerHours',
    better: 'hausse',
    family: 'benevolat',
    label: 'Heures de bénévolat',
    display: 'duree',
    noun: ['personne', 'personnes'],
    details: 'personnes',
    definition:
      'Heures données par les bénévoles pendant la période, par catégorie (réglées dans Paramètres › Bénévolat) : présences « présent » ou « à distance » aux réunions tenues des instances et aux séances des actions (les heures propres de la personne quand elles sont saisies, sinon celles de la réunion ; deux réunions qui se chevauchent comptent chacune), plus le temps bénévole saisi hors réunion. Ne compte pas : les réunions annulées, les personnes excusées, absentes ou remplacées, les participants non inscrits au registre, le temps de trajet si les paramètres ne le retiennent pas. Avec un périmètre, seulement les réunions et le temps saisi des instances du périmètre.',
  },
  {
    id: 'volunteerValue',
    better: 'hausse',
    family: 'benevolat',
    label: 'Valorisation du bénévolat',
    display: 'montant',
    noun: ['personne', 'personnes'],
    details: 'personnes',
    definition:
      'Les heures de bénévolat ci-dessus multipliées par la valeur horaire de leur catégorie pour leur année (Paramètres › Bénévolat), arrondie au centime par catégorie et par année : les contributions volontaires en nature du compte de résultat. Des heures sans valeur horaire pour leur année ne sont pas comptées à zéro : la carte les signale.',
  },
  ...engagementFigures,
];

const byId = new Map(figures.map((f) => [f.id, f]));

export function figureDef(id: FigureId): FigureDef {
  const def = byId.get(id);
  if (!def) throw new Error(`Indicateur inconnu : ${id}`);
  return def;
}
