/**
 * The comptes rendus' part of « À faire », each asked once over the whole base: a count, and the
 * first `limit` lines (bounded, whatever the number of meetings and people).
 */
import { sql } from 'kysely';
import { addDays } from '../../shared/rules/dates';
import { personName } from '../../shared/rules/person-name';
import { expectedReportMeetings, followUpsDueUntil } from '../../shared/reports/report-rules';
import type { ExpectedReportLine, FollowUpLine } from '../../shared/reports/types';
import type { Executor } from '../audit';
import { dueFollowUps } from './report-lists';
import { toFollowUpLine } from './report-rows';
import { meetingColumns, meetingNamed, PRESENT_STATUSES } from './report-meetings';

/** Who sat in which meeting of the period: the present, and the suppléant who sat for a titulaire. */
function presences(db: Executor, from: string, to: string) {
  return db
    .selectFrom('attendance as a')
    .innerJoin('meeting as pm', 'pm.id', 'a.meeting_id')
    .select([
      'a.meeting_id',
      sql<number>`case when a.status = 'remplace' then a.replaced_by_id else a.representative_id end`.as(
        'person_id',
      ),
    ])
    .where('pm.date', '>=', from)
    .where('pm.date', '<=', to)
    .where('pm.cancelled_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('a.status', 'in', [...PRESENT_STATUSES]),
        eb.and([eb('a.status', '=', 'remplace'), eb('a.replaced_by_id', 'is not', null)]),
      ]),
    );
}

/**
 * People present at a meeting or session held `dueDays` ago or more (within the last twelve
 * months) who have not reported back: the oldest first.
 */
export async function expectedReports(
  db: Executor,
  today: string,
  dueDays: number,
  limit: number,
): Promise<{ total: number; lines: ExpectedReportLine[] }> {
  const { from, to } = expectedReportMeetings(today, dueDays);
  const base = () =>
    meetingNamed(db)
      .innerJoin(presences(db, from, to).as('p'), 'p.meeting_id', 'm.id')
      .innerJoin('representative as r', 'r.id', 'p.person_id')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('mandate_report as mr')
              .select('mr.id')
              .whereRef('mr.meeting_id', '=', 'm.id')
              .whereRef('mr.representative_id', '=', 'r.id'),
          ),
        ),
      );
  const total = await base()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base()
    .select((eb) => [...meetingColumns(eb), 'r.id as person_id', 'r.first_name', 'r.last_name'])
    .orderBy('m.date')
    .orderBy('m.id')
    .orderBy('r.last_name')
    .orderBy('r.first_name')
    .limit(limit)
    .execute();
  return {
    total: Number(total.n),
    lines: rows.map((r) => ({
      meetingId: r.meeting_id,
      meetingDate: r.meeting_date,
      meetingLabel: r.meeting_label ?? 'Réunion',
      representativeId: r.person_id,
      personName: personName(r.first_name, r.last_name),
      expectedSince: addDays(r.meeting_date, dueDays),
    })),
  };
}

/** Open follow-ups due within the window of « À faire », or late. */
export async function followUpsToDo(
  db: Executor,
  today: string,
  windowDays: number,
  limit: number,
): Promise<{ total: number; lines: FollowUpLine[] }> {
  const { total, rows } = await dueFollowUps(db, followUpsDueUntil(today, windowDays), today, limit);
  return { total, lines: rows.map((r) => toFollowUpLine(r, today, windowDays)) };
}
