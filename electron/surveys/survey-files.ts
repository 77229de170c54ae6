/**
 * A questionnaire sent out: as a printable form (PDF) and as a spreadsheet to fill (XLSX, one
 * column per question under its label, so the file comes back through the import as it is).
 */
import ExcelJS from 'exceljs';
import { valueLabels } from '../../shared/surveys/answers';
import type { SurveyAudience } from '../../shared/surveys/schemas';
import type { Survey, SurveyQuestion } from '../../shared/surveys/types';
import { fileNamePart } from '../../shared/rules/text';
import { associationIdentity } from '../association/identity';
import { renderSurveyForm } from '../documents/survey-form';
import { AppError } from '../errors';
import { pdfFile, producedFile, type ProducedFile } from '../files/produced-file';
import type { ServiceContext } from '../service-context';
import { surveyOrThrow } from './surveys';

const audienceWords: Record<SurveyAudience, string> = {
  representants: 'aux représentants',
  professionnels: 'aux professionnels',
  participants: 'aux participants',
};

/** « Questionnaire destiné aux participants — Forum santé — 2026 ». */
export function surveySubtitle(s: Survey): string {
  const about = s.actionTitle ?? s.instanceName;
  return [`Questionnaire destiné ${audienceWords[s.audience]}`, about, String(s.year)]
    .filter((p): p is string => p !== null)
    .join(' — ');
}

function withQuestions(survey: Survey): Survey {
  if (survey.questions.length === 0)
    throw new AppError(
      'FORBIDDEN_STATE',
      'Ce questionnaire n’a encore aucune question : ajoutez-en avant de le diffuser.',
    );
  return survey;
}

const baseName = (s: Survey) => `Questionnaire-${fileNamePart(s.title, 60)}-${s.year}`;

export async function surveyFormPdf(ctx: ServiceContext, surveyId: number): Promise<ProducedFile> {
  const survey = withQuestions(await surveyOrThrow(ctx.db, surveyId));
  const pdf = renderSurveyForm(await associationIdentity(ctx.db), {
    title: survey.title,
    subtitle: surveySubtitle(survey),
    introduction: survey.introduction,
    questions: survey.questions,
  });
  return pdfFile(`${baseName(survey)}.pdf`, pdf);
}

/** Rows of the sheet that carry the drop-down lists; more answers are typed without them. */
export const SHEET_ROWS = 300;

function hint(q: SurveyQuestion): string {
  switch (q.kind) {
    case 'echelle':
      return 'Une note de 1 (pas du tout) à 5 (tout à fait).';
    case 'oui_non':
      return 'Oui ou Non.';
    case 'choix':
      return `Une seule réponse parmi : ${q.options.join(' ; ')}.`;
    case 'texte':
      return 'Texte libre.';
  }
}

export async function surveyAnswerSheet(ctx: ServiceContext, surveyId: number): Promise<ProducedFile> {
  const survey = withQuestions(await surveyOrThrow(ctx.db, surveyId));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Porte-voix';
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet('Réponses', { views: [{ state: 'frozen', ySplit: 1 }] });
  // The lists of values live on a hidden sheet: a list written in the formula itself breaks on commas.
  const lists = workbook.addWorksheet('Listes', { state: 'hidden' });
  const guide = workbook.addWorksheet('Mode d’emploi');

  // Cell by cell: the header must be row 1 of the first sheet for the file to come back through the import.
  const header = sheet.getRow(1);
  survey.questions.forEach((q, i) => {
    sheet.getColumn(i + 1).width = q.kind === 'texte' ? 50 : Math.min(40, Math.max(14, q.label.length * 0.6));
    header.getCell(i + 1).value = q.label;
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 45;
  header.commit();

  survey.questions.forEach((q, i) => {
    const column = i + 1;
    const values = valueLabels(q).map((v) => v.label);
    if (values.length === 0) return;
    values.forEach((v, r) => {
      lists.getCell(r + 1, column).value = v;
    });
    const letter = lists.getColumn(column).letter;
    for (let row = 2; row <= SHEET_ROWS + 1; row++) {
      sheet.getCell(row, column).dataValidation = {
        type: 'list',
        allowBlank: !q.required,
        formulae: [`Listes!$${letter}$1:$${letter}$${values.length}`],
        showErrorMessage: true,
        errorTitle: 'Réponse non prévue',
        error: hint(q),
      };
    }
  });

  guide.getColumn(1).width = 100;
  const lines = [
    survey.title,
    surveySubtitle(survey),
    '',
    'Une ligne par personne qui répond, sur la feuille « Réponses ». Ne modifiez pas la première ligne :',
    'elle porte les questions et permet de réimporter ce fichier dans Porte-voix (Questionnaires › Importer des réponses).',
    'Les réponses sont anonymes : n’ajoutez ni nom ni coordonnées.',
    '',
    ...survey.questions.map(
      (q, i) => `${i + 1}. ${q.label} — ${hint(q)}${q.required ? ' (obligatoire)' : ''}`,
    ),
  ];
  lines.forEach((l, i) => {
    guide.getCell(i + 1, 1).value = l;
  });
  guide.getCell(1, 1).font = { bold: true, size: 13 };

  const buffer = await workbook.xlsx.writeBuffer();
  return producedFile(
    `${baseName(survey)}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    Buffer.from(buffer as ArrayBuffer),
  );
}
