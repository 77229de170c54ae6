/**
 * Demo data of the questionnaires: representatives about their role and influence (analysed),
 * and participants of a health forum (diffused, answers in, waiting for their analysis, so it
 * shows in « À faire »). Built through the services.
 */
import { addDays } from '../shared/register/register-rules';
import { questionInput, responseInput, surveyInput, type QuestionInput } from '../shared/surveys/schemas';
import type { AnswerValue } from '../shared/surveys/schemas';
import { addResponse } from '../electron/surveys/responses';
import { addQuestion, createSurvey, setSurveyStatus } from '../electron/surveys/surveys';
import { todayIso, type ServiceContext } from '../electron/service-context';

interface DemoSurvey {
  title: string;
  audience: 'representants' | 'participants';
  introduction: string;
  questions: QuestionInput[];
  /** One line per response: an answer per question (null = left blank). */
  answers: AnswerValue[][];
  /** Days before today of the first response. */
  startDaysAgo: number;
  analysed: boolean;
  /** The demo action it is about, by title; none: about the year. */
  action?: string;
}

const roleSurvey: DemoSurvey = {
  title: 'Votre rôle et votre influence de représentant',
  audience: 'representants',
  introduction:
    'Ce questionnaire anonyme nous aide à préparer le bilan annuel et les formations. Il prend cinq minutes.',
  questions: [
    { kind: 'echelle', label: 'Vous sentez-vous écouté en séance ?', required: true },
    {
      kind: 'echelle',
      label: 'Vos interventions sont-elles prises en compte dans les décisions ?',
      required: true,
    },
    { kind: 'oui_non', label: 'Recevez-vous les documents au moins huit jours avant la séance ?' },
    {
      kind: 'choix',
      label: 'Combien de temps consacrez-vous à préparer une séance ?',
      options: ['Moins d’une heure', 'Une à trois heures', 'Plus de trois heures'],
    },
    { kind: 'texte', label: 'Qu’est-ce qui vous aiderait à mieux représenter les usagers ?' },
  ],
  answers: [
    [4, 3, 1, 1, 'Un temps d’échange avec les autres représentants avant les séances.'],
    [5, 4, 1, 2, null],
    [3, 2, 0, 1, 'Recevoir l’ordre du jour plus tôt.'],
    [4, 4, 1, 2, 'Une formation sur la lecture des indicateurs qualité.'],
    [2, 2, 0, 0, 'Être associé aux groupes de travail, pas seulement aux séances plénières.'],
    [4, 3, 1, 1, null],
    [5, 5, 1, 2, 'Un modèle de compte rendu à envoyer à l’association.'],
    [3, 3, 0, 1, null],
    [4, 2, 1, 0, 'Un binôme avec un représentant plus ancien.'],
    [3, 3, 1, 1, null],
    [4, 4, null, 2, null],
    [5, 3, 1, 1, 'Des retours de l’établissement sur les suites données à nos demandes.'],
  ],
  startDaysAgo: 120,
  analysed: true,
};

/** What residents wrote, one per second form. */
const forumSuggestions = [
  'Plus de stands sur la santé mentale.',
  'Un horaire en soirée pour les personnes qui travaillent.',
  'Une navette depuis la gare.',
  'Des ateliers pour les enfants pendant que les parents visitent.',
  'Annoncer le forum dans le journal de la commune.',
  'Plus de places assises.',
  'Un stand sur l’accès aux droits (complémentaire santé, ALD).',
  'Très bien, à refaire l’an prochain.',
  'Des documents en langue simple.',
  'Un espace calme pour parler avec un professionnel.',
  'Le dépistage du diabète était très utile.',
  'Prévoir une traduction en langue des signes.',
];

const forumSurvey: DemoSurvey = {
  title: 'Forum santé — votre avis',
  action: 'Forum santé mentale de Fougères',
  audience: 'participants',
  introduction: 'Merci d’avoir participé au forum santé. Vos réponses sont anonymes.',
  questions: [
    { kind: 'echelle', label: 'Êtes-vous satisfait du forum dans son ensemble ?', required: true },
    { kind: 'oui_non', label: 'Avez-vous appris quelque chose d’utile pour votre santé ?' },
    {
      kind: 'choix',
      label: 'Comment avez-vous connu le forum ?',
      options: ['Affiche ou flyer', 'Bouche-à-oreille', 'Professionnel de santé', 'Réseaux sociaux'],
    },
    { kind: 'echelle', label: 'Les stands étaient-ils faciles d’accès ?' },
    { kind: 'texte', label: 'Vos suggestions pour le prochain forum' },
  ],
  answers: Array.from({ length: 24 }, (_, i): AnswerValue[] => [
    [5, 4, 4, 3, 5, 4, 2, 4][i % 8] ?? 4,
    i % 5 === 3 ? 0 : 1,
    [0, 1, 2, 1, 3, 0, 2][i % 7] ?? 0,
    i % 4 === 2 ? null : ([4, 5, 3, 4][i % 4] ?? 4),
    i % 2 === 0 ? (forumSuggestions[i / 2] ?? null) : null,
  ]),
  startDaysAgo: 20,
  analysed: false,
};

async function loadSurvey(ctx: ServiceContext, demo: DemoSurvey): Promise<void> {
  const today = todayIso(ctx);
  // The year its answers came in, even early in January.
  const year = Number(addDays(today, -demo.startDaysAgo).slice(0, 4));
  const action = demo.action
    ? await ctx.db.selectFrom('action').select('id').where('title', '=', demo.action).executeTakeFirst()
    : undefined;
  const survey = await createSurvey(
    ctx,
    surveyInput.parse({
      title: demo.title,
      audience: demo.audience,
      ...(action ? { attachedTo: 'action', actionId: action.id } : { attachedTo: 'annee' }),
      year,
      introduction: demo.introduction,
    }),
  );
  let questions = survey.questions;
  for (const q of demo.questions)
    questions = (await addQuestion(ctx, survey.id, questionInput.parse(q))).questions;
  await setSurveyStatus(ctx, survey.id, 'diffuse');
  for (const [i, line] of demo.answers.entries()) {
    const receivedOn = addDays(
      today,
      -demo.startDaysAgo + Math.floor((i * demo.startDaysAgo) / (demo.answers.length * 2)),
    );
    await addResponse(
      ctx,
      responseInput.parse({
        surveyId: survey.id,
        receivedOn,
        answers: questions.map((q, k) => ({ questionId: q.id, value: line[k] ?? null })),
      }),
    );
  }
  if (demo.analysed) await setSurveyStatus(ctx, survey.id, 'analyse');
}

export async function loadSurveysDemo(ctx: ServiceContext): Promise<void> {
  await loadSurvey(ctx, roleSurvey);
  await loadSurvey(ctx, forumSurvey);
}
