import * as surveys from './surveys';
import * as responses from './responses';
import { analyzeImport, runImport } from './survey-import';
import { surveyAnswerSheet, surveyFormPdf } from './survey-files';
import type { DomainHandlers } from '../ipc/handler-types';
import type { surveysContract } from './contract';

export const surveysHandlers: DomainHandlers<typeof surveysContract> = {
  'surveys:list': (ctx, input) => surveys.listSurveys(ctx, input),
  'surveys:get': (ctx, input) => surveys.getSurvey(ctx, input.id),
  'surveys:create': (ctx, input) => surveys.createSurvey(ctx, input),
  'surveys:update': (ctx, input) => surveys.updateSurvey(ctx, input.id, input.data),
  'surveys:delete': (ctx, input) => surveys.deleteSurvey(ctx, input.id),
  'surveys:duplicate': (ctx, input) => surveys.duplicateSurvey(ctx, input.id),
  'surveys:setStatus': (ctx, input) => surveys.setSurveyStatus(ctx, input.id, input.status),
  'surveys:addQuestion': (ctx, input) => surveys.addQuestion(ctx, input.surveyId, input.data),
  'surveys:updateQuestion': (ctx, input) =>
    surveys.updateQuestion(ctx, input.surveyId, input.questionId, input.data),
  'surveys:deleteQuestion': (ctx, input) => surveys.deleteQuestion(ctx, input.surveyId, input.questionId),
  'surveys:moveQuestion': (ctx, input) =>
    surveys.moveQuestion(ctx, input.surveyId, input.questionId, input.direction),
  'surveys:addResponse': (ctx, input) => responses.addResponse(ctx, input),
  'surveys:responses': (ctx, input) =>
    responses.listResponses(ctx, input.surveyId, input.offset, input.limit),
  'surveys:deleteResponse': (ctx, input) => responses.deleteResponse(ctx, input.id),
  'surveys:eraseFreeTexts': (ctx, input) => responses.eraseFreeTexts(ctx, input.id),
  'surveys:results': (ctx, input) => responses.surveyResults(ctx, input.id),
  'surveys:analyzeImport': (ctx, input) => analyzeImport(ctx, input),
  'surveys:runImport': (ctx, input) => runImport(ctx, input),
  'surveys:formPdf': (ctx, input) => surveyFormPdf(ctx, input.id),
  'surveys:answerSheet': (ctx, input) => surveyAnswerSheet(ctx, input.id),
  'surveys:todo': (ctx) => responses.surveysTodo(ctx),
  'surveys:attachmentChoices': (ctx, input) => surveys.attachmentChoices(ctx, input.kind, input.search),
};
