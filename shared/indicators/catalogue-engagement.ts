/**
 * The figures of actions and projects, of their sessions and of the questionnaires' answers: their
 * own block of the catalogue (catalogue.ts lists them after the figures of the instances).
 *
 * Sessions of actions are not representation: a working group of a CPTS, a forum or a workshop is
 * no instance under article L3142-60 of the Code du travail, and its participants are often not
 * representatives. They count here, in their own figures, and never in « Réunions tenues » or
 * « Heures de représentation », which answer the funders' question about the seats held.
 */
import type { FigureDef } from './catalogue';

export const engagementFigureIds = [
  'actionsWithUsers',
  'actionParticipants',
  'countedParticipants',
  'beneficiaries',
  'sessionsHeld',
  'sessionHours',
  'surveyResponses',
  'surveyMeanScore',
] as const;
export type EngagementFigureId = (typeof engagementFigureIds)[number];

const UNTIL_TODAY = 'jusqu’à aujourd’hui si la période n’est pas finie';
/** Which actions a figure looks at: the period, the cancelled ones, the scope. */
const ACTIONS_OF_PERIOD =
  'les actions et projets non annulés dont les dates rencontrent la période (commencés au plus tard à sa fin — aujourd’hui si elle n’est pas finie —, finis — ou, sans date de fin, commencés — au plus tôt à son début ; sans date de début, une action n’est d’aucune période)';
const ACTIONS_IN_SCOPE =
  'Avec un périmètre, les actions portées par l’organisation, par une instance du type ou par une organisation du département ; avec un projet, le projet et ses actions.';
const SESSIONS_HELD = `séances non annulées des actions du périmètre dont la date tombe dans la période (${UNTIL_TODAY})`;
const NOT_REPRESENTATION =
  'Les séances ne comptent pas dans « Réunions tenues » ni dans « Heures de représentation » : un groupe de travail, un forum ou un atelier n’est pas une instance au sens de l’article L3142-60 du Code du travail.';

export const engagementFigures: readonly FigureDef[] = [
  {
    id: 'actionsWithUsers',
    better: 'hausse',
    family: 'actions',
    label: 'Actions avec participation des usagers',
    display: 'taux',
    noun: ['action ou projet', 'actions ou projets'],
    details: 'actions',
    definition: `Parmi ${ACTIONS_OF_PERIOD}, celles où au moins une personne du registre a été présente (sur place ou à distance) à une séance tenue pendant la période — pour un projet, une séance du projet ou de l’une de ses actions. Un projet et chacune de ses actions comptent chacun pour un. Par niveau d’implication et par phase : celles avec participation, selon ce qui est saisi sur leur fiche. ${ACTIONS_IN_SCOPE}`,
  },
  {
    id: 'actionParticipants',
    better: 'hausse',
    family: 'actions',
    label: 'Participants du registre',
    display: 'nombre',
    noun: ['personne', 'personnes'],
    details: 'personnes',
    definition: `Personnes du registre présentes (sur place ou à distance) à au moins une des ${SESSIONS_HELD}, quel que soit leur profil ou leur rôle (participant, animateur). Chaque personne compte une fois. Ne compte pas : les personnes excusées ou absentes, les participants hors registre (chiffre suivant).`,
  },
  {
    id: 'countedParticipants',
    better: 'hausse',
    family: 'actions',
    label: 'Participants hors registre',
    display: 'nombre',
    noun: ['participant', 'participants'],
    details: 'seances',
    definition: `Somme des participants comptés sans être nommés (habitants, public d’un forum) saisis sur les ${SESSIONS_HELD}. Une même personne venue à deux séances compte deux fois.`,
  },
  {
    id: 'beneficiaries',
    better: 'hausse',
    family: 'actions',
    label: 'Bénéficiaires touchés sur prévus',
    display: 'taux',
    noun: ['bénéficiaire', 'bénéficiaires'],
    details: 'actions',
    definition: `Somme des bénéficiaires touchés, sur la somme des bénéficiaires prévus, saisis sur la fiche de ${ACTIONS_OF_PERIOD}. Un nombre non saisi compte pour zéro. Ceux d’un projet ne comptent que s’il n’a aucune action, sinon ce sont ceux de ses actions (pour ne pas les compter deux fois). Une action sur plusieurs années compte ses bénéficiaires dans chacune. ${ACTIONS_IN_SCOPE}`,
  },
  {
    id: 'sessionsHeld',
    better: 'hausse',
    family: 'actions',
    label: 'Séances d’actions tenues',
    display: 'nombre',
    noun: ['séance', 'séances'],
    details: 'seances',
    definition: `Les ${SESSIONS_HELD}. ${NOT_REPRESENTATION}`,
  },
  {
    id: 'sessionHours',
    better: 'hausse',
    family: 'actions',
    label: 'Heures de participation aux actions',
    display: 'duree',
    noun: ['présence', 'présences'],
    details: 'seances',
    definition: `Somme des durées de présence des personnes du registre présentes ou à distance aux ${SESSIONS_HELD} : leurs heures propres quand elles sont saisies, sinon celles de la séance. ${NOT_REPRESENTATION}`,
  },
  {
    id: 'surveyResponses',
    better: 'hausse',
    family: 'retours',
    label: 'Réponses aux questionnaires',
    display: 'nombre',
    noun: ['réponse', 'réponses'],
    details: 'questionnaires',
    definition: `Réponses reçues pendant la période (date de réception, ${UNTIL_TODAY}), saisies ou importées, à tous les questionnaires. Avec un périmètre, les questionnaires rattachés à une action ou à une instance du périmètre (un questionnaire rattaché à l’année seulement n’est dans aucun périmètre).`,
  },
  {
    id: 'surveyMeanScore',
    better: 'hausse',
    family: 'retours',
    label: 'Note moyenne des retours',
    display: 'moyenne',
    noun: ['note', 'notes'],
    details: 'questionnaires',
    definition:
      'Moyenne, de 1 à 5, de toutes les notes données aux questions « échelle de 1 à 5 » dans les réponses comptées ci-dessus ; une question sans réponse ne compte pas. Les questions oui / non, à choix et les textes n’y entrent pas : leurs résultats se lisent question par question dans « Retours et satisfaction ».',
  },
];
