/**
 * A questionnaire as a printable form: the questions in order, boxes to tick for scales, yes/no
 * and choices, ruled lines to write on for free text. Nothing identifies who fills it in.
 */
import type { QuestionKind } from '../../shared/surveys/schemas';
import { checkbox, choices } from './blocks';
import { associationName, letterhead, title } from './letterhead';
import { bottomLimit, COLOR, contentBox, hRule, text, textHeight } from './layout';
import { continuationPage, renderRecords } from './pages';
import { finish, newDocument, type Doc } from './pdf-document';
import type { AssociationIdentity } from './types';

export interface SurveyFormQuestion {
  kind: QuestionKind;
  label: string;
  required: boolean;
  options: string[];
}

export interface SurveyFormDocument {
  title: string;
  /** « Questionnaire destiné aux participants — Forum santé de Vitré — 2026 ». */
  subtitle: string;
  introduction: string | null;
  questions: SurveyFormQuestion[];
}

const LABEL_STYLE = { font: 'bold' as const, size: 10.5 };
const CHOICE_STEP = 16;
const WRITING_LINES = 4;
const WRITING_STEP = 20;

/** Height of what is drawn under the label of a question. */
function answerHeight(q: SurveyFormQuestion): number {
  switch (q.kind) {
    case 'echelle':
      return 30;
    case 'oui_non':
      return 16;
    case 'choix':
      return q.options.length * CHOICE_STEP + 10;
    case 'texte':
      return WRITING_LINES * WRITING_STEP + 4;
  }
}

function labelOf(q: SurveyFormQuestion, n: number): string {
  return `${n}. ${q.label}${q.required ? ' *' : ''}`;
}

function drawAnswerArea(doc: Doc, q: SurveyFormQuestion, x: number, y: number, width: number): number {
  switch (q.kind) {
    case 'echelle': {
      const step = 42;
      text(doc, 'Pas du tout', x, y + 2, 60, { size: 8, color: COLOR.muted });
      const start = x + 64;
      for (let v = 1; v <= 5; v++) {
        const bx = start + (v - 1) * step;
        checkbox(doc, bx, y + 2, false, 10);
        text(doc, String(v), bx + 14, y + 2, 20, { size: 10 });
      }
      text(doc, 'Tout à fait', start + 5 * step, y + 2, 80, { size: 8, color: COLOR.muted });
      text(doc, 'Cochez une seule case.', x, y + 17, width, { size: 7.5, color: COLOR.muted });
      return y + 30;
    }
    case 'oui_non':
      return choices(
        doc,
        [
          { label: 'Oui', checked: false },
          { label: 'Non', checked: false },
        ],
        x,
        y,
        width,
      );
    case 'choix': {
      let cy = y;
      for (const option of q.options) {
        checkbox(doc, x, cy + 1, false, 9);
        text(doc, option, x + 15, cy, width - 15, { size: 9.5 });
        cy += CHOICE_STEP;
      }
      text(doc, 'Une seule réponse.', x, cy - 2, width, { size: 7.5, color: COLOR.muted });
      return cy + 10;
    }
    case 'texte': {
      let cy = y;
      for (let i = 0; i < WRITING_LINES; i++) {
        cy += WRITING_STEP;
        hRule(doc, x, cy, width, COLOR.rule, 0.6);
      }
      return cy + 4;
    }
  }
}

function drawForm(doc: Doc, association: AssociationIdentity, form: SurveyFormDocument): void {
  doc.addPage();
  const { x, width } = contentBox(doc);
  let y = letterhead(doc, association, { aside: ['Questionnaire', 'Réponses anonymes'] });
  y = title(doc, form.title, y + 2, form.subtitle);
  if (form.introduction) y = text(doc, form.introduction, x, y, width, { size: 10, lineGap: 2 }) + 8;
  if (form.questions.some((q) => q.required))
    y =
      text(doc, 'Les questions marquées d’un astérisque (*) appellent une réponse.', x, y, width, {
        size: 8.5,
        color: COLOR.muted,
      }) + 10;
  const newPage = () => continuationPage(doc, form.title);
  form.questions.forEach((q, i) => {
    const label = labelOf(q, i + 1);
    const needed = textHeight(doc, label, width, LABEL_STYLE) + 6 + answerHeight(q);
    // A question and its boxes stay on the same page.
    if (y + needed > bottomLimit(doc)) y = newPage();
    y = text(doc, label, x, y, width, LABEL_STYLE) + 6;
    y = drawAnswerArea(doc, q, x + 10, y, width - 10) + 12;
  });
  if (y + 30 > bottomLimit(doc)) y = newPage();
  text(
    doc,
    `Merci pour vos réponses. À remettre à l’association ${associationName(association)}.`,
    x,
    y + 4,
    width,
    {
      size: 9.5,
      color: COLOR.accent,
      align: 'center',
    },
  );
}

export function renderSurveyForm(association: AssociationIdentity, form: SurveyFormDocument): Buffer {
  const doc = newDocument({ title: form.title, author: associationName(association), bufferPages: true });
  renderRecords(
    doc,
    [form],
    (f) => drawForm(doc, association, f),
    (f) => f.title,
  );
  return finish(doc);
}
