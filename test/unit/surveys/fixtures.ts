import { addQuestion, createSurvey, setSurveyStatus } from '../../../electron/surveys/surveys';
import type { ServiceContext } from '../../../electron/service-context';
import { questionInput, surveyInput } from '../../../shared/surveys/schemas';
import type { Survey } from '../../../shared/surveys/types';

/** A forum questionnaire with one question of each kind, diffused unless said otherwise. */
export async function forumSurvey(ctx: ServiceContext, diffuse = true): Promise<Survey> {
  const survey = await createSurvey(
    ctx,
    surveyInput.parse({
      title: 'Forum santé — votre avis',
      audience: 'participants',
      attachedTo: 'annee',
      year: 2026,
    }),
  );
  await addQuestion(
    ctx,
    survey.id,
    questionInput.parse({ kind: 'echelle', label: 'Êtes-vous satisfait du forum ?', required: true }),
  );
  await addQuestion(
    ctx,
    survey.id,
    questionInput.parse({ kind: 'oui_non', label: 'Avez-vous appris quelque chose ?' }),
  );
  await addQuestion(
    ctx,
    survey.id,
    questionInput.parse({
      kind: 'choix',
      label: 'Comment avez-vous connu le forum ?',
      options: ['Affiche', 'Bouche-à-oreille', 'Médecin traitant'],
    }),
  );
  const last = await addQuestion(
    ctx,
    survey.id,
    questionInput.parse({ kind: 'texte', label: 'Vos suggestions' }),
  );
  return diffuse ? setSurveyStatus(ctx, survey.id, 'diffuse') : last;
}
