/**
 * What may be done to a questionnaire in each state, and the French reason when it may not:
 * the editor's buttons and the service's checks read the same rules.
 */
import { plural } from '../rules/plural';
import type { SurveyStatus } from './schemas';

export interface SurveyFacts {
  status: SurveyStatus;
  questionCount: number;
  responseCount: number;
}

/**
 * Questions change only in a draft with no answer: an answer means something only beside the
 * question it answered.
 */
export function questionsFrozenReason(facts: SurveyFacts): string | null {
  if (facts.responseCount > 0) {
    return `${plural(facts.responseCount, 'réponse est enregistrée', 'réponses sont enregistrées')} : les questions ne peuvent plus changer, sinon les réponses ne correspondraient plus aux questions posées. Pour poser d’autres questions, dupliquez ce questionnaire.`;
  }
  if (facts.status !== 'brouillon') {
    return 'Le questionnaire a été diffusé : repassez-le en brouillon pour modifier ses questions (les formulaires déjà envoyés ne correspondraient plus).';
  }
  return null;
}

/** Why the questionnaire cannot go to `to` now, or null. */
export function statusChangeError(facts: SurveyFacts, to: SurveyStatus): string | null {
  if (facts.status === to) return null;
  switch (to) {
    case 'diffuse':
      if (facts.status === 'brouillon' && facts.questionCount === 0)
        return 'Ajoutez au moins une question avant de diffuser le questionnaire.';
      return null;
    case 'brouillon':
      if (facts.status === 'analyse') return 'Un questionnaire analysé se rouvre d’abord en « diffusé ».';
      if (facts.responseCount > 0)
        return 'Des réponses sont enregistrées : le questionnaire ne peut plus redevenir un brouillon.';
      return null;
    case 'analyse':
      if (facts.status === 'brouillon')
        return 'Diffusez le questionnaire et recueillez des réponses avant de l’analyser.';
      if (facts.responseCount === 0) return 'Aucune réponse n’est enregistrée : il n’y a rien à analyser.';
      return null;
  }
}

/** Why answers cannot be entered or imported now, or null. */
export function answeringError(status: SurveyStatus): string | null {
  if (status === 'brouillon')
    return 'Le questionnaire est encore un brouillon : marquez-le comme diffusé avant d’enregistrer des réponses.';
  if (status === 'analyse')
    return 'Le questionnaire est analysé : rouvrez-le (« Rouvrir ») pour ajouter des réponses.';
  return null;
}
