/**
 * Questionnaires: their record, their status and their questions. Every change is one
 * transaction with its audit line; the rules of what may change live in shared/surveys/workflow.
 */
import { logAction, type Executor } from '../../db/audit';
import * as repo from '../../db/surveys/surveys';
import type { QuestionData, SurveyData, SurveyListQuery, SurveyStatus } from '../../shared/surveys/schemas';
import { surveyListQuery } from '../../shared/surveys/schemas';
import type { Survey, SurveyList } from '../../shared/surveys/types';
import { questionsFrozenReason, statusChangeError } from '../../shared/surveys/workflow';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';

export async function surveyOrThrow(db: Executor, id: number): Promise<Survey> {
  const survey = await repo.getSurvey(db, id);
  if (!survey) throw notFound('Questionnaire');
  return survey;
}

export const getSurvey = (ctx: ServiceContext, id: number): Promise<Survey> => surveyOrThrow(ctx.db, id);

export async function listSurveys(ctx: ServiceContext, query: SurveyListQuery): Promise<SurveyList> {
  const filter = surveyListQuery.parse(query);
  const { rows, total } = await repo.listSurveys(ctx.db, filter);
  return { rows, total, offset: filter.offset, years: await repo.surveyYears(ctx.db) };
}

async function checkAttachment(db: Executor, data: SurveyData): Promise<void> {
  if (data.actionId !== null && !(await repo.actionExists(db, data.actionId)))
    throw new AppError('VALIDATION', 'Cette action n’existe pas.', { actionId: 'Action inconnue' });
  if (data.instanceId !== null && !(await repo.instanceExists(db, data.instanceId)))
    throw new AppError('VALIDATION', 'Cette instance n’existe pas.', { instanceId: 'Instance inconnue' });
}

export async function createSurvey(ctx: ServiceContext, data: SurveyData): Promise<Survey> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkAttachment(trx, data);
    const newId = await repo.insertSurvey(trx, data, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'survey', entityId: newId });
    return newId;
  });
  return surveyOrThrow(ctx.db, id);
}

export async function updateSurvey(ctx: ServiceContext, id: number, data: SurveyData): Promise<Survey> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await surveyOrThrow(trx, id);
    await checkAttachment(trx, data);
    await repo.updateSurvey(trx, id, data, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'survey', entityId: id });
  });
  return surveyOrThrow(ctx.db, id);
}

export async function deleteSurvey(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const survey = await surveyOrThrow(trx, id);
    await repo.deleteSurvey(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimé',
      entity: 'survey',
      entityId: id,
      details: { titre: survey.title, réponses: survey.responseCount },
    });
  });
  return { deleted: true };
}

const facts = (s: Survey) => ({
  status: s.status,
  questionCount: s.questions.length,
  responseCount: s.responseCount,
});

export async function setSurveyStatus(
  ctx: ServiceContext,
  id: number,
  status: SurveyStatus,
): Promise<Survey> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const survey = await surveyOrThrow(trx, id);
    const refusal = statusChangeError(facts(survey), status);
    if (refusal !== null) throw new AppError('FORBIDDEN_STATE', refusal);
    if (survey.status === status) return;
    await repo.setSurveyStatus(trx, id, status, status === 'analyse' ? todayIso(ctx) : null, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'statut',
      entity: 'survey',
      entityId: id,
      details: { de: survey.status, à: status },
    });
  });
  return surveyOrThrow(ctx.db, id);
}

/** A new draft with the same questions: how to ask other questions once answers exist. */
export async function duplicateSurvey(ctx: ServiceContext, id: number): Promise<Survey> {
  const at = isoNow(ctx);
  const newId = await ctx.db.transaction().execute(async (trx) => {
    const survey = await surveyOrThrow(trx, id);
    const copy = await repo.insertSurvey(
      trx,
      {
        title: `${survey.title} (copie)`.slice(0, 200),
        audience: survey.audience,
        attachedTo: survey.attachedTo,
        actionId: survey.actionId,
        instanceId: survey.instanceId,
        year: survey.year,
        introduction: survey.introduction,
      },
      at,
    );
    for (const q of survey.questions) await repo.insertQuestion(trx, copy, q);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'créé',
      entity: 'survey',
      entityId: copy,
      details: { copie_de: id },
    });
    return copy;
  });
  return surveyOrThrow(ctx.db, newId);
}

async function editableSurvey(db: Executor, surveyId: number): Promise<Survey> {
  const survey = await surveyOrThrow(db, surveyId);
  const frozen = questionsFrozenReason(facts(survey));
  if (frozen !== null) throw new AppError('FORBIDDEN_STATE', frozen);
  return survey;
}

async function questionChange(
  ctx: ServiceContext,
  surveyId: number,
  change: (trx: Executor, survey: Survey) => Promise<void>,
): Promise<Survey> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const survey = await editableSurvey(trx, surveyId);
    await change(trx, survey);
    await repo.touchSurvey(trx, surveyId, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'questions', entity: 'survey', entityId: surveyId });
  });
  return surveyOrThrow(ctx.db, surveyId);
}

const questionOf = (survey: Survey, questionId: number) => {
  const question = survey.questions.find((q) => q.id === questionId);
  if (!question) throw notFound('Question');
  return question;
};

export function addQuestion(ctx: ServiceContext, surveyId: number, data: QuestionData): Promise<Survey> {
  return questionChange(ctx, surveyId, async (trx, survey) => {
    if (survey.questions.length >= 60)
      throw new AppError(
        'VALIDATION',
        '60 questions au plus : un questionnaire court obtient plus de réponses.',
      );
    await repo.insertQuestion(trx, surveyId, data);
  });
}

export function updateQuestion(
  ctx: ServiceContext,
  surveyId: number,
  questionId: number,
  data: QuestionData,
): Promise<Survey> {
  return questionChange(ctx, surveyId, async (trx, survey) => {
    questionOf(survey, questionId);
    await repo.updateQuestion(trx, questionId, data);
  });
}

export function deleteQuestion(ctx: ServiceContext, surveyId: number, questionId: number): Promise<Survey> {
  return questionChange(ctx, surveyId, async (trx, survey) => {
    questionOf(survey, questionId);
    await repo.deleteQuestion(trx, questionId);
  });
}

/** Moves a question one place up or down; positions are rewritten 1…n so they stay dense. */
export function moveQuestion(
  ctx: ServiceContext,
  surveyId: number,
  questionId: number,
  direction: 'up' | 'down',
): Promise<Survey> {
  return questionChange(ctx, surveyId, async (trx, survey) => {
    const order = survey.questions.map((q) => q.id);
    const from = order.indexOf(questionOf(survey, questionId).id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to] as number, order[from] as number];
    for (const [i, qid] of order.entries()) await repo.setQuestionPosition(trx, qid, i + 1);
  });
}

/** Choices offered by the form's « Action » or « Instance » field, 50 at most. */
export function attachmentChoices(
  ctx: ServiceContext,
  kind: 'action' | 'instance',
  search: string,
): Promise<{ id: number; label: string }[]> {
  return repo.attachmentChoices(ctx.db, kind, search, 50);
}
