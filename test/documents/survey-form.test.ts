import { renderSurveyForm, type SurveyFormDocument } from '../../electron/documents/survey-form';
import { surveyFormPdf } from '../../electron/surveys/survey-files';
import { createTestApp } from '../helpers/context';
import { forumSurvey } from '../unit/surveys/fixtures';
import { association } from './fixtures';
import { pageCount, pdfFlatText, save } from './poppler';

const form: SurveyFormDocument = {
  title: 'Forum santé — votre avis',
  subtitle: 'Questionnaire destiné aux participants — Forum santé de Vitré — 2026',
  introduction: 'Merci d’avoir participé au forum santé. Vos réponses sont anonymes.',
  questions: [
    { kind: 'echelle', label: 'Êtes-vous satisfait du forum ?', required: true, options: [] },
    { kind: 'oui_non', label: 'Avez-vous appris quelque chose ?', required: false, options: [] },
    {
      kind: 'choix',
      label: 'Comment avez-vous connu le forum ?',
      required: false,
      options: ['Affiche', 'Bouche-à-oreille', 'Médecin traitant'],
    },
    { kind: 'texte', label: 'Vos suggestions', required: false, options: [] },
  ],
};

describe('the printable questionnaire', () => {
  it('prints the questions in order with their boxes, the choices, and says answers are anonymous', () => {
    const file = save('questionnaire.pdf', renderSurveyForm(association(), form));
    const text = pdfFlatText(file);
    expect(text).toContain('Forum santé — votre avis');
    expect(text).toContain('Questionnaire destiné aux participants — Forum santé de Vitré — 2026');
    expect(text).toContain('Réponses anonymes');
    expect(text).toContain('Les questions marquées d’un astérisque (*) appellent une réponse.');
    expect(text).toMatch(/1\. Êtes-vous satisfait du forum \? \* Pas du tout 1 2 3 4 5 Tout à fait/);
    expect(text).toMatch(/2\. Avez-vous appris quelque chose \? Oui Non/);
    expect(text).toMatch(
      /3\. Comment avez-vous connu le forum \? Affiche Bouche-à-oreille Médecin traitant Une seule réponse\./,
    );
    expect(text).toContain('4. Vos suggestions');
    expect(text).toContain('Page 1 / 1');
    expect(pageCount(file)).toBe(1);
  });

  it('keeps each question with its boxes when the form runs over several pages', () => {
    const long: SurveyFormDocument = {
      ...form,
      questions: Array.from({ length: 24 }, (_, i) => ({
        kind: i % 2 === 0 ? ('texte' as const) : ('choix' as const),
        label: `Question numéro ${i + 1}`,
        required: false,
        options: i % 2 === 0 ? [] : ['Souvent', 'Parfois', 'Jamais'],
      })),
    };
    const file = save('questionnaire-long.pdf', renderSurveyForm(association(), long));
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(3);
    const text = pdfFlatText(file);
    expect(text).toContain(`Page ${pages} / ${pages}`);
    expect(text).toContain('Forum santé — votre avis (suite)');
    // A choice question never loses its boxes to the next page: its label and its options read together.
    for (let i = 2; i <= 24; i += 2)
      expect(text).toContain(`${i}. Question numéro ${i} Souvent Parfois Jamais`);
  });

  it('is produced from a questionnaire of the database, and refused while it has no question', async () => {
    const app = await createTestApp();
    const survey = await forumSurvey(app.ctx);
    const produced = await surveyFormPdf(app.ctx, survey.id);
    expect(produced.fileName).toBe('Questionnaire-Forum-sante-votre-avis-2026.pdf');
    const text = pdfFlatText(save('from-db.pdf', produced.data));
    expect(text).toContain('Questionnaire destiné aux participants — 2026');
    expect(text).toContain('4. Vos suggestions');
    await app.close();
  });
});
