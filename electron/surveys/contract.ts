/** Channels of questionnaires (« Retours et satisfaction »). */
import { z } from 'zod';
import { id } from '../../shared/fields';
import type { FileRef } from '../../shared/files';
import {
  questionInput,
  responseInput,
  surveyImportInput,
  surveyInput,
  surveyListQuery,
  surveyStatuses,
} from '../../shared/surveys/schemas';
import type {
  Survey,
  SurveyImportAnalysis,
  SurveyImportResult,
  SurveyList,
  SurveyResponseList,
  SurveyResults,
  SurveysTodo,
} from '../../shared/surveys/types';
import { byId, channel, none } from '../ipc/define';

const ofQuestion = z.object({ surveyId: id, questionId: id });

export const surveysContract = {
  'surveys:list': channel<SurveyList>()(surveyListQuery.strict()),
  'surveys:get': channel<Survey>()(byId),
  'surveys:create': channel<Survey>()(surveyInput),
  'surveys:update': channel<Survey>()(z.object({ id, data: surveyInput }).strict()),
  'surveys:delete': channel<{ deleted: true }>()(byId),
  'surveys:duplicate': channel<Survey>()(byId),
  'surveys:setStatus': channel<Survey>()(z.object({ id, status: z.enum(surveyStatuses) }).strict()),
  'surveys:addQuestion': channel<Survey>()(z.object({ surveyId: id, data: questionInput }).strict()),
  'surveys:updateQuestion': channel<Survey>()(ofQuestion.extend({ data: questionInput }).strict()),
  'surveys:deleteQuestion': channel<Survey>()(ofQuestion.strict()),
  'surveys:moveQuestion': channel<Survey>()(
    ofQuestion.extend({ direction: z.enum(['up', 'down']) }).strict(),
  ),
  'surveys:addResponse': channel<{ id: number }>()(responseInput.strict()),
  'surveys:responses': channel<SurveyResponseList>()(
    z
      .object({
        surveyId: id,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
  'surveys:deleteResponse': channel<{ deleted: true }>()(byId),
  'surveys:eraseFreeTexts': channel<{ erased: number }>()(byId),
  'surveys:results': channel<SurveyResults>()(byId),
  'surveys:analyzeImport': channel<SurveyImportAnalysis>()(surveyImportInput.strict()),
  'surveys:runImport': channel<SurveyImportResult>()(surveyImportInput.strict()),
  'surveys:formPdf': channel<FileRef>()(byId),
  'surveys:answerSheet': channel<FileRef>()(byId),
  'surveys:todo': channel<SurveysTodo>()(none),
  'surveys:attachmentChoices': channel<{ id: number; label: string }[]>()(
    z.object({ kind: z.enum(['action', 'instance']), search: z.string().max(200).default('') }).strict(),
  ),
} as const;
