/**
 * Answers imported from an online form tool's export (CSV or XLSX, first row = the questions).
 * The columns are matched to the questions by their labels, the user may correct the match,
 * every line is checked first, and the import writes all its lines in one transaction or none.
 */
import { logAction } from '../../db/audit';
import { insertResponse } from '../../db/surveys/responses';
import { readAnswerText } from '../../shared/surveys/answers';
import { mappingError, matchColumns, type ColumnMatch } from '../../shared/surveys/column-mapping';
import type { SurveyImportInput } from '../../shared/surveys/schemas';
import { surveyImportInput } from '../../shared/surveys/schemas';
import type {
  Survey,
  SurveyImportAnalysis,
  SurveyImportIssue,
  SurveyImportResult,
} from '../../shared/surveys/types';
import { answeringError } from '../../shared/surveys/workflow';
import { plural } from '../../shared/rules/plural';
import { parseTable, type ParsedTable } from '../exchange/parse-table';
import { AppError } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { surveyOrThrow } from './surveys';

/** Problems listed to the user at most; the count says how many more there are. */
const MAX_ISSUES = 200;

interface Checked {
  analysis: SurveyImportAnalysis;
  /** One map of question id → value per line without problem. */
  responses: Map<number, number | string>[];
}

function checkRows(survey: Survey, table: ParsedTable, mapping: ColumnMatch[], fileName: string): Checked {
  const issues: SurveyImportIssue[] = [];
  let issueCount = 0;
  const issue = (line: number, message: string) => {
    issueCount += 1;
    if (issues.length < MAX_ISSUES) issues.push({ line, message });
  };
  const column = new Map(mapping.map((m) => [m.questionId, m.column]));
  const invalid = mappingError(mapping, table.headers.length);
  if (invalid !== null) issue(1, invalid);
  for (const q of survey.questions) {
    if (q.required && (column.get(q.id) ?? null) === null)
      issue(1, `La question obligatoire « ${q.label} » n’est reliée à aucune colonne.`);
  }
  const responses: Map<number, number | string>[] = [];
  for (const row of table.rows) {
    const values = new Map<number, number | string>();
    let rowOk = true;
    for (const q of survey.questions) {
      const index = column.get(q.id) ?? null;
      if (index === null) continue;
      const read = readAnswerText(q, row.cells[index] ?? '');
      if ('error' in read) {
        rowOk = false;
        issue(row.line, `Ligne ${row.line}, « ${q.label} » : ${read.error}.`);
      } else if (read.value !== null) values.set(q.id, read.value);
    }
    if (rowOk && values.size === 0) {
      rowOk = false;
      issue(row.line, `Ligne ${row.line} : aucune réponse aux questions reliées.`);
    }
    if (rowOk) responses.push(values);
  }
  if (issueCount > issues.length)
    issues.push({
      line: 0,
      message: `… et ${plural(issueCount - issues.length, 'autre problème', 'autres problèmes')}.`,
    });
  const used = new Set(mapping.flatMap((m) => (m.column === null ? [] : [m.column])));
  return {
    analysis: {
      fileName,
      columns: table.headers.map((header, index) => ({ index, header })),
      mapping,
      rowCount: table.rows.length,
      issues,
      ignoredColumns: table.headers.filter((h, i) => !used.has(i) && h !== ''),
    },
    responses,
  };
}

async function readFile(
  ctx: ServiceContext,
  input: SurveyImportInput,
): Promise<Checked & { survey: Survey }> {
  const data = surveyImportInput.parse(input);
  const survey = await surveyOrThrow(ctx.db, data.surveyId);
  const refusal = answeringError(survey.status);
  if (refusal !== null) throw new AppError('FORBIDDEN_STATE', refusal);
  const table = await parseTable(data.fileName, Buffer.from(data.dataBase64, 'base64'));
  const known = new Set(survey.questions.map((q) => q.id));
  if (data.mapping?.some((m) => !known.has(m.questionId)))
    throw new AppError(
      'VALIDATION',
      'La correspondance cite une question qui n’est pas dans ce questionnaire.',
    );
  const given = new Map((data.mapping ?? []).map((m) => [m.questionId, m.column]));
  const mapping =
    data.mapping === null
      ? matchColumns(table.headers, survey.questions)
      : survey.questions.map((q) => ({ questionId: q.id, column: given.get(q.id) ?? null }));
  return { ...checkRows(survey, table, mapping, data.fileName), survey };
}

export async function analyzeImport(
  ctx: ServiceContext,
  input: SurveyImportInput,
): Promise<SurveyImportAnalysis> {
  return (await readFile(ctx, input)).analysis;
}

export async function runImport(ctx: ServiceContext, input: SurveyImportInput): Promise<SurveyImportResult> {
  const { analysis, responses, survey } = await readFile(ctx, input);
  if (analysis.issues.length > 0) {
    const first = analysis.issues.slice(0, 3).map((i) => i.message);
    throw new AppError(
      'VALIDATION',
      `Rien n’a été importé : ${plural(analysis.issues.length, 'problème est à corriger', 'problèmes sont à corriger')} dans le fichier. ${first.join(' ')}`,
    );
  }
  const at = isoNow(ctx);
  const receivedOn = todayIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    for (const values of responses) {
      await insertResponse(
        trx,
        { surveyId: survey.id, receivedOn, source: 'import', importFile: analysis.fileName, values },
        at,
      );
    }
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'réponses importées',
      entity: 'survey',
      entityId: survey.id,
      details: { fichier: analysis.fileName, réponses: responses.length },
    });
  });
  return { imported: responses.length };
}
