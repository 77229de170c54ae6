/** Questionnaires and their ordered questions. */
import type { QuestionData, SurveyData, SurveyListFilter, SurveyStatus } from '../../shared/surveys/schemas';
import { foldForSearch, searchTerms } from '../../shared/rules/text';
import type { Survey, SurveyListRow, SurveyQuestion } from '../../shared/surveys/types';
import type { Executor } from '../audit';

const escapeLike = (term: string) => term.replace(/[%_\\]/g, (c) => `\\${c}`);

function parseOptions(options: string | null): string[] {
  if (options === null) return [];
  const parsed: unknown = JSON.parse(options);
  return Array.isArray(parsed) ? parsed.filter((o): o is string => typeof o === 'string') : [];
}

export async function listQuestions(db: Executor, surveyId: number): Promise<SurveyQuestion[]> {
  const rows = await db
    .selectFrom('survey_question')
    .select(['id', 'position', 'kind', 'label', 'required', 'options'])
    .where('survey_id', '=', surveyId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    kind: r.kind,
    label: r.label,
    required: r.required === 1,
    options: parseOptions(r.options),
  }));
}

export async function responseCount(db: Executor, surveyId: number): Promise<number> {
  const row = await db
    .selectFrom('survey_response')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function getSurvey(db: Executor, id: number): Promise<Survey | null> {
  const row = await db
    .selectFrom('survey as s')
    .leftJoin('action as a', 'a.id', 's.action_id')
    .leftJoin('instance as i', 'i.id', 's.instance_id')
    .select([
      's.id',
      's.title',
      's.audience',
      's.attached_to',
      's.action_id',
      'a.title as action_title',
      's.instance_id',
      'i.name as instance_name',
      's.year',
      's.introduction',
      's.status',
      's.analysed_on',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    audience: row.audience,
    attachedTo: row.attached_to,
    actionId: row.action_id,
    actionTitle: row.action_title,
    instanceId: row.instance_id,
    instanceName: row.instance_name,
    year: row.year,
    introduction: row.introduction,
    status: row.status,
    analysedOn: row.analysed_on,
    questions: await listQuestions(db, id),
    responseCount: await responseCount(db, id),
  };
}

const surveyColumns = (data: SurveyData) => ({
  title: data.title,
  audience: data.audience,
  attached_to: data.attachedTo,
  action_id: data.actionId,
  instance_id: data.instanceId,
  year: data.year,
  introduction: data.introduction,
  search_text: foldForSearch(data.title),
});

export async function insertSurvey(db: Executor, data: SurveyData, at: string): Promise<number> {
  const row = await db
    .insertInto('survey')
    .values({ ...surveyColumns(data), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSurvey(db: Executor, id: number, data: SurveyData, at: string): Promise<void> {
  await db
    .updateTable('survey')
    .set({ ...surveyColumns(data), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setSurveyStatus(
  db: Executor,
  id: number,
  status: SurveyStatus,
  analysedOn: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('survey')
    .set({ status, analysed_on: analysedOn, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteSurvey(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('survey').where('id', '=', id).execute();
}

/** A label for the list and « À faire »: the action, the instance, or the year alone. */
export const attachmentLabel = (r: {
  attached_to: string;
  action_title: string | null;
  instance_name: string | null;
  year: number;
}): string =>
  r.attached_to === 'action' && r.action_title !== null
    ? r.action_title
    : r.attached_to === 'instance' && r.instance_name !== null
      ? r.instance_name
      : `Année ${r.year}`;

export async function listSurveys(
  db: Executor,
  filter: SurveyListFilter,
): Promise<{ rows: SurveyListRow[]; total: number }> {
  let query = db
    .selectFrom('survey as s')
    .leftJoin('action as a', 'a.id', 's.action_id')
    .leftJoin('instance as i', 'i.id', 's.instance_id');
  if (filter.audience !== null) query = query.where('s.audience', '=', filter.audience);
  if (filter.status !== null) query = query.where('s.status', '=', filter.status);
  if (filter.year !== null) query = query.where('s.year', '=', filter.year);
  for (const term of searchTerms(filter.search)) {
    const like = `%${escapeLike(term)}%`;
    query = query.where((eb) =>
      eb.or([eb('s.search_text', 'like', like), eb('a.title', 'like', like), eb('i.name', 'like', like)]),
    );
  }
  const count = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await query
    .select([
      's.id',
      's.title',
      's.audience',
      's.attached_to',
      'a.title as action_title',
      'i.name as instance_name',
      's.year',
      's.status',
    ])
    .select((eb) => [
      eb
        .selectFrom('survey_question as q')
        .whereRef('q.survey_id', '=', 's.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('question_count'),
      eb
        .selectFrom('survey_response as r')
        .whereRef('r.survey_id', '=', 's.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('response_count'),
    ])
    .orderBy('s.year', 'desc')
    .orderBy('s.search_text')
    .orderBy('s.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      audience: r.audience,
      attachmentLabel: attachmentLabel(r),
      year: r.year,
      status: r.status,
      questionCount: Number(r.question_count ?? 0),
      responseCount: Number(r.response_count ?? 0),
    })),
  };
}

export async function surveyYears(db: Executor): Promise<number[]> {
  const rows = await db.selectFrom('survey').select('year').distinct().orderBy('year', 'desc').execute();
  return rows.map((r) => r.year);
}

// ---------------------------------------------------------------- questions

const questionColumns = (data: QuestionData) => ({
  kind: data.kind,
  label: data.label,
  required: data.required ? 1 : 0,
  options: data.kind === 'choix' ? JSON.stringify(data.options) : null,
});

export async function insertQuestion(db: Executor, surveyId: number, data: QuestionData): Promise<number> {
  const max = await db
    .selectFrom('survey_question')
    .select((eb) => eb.fn.max('position').as('m'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  const row = await db
    .insertInto('survey_question')
    .values({ survey_id: surveyId, position: Number(max?.m ?? 0) + 1, ...questionColumns(data) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateQuestion(db: Executor, id: number, data: QuestionData): Promise<void> {
  await db.updateTable('survey_question').set(questionColumns(data)).where('id', '=', id).execute();
}

export async function deleteQuestion(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('survey_question').where('id', '=', id).execute();
}

export async function setQuestionPosition(db: Executor, id: number, position: number): Promise<void> {
  await db.updateTable('survey_question').set({ position }).where('id', '=', id).execute();
}

export async function questionSurveyId(db: Executor, questionId: number): Promise<number | null> {
  const row = await db
    .selectFrom('survey_question')
    .select('survey_id')
    .where('id', '=', questionId)
    .executeTakeFirst();
  return row?.survey_id ?? null;
}

export async function actionExists(db: Executor, id: number): Promise<boolean> {
  return (await db.selectFrom('action').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function instanceExists(db: Executor, id: number): Promise<boolean> {
  return (await db.selectFrom('instance').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function touchSurvey(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('survey').set({ updated_at: at }).where('id', '=', id).execute();
}

/** Actions or instances a questionnaire may be attached to, found by name: a bounded list for the form. */
export async function attachmentChoices(
  db: Executor,
  kind: 'action' | 'instance',
  search: string,
  limit: number,
): Promise<{ id: number; label: string }[]> {
  const terms = searchTerms(search);
  if (kind === 'action') {
    let query = db.selectFrom('action').select(['id', 'title as label']);
    for (const term of terms) query = query.where('search_text', 'like', `%${escapeLike(term)}%`);
    return query.orderBy('start_date', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }
  let query = db
    .selectFrom('instance as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select(['i.id', 'i.name', 'o.name as organisation']);
  for (const term of terms) {
    const like = `%${escapeLike(term)}%`;
    query = query.where((eb) => eb.or([eb('i.name', 'like', like), eb('o.name', 'like', like)]));
  }
  const rows = await query.orderBy('o.name').orderBy('i.name').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, label: `${r.name} — ${r.organisation}` }));
}
