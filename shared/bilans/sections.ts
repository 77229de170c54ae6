/**
 * The free-text sections of a bilan d'action, in the order of the ARS form (seed 002): what the
 * association writes and Porte-voix cannot know. Each save of a section keeps the previous text
 * as a version.
 */
import { z } from 'zod';
import { id } from '../fields';
import { formatInteger } from '../rules/format-fr';

export const bilanSectionKeys = [
  'evaluation',
  'avancement',
  'modalites',
  'public',
  'territoire',
  'resultats',
  'partenariat',
  'moyens',
  'valorisation',
  'impacts',
  'pointsForts',
  'difficultes',
  'perspectives',
  'financier',
] as const;
export type BilanSectionKey = (typeof bilanSectionKeys)[number];

export interface BilanSectionDef {
  key: BilanSectionKey;
  label: string;
  /** What the funder's form asks, as a hint under the field. */
  hint: string;
}

export const bilanSections: readonly BilanSectionDef[] = [
  {
    key: 'evaluation',
    label: 'Méthode d’évaluation',
    hint: 'Auto-évaluation ou évaluateur externe, date, outils (questionnaires, tableaux de bord, entretiens…), personnes associées et de quelle manière.',
  },
  {
    key: 'avancement',
    label: 'État d’avancement',
    hint: 'Action terminée, partiellement réalisée, annulée, reportée ou modifiée : expliquez les raisons.',
  },
  {
    key: 'modalites',
    label: 'Modalités d’intervention',
    hint: 'Typologie de l’action, techniques d’animation, outils utilisés ; pourquoi ces modalités, et ce choix a-t-il été pertinent ?',
  },
  {
    key: 'public',
    label: 'Public cible et bénéficiaires',
    hint: 'Tranches d’âge, public spécifique ; le public a-t-il été atteint ? Commentaire sur l’écart entre bénéficiaires prévus et touchés.',
  },
  {
    key: 'territoire',
    label: 'Territoire et milieu d’intervention',
    hint: 'Localisation effective, pertinence du territoire, milieu de vie, structures où l’action s’est déroulée.',
  },
  {
    key: 'resultats',
    label: 'Commentaires sur les objectifs',
    hint: 'Objectifs non prévus intégrés, résultats conformes ou non aux attendus et pourquoi, besoins identifiés au départ, autres besoins constatés.',
  },
  {
    key: 'partenariat',
    label: 'Partenariat',
    hint: 'Rôle des partenaires ; ont-ils tous été mobilisés ? Partenaires imprévus ; participation des bénéficiaires au projet.',
  },
  {
    key: 'moyens',
    label: 'Moyens matériels et humains',
    hint: 'Équipements, locaux ; les moyens prévus ont-ils été mobilisés, sinon pourquoi ?',
  },
  {
    key: 'valorisation',
    label: 'Moyens de valorisation',
    hint: 'Communication autour de l’action : canaux, supports, manifestations.',
  },
  {
    key: 'impacts',
    label: 'Impacts',
    hint: 'Impacts et retombées du projet ; dans quelle mesure il aura un impact durable.',
  },
  { key: 'pointsForts', label: 'Points forts', hint: 'Les points forts de l’action.' },
  {
    key: 'difficultes',
    label: 'Difficultés rencontrées',
    hint: 'Difficultés et obstacles, effets ou événements inattendus.',
  },
  {
    key: 'perspectives',
    label: 'Points à améliorer et perspectives',
    hint: 'Leviers et freins, propositions d’amélioration, reconduction de l’action, transfert dans un autre contexte.',
  },
  {
    key: 'financier',
    label: 'Bilan financier',
    hint: 'Commentaires sur l’utilisation de la subvention (le compte rendu financier détaillé est joint à part).',
  },
];

/** Long enough for the seed's longest answers many times over. */
export const SECTION_MAX = 20_000;

export const sectionSave = z
  .object({
    bilanId: id,
    section: z.enum(bilanSectionKeys, { message: 'Section inconnue' }),
    body: z.string().max(SECTION_MAX, `${formatInteger(SECTION_MAX)} caractères au maximum`),
  })
  .strict();
export type SectionSave = z.input<typeof sectionSave>;

export const sectionVersionsQuery = z
  .object({ bilanId: id, section: z.enum(bilanSectionKeys, { message: 'Section inconnue' }) })
  .strict();
