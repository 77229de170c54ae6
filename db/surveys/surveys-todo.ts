/**
 * « Questionnaires à analyser » of « À faire »: diffused, answered, not yet analysed. The count
 * covers them all; the lines stop at `limit`.
 */
import type { SurveysTodo } from '../../shared/surveys/types';
import type { Executor } from '../audit';
import { attachmentLabel } from './surveys';

export async function surveysToAnalyse(db: Executor, limit: number): Promise<SurveysTodo> {
  const pending = db
    .selectFrom('survey as s')
    .where('s.status', '=', 'diffuse')
    .where((eb) =>
      eb.exists(eb.selectFrom('survey_response as r').select('r.id').whereRef('r.survey_id', '=', 's.id')),
    );
  const count = await pending.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await pending
    .leftJoin('action as a', 'a.id', 's.action_id')
    .leftJoin('instance as i', 'i.id', 's.instance_id')
    .select([
      's.id',
      's.title',
      's.attached_to',
      's.year',
      'a.title as action_title',
      'i.name as instance_name',
    ])
    // Per questionnaire, through (survey_id, received_on): nothing reads the other questionnaires' responses.
    .select((eb) => [
      eb
        .selectFrom('survey_response as r')
        .whereRef('r.survey_id', '=', 's.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('n'),
      eb
        .selectFrom('survey_response as r')
        .whereRef('r.survey_id', '=', 's.id')
        .select((e) => e.fn.max('r.received_on').as('m'))
        .as('last'),
    ])
    // The oldest answers first: they have waited longest for their analysis.
    .orderBy('last', 'asc')
    .orderBy('s.id', 'asc')
    .limit(limit)
    .execute();
  return {
    total: Number(count?.n ?? 0),
    lines: rows.map((r) => ({
      surveyId: r.id,
      title: r.title,
      attachmentLabel: attachmentLabel(r),
      responseCount: Number(r.n),
      lastReceivedOn: String(r.last),
    })),
  };
}
