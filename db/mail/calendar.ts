/**
 * The meetings of a calendar export: an instance's, or those a person is expected at (a mandate
 * on the instance covering the meeting's date). Bounded: from a date on, at most `limit`.
 */
import type { Executor } from '../audit';

export interface CalendarMeeting {
  id: number;
  date: string;
  startTime: string;
  endTime: string;
  mode: string;
  place: string | null;
  title: string | null;
  instanceName: string;
  organisationName: string;
  cancelled: boolean;
}

const base = (db: Executor) =>
  db
    .selectFrom('meeting as m')
    .innerJoin('instance as i', 'i.id', 'm.instance_id')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select([
      'm.id',
      'm.date',
      'm.start_time',
      'm.end_time',
      'm.mode',
      'm.place',
      'm.title',
      'm.cancelled_at',
      'i.name as instance_name',
      'o.name as organisation_name',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];
const toMeeting = (r: Row): CalendarMeeting => ({
  id: r.id,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
  mode: r.mode,
  place: r.place,
  title: r.title,
  instanceName: r.instance_name,
  organisationName: r.organisation_name,
  cancelled: r.cancelled_at !== null,
});

export async function instanceCalendar(
  db: Executor,
  instanceId: number,
  from: string,
  limit: number,
): Promise<CalendarMeeting[]> {
  const rows = await base(db)
    .where('m.instance_id', '=', instanceId)
    .where('m.date', '>=', from)
    .orderBy('m.date')
    .orderBy('m.start_time')
    .limit(limit)
    .execute();
  return rows.map(toMeeting);
}

export async function personCalendar(
  db: Executor,
  representativeId: number,
  from: string,
  limit: number,
): Promise<CalendarMeeting[]> {
  const rows = await base(db)
    .where('m.date', '>=', from)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('mandate as d')
          .select('d.id')
          .whereRef('d.instance_id', '=', 'm.instance_id')
          .where('d.representative_id', '=', representativeId)
          .whereRef('d.start_date', '<=', 'm.date')
          .where((eb) => eb.or([eb('d.end_date', 'is', null), eb('d.end_date', '>=', eb.ref('m.date'))]))
          .where((eb) => eb.or([eb('d.ended_on', 'is', null), eb('d.ended_on', '>=', eb.ref('m.date'))])),
      ),
    )
    .orderBy('m.date')
    .orderBy('m.start_time')
    .limit(limit)
    .execute();
  return rows.map(toMeeting);
}
