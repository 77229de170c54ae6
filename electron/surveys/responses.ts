/**
 * Responses: entered one by one from a paper form, listed, deleted; the results computed from
 * grouped counts; the free texts (personal data) erasable on their own.
 */
import { logAction } from '../../db/audit';
import * as responsesRepo from '../../db/surveys/responses';
import { surveysToAnalyse } from '../../db/surveys/surveys-todo';
import { checkAnswers } from '../../shared/surveys/answers';
import { questionResult } from '../../shared/surveys/results';
import { receptionDateLabel, type ResponseData } from '../../shared/surveys/schemas';
import type { SurveyResponseList, SurveyResults, SurveysTodo } from '../../shared/surveys/types';
import { answeringError } from '../../shared/surveys/workflow';
import { futureDateError } from '../../shared/rules/dates';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { surveyOrThrow } from './surveys';

/** Free texts shown per question on the results page; the rest stays counted. */
export const TEXTS_SHOWN = 100;

export async function addResponse(ctx: ServiceContext, data: ResponseData): Promise<{ id: number }> {
  const at = isoNow(ctx);
  const future = futureDateError(data.receivedOn, todayIso(ctx), receptionDateLabel);
  if (future !== null) throw new AppError('VALIDATION', future, { receivedOn: future });
  const id = await ctx.db.transaction().execute(async (trx) => {
    const survey = await surveyOrThrow(trx, data.surveyId);
    const refusal = answeringError(survey.status);
    if (refusal !== null) throw new AppError('FORBIDDEN_STATE', refusal);
    const { values, errors } = checkAnswers(survey.questions, data.answers);
    const fieldErrors = Object.fromEntries(Object.entries(errors).map(([q, m]) => [`answers.${q}`, m]));
    if (Object.keys(errors).length > 0)
      throw new AppError(
        'VALIDATION',
        'Certaines réponses sont à corriger : rien n’a été enregistré.',
        fieldErrors,
      );
    if (values.size === 0)
      throw new AppError('VALIDATION', 'Le formulaire est vide : répondez à au moins une question.');
    const newId = await responsesRepo.insertResponse(
      trx,
      { surveyId: survey.id, receivedOn: data.receivedOn, source: 'saisie', importFile: null, values },
      at,
    );
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'réponse saisie',
      entity: 'survey',
      entityId: survey.id,
      details: { réponse: newId },
    });
    return newId;
  });
  return { id };
}

export async function listResponses(
  ctx: ServiceContext,
  surveyId: number,
  offset: number,
  limit: number,
): Promise<SurveyResponseList> {
  const survey = await surveyOrThrow(ctx.db, surveyId);
  return {
    rows: await responsesRepo.listResponses(ctx.db, surveyId, offset, limit),
    total: survey.responseCount,
    offset,
  };
}

export async function deleteResponse(ctx: ServiceContext, responseId: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const surveyId = await responsesRepo.responseSurveyId(trx, responseId);
    if (surveyId === null) throw notFound('Réponse');
    await responsesRepo.deleteResponse(trx, responseId);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'réponse supprimée',
      entity: 'survey',
      entityId: surveyId,
      details: { réponse: responseId },
    });
  });
  return { deleted: true };
}

/** Erases the free-text answers of a questionnaire: the scales and choices stay counted. */
export async function eraseFreeTexts(ctx: ServiceContext, surveyId: number): Promise<{ erased: number }> {
  const at = isoNow(ctx);
  const erased = await ctx.db.transaction().execute(async (trx) => {
    await surveyOrThrow(trx, surveyId);
    const n = await responsesRepo.eraseTexts(trx, surveyId);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'textes libres effacés',
      entity: 'survey',
      entityId: surveyId,
      details: { réponses: n },
    });
    return n;
  });
  return { erased };
}

export async function surveyResults(ctx: ServiceContext, surveyId: number): Promise<SurveyResults> {
  const survey = await surveyOrThrow(ctx.db, surveyId);
  const counts = new Map<number, Map<number, number>>();
  for (const c of await responsesRepo.valueCounts(ctx.db, surveyId)) {
    const perValue = counts.get(c.questionId) ?? new Map<number, number>();
    perValue.set(c.value, c.count);
    counts.set(c.questionId, perValue);
  }
  const textTotals = await responsesRepo.textCounts(ctx.db, surveyId);
  const questions = [];
  for (const q of survey.questions) {
    const texts = q.kind === 'texte' ? await responsesRepo.latestTexts(ctx.db, q.id, TEXTS_SHOWN) : [];
    questions.push(questionResult(q, counts.get(q.id) ?? new Map(), texts, textTotals.get(q.id) ?? 0));
  }
  return { survey, responseCount: survey.responseCount, questions };
}

/** Lines of « À faire » shown at most; the count covers them all. */
export const TODO_LINES = 50;

export function surveysTodo(ctx: ServiceContext): Promise<SurveysTodo> {
  return surveysToAnalyse(ctx.db, TODO_LINES);
}
