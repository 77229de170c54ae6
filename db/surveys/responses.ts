/** Responses to a questionnaire (anonymous) and their answers; the counts behind the results. */
import type { ResponseSource } from '../../shared/surveys/schemas';
import type { SurveyResponseRow, ValueCount } from '../../shared/surveys/types';
import type { Executor } from '../audit';

export interface NewResponse {
  surveyId: number;
  receivedOn: string;
  source: ResponseSource;
  importFile: string | null;
  /** Question id → whole value or text; blank answers are not in it. */
  values: ReadonlyMap<number, number | string>;
}

export async function insertResponse(db: Executor, response: NewResponse, at: string): Promise<number> {
  const row = await db
    .insertInto('survey_response')
    .values({
      survey_id: response.surveyId,
      received_on: response.receivedOn,
      source: response.source,
      import_file: response.importFile,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const answers = [...response.values].map(([questionId, value]) => ({
    response_id: row.id,
    question_id: questionId,
    value_int: typeof value === 'number' ? value : null,
    value_text: typeof value === 'string' ? value : null,
  }));
  // At most one row per question of the questionnaire (60): one statement.
  if (answers.length > 0) await db.insertInto('survey_answer').values(answers).execute();
  return row.id;
}

export async function listResponses(
  db: Executor,
  surveyId: number,
  offset: number,
  limit: number,
): Promise<SurveyResponseRow[]> {
  const rows = await db
    .selectFrom('survey_response as r')
    .select(['r.id', 'r.received_on', 'r.source', 'r.import_file'])
    .select((eb) =>
      eb
        .selectFrom('survey_answer as a')
        .whereRef('a.response_id', '=', 'r.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('answer_count'),
    )
    .where('r.survey_id', '=', surveyId)
    .orderBy('r.received_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    receivedOn: r.received_on,
    source: r.source,
    importFile: r.import_file,
    answerCount: Number(r.answer_count ?? 0),
  }));
}

export async function responseSurveyId(db: Executor, responseId: number): Promise<number | null> {
  const row = await db
    .selectFrom('survey_response')
    .select('survey_id')
    .where('id', '=', responseId)
    .executeTakeFirst();
  return row?.survey_id ?? null;
}

export async function deleteResponse(db: Executor, responseId: number): Promise<void> {
  await db.deleteFrom('survey_response').where('id', '=', responseId).execute();
}

/** How many answers gave each whole value, per question: one grouped query whatever the number of responses. */
export async function valueCounts(db: Executor, surveyId: number): Promise<ValueCount[]> {
  const rows = await db
    .selectFrom('survey_answer as a')
    .innerJoin('survey_question as q', 'q.id', 'a.question_id')
    .select(['a.question_id', 'a.value_int'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('q.survey_id', '=', surveyId)
    .where('a.value_int', 'is not', null)
    .groupBy(['a.question_id', 'a.value_int'])
    .execute();
  return rows.map((r) => ({ questionId: r.question_id, value: Number(r.value_int), count: Number(r.n) }));
}

export async function textCounts(db: Executor, surveyId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('survey_answer as a')
    .innerJoin('survey_question as q', 'q.id', 'a.question_id')
    .select('a.question_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('q.survey_id', '=', surveyId)
    .where('a.value_text', 'is not', null)
    .groupBy('a.question_id')
    .execute();
  return new Map(rows.map((r) => [r.question_id, Number(r.n)]));
}

/** The latest free-text answers to one question, bounded. */
export async function latestTexts(
  db: Executor,
  questionId: number,
  limit: number,
): Promise<{ responseId: number; text: string }[]> {
  const rows = await db
    .selectFrom('survey_answer as a')
    .innerJoin('survey_response as r', 'r.id', 'a.response_id')
    .select(['a.response_id', 'a.value_text'])
    .where('a.question_id', '=', questionId)
    .where('a.value_text', 'is not', null)
    .orderBy('r.received_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ responseId: r.response_id, text: r.value_text ?? '' }));
}

/** Erases every free-text answer of a questionnaire (personal data), keeping the other answers. */
export async function eraseTexts(db: Executor, surveyId: number): Promise<number> {
  const result = await db
    .deleteFrom('survey_answer')
    .where('value_text', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('survey_question as q')
          .select('q.id')
          .whereRef('q.id', '=', 'survey_answer.question_id')
          .where('q.survey_id', '=', surveyId),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
