/** Fixtures of the comptes rendus tests: a CDU, its meetings with attendance, and a session of an action. */
import { attendanceSaveInput, meetingInput, type AttendanceRowInput } from '../../../shared/meetings/schemas';
import { reportInput, type ReportInput } from '../../../shared/reports/schemas';
import { createMeeting } from '../../../electron/meetings/meetings';
import { saveAttendance } from '../../../electron/meetings/attendance';
import { saveReport } from '../../../electron/reports/reports';
import type { ServiceContext } from '../../../electron/service-context';
import { givenCdu } from '../meetings/fixtures';

export async function meetingWith(
  ctx: ServiceContext,
  instanceId: number,
  date: string,
  rows: AttendanceRowInput[],
): Promise<number> {
  const m = await createMeeting(
    ctx,
    meetingInput.parse({ instanceId, date, startTime: '14:00', endTime: '16:00', mode: 'sur_place' }),
  );
  if (rows.length > 0) await saveAttendance(ctx, attendanceSaveInput.parse({ meetingId: m.id, rows }));
  return m.id;
}

/** A CDU whose meeting of 2026-10-01 had Alice present, Bruno absent and Chloé à distance. */
export async function givenReportsWorld(ctx: ServiceContext) {
  const f = await givenCdu(ctx);
  const october = await meetingWith(ctx, f.instanceId, '2026-10-01', [
    { representativeId: f.alice, status: 'present' },
    { representativeId: f.bruno, status: 'absent' },
    { representativeId: f.chloe, status: 'distance' },
  ]);
  return { ...f, october };
}

/** A session of an action (a meeting row with action_id), written directly: the sessions service lives elsewhere. */
export async function givenSession(
  ctx: ServiceContext,
  date: string,
  presentIds: number[],
  title = 'Forum santé du quartier',
): Promise<number> {
  const at = '2026-01-01T00:00:00.000Z';
  const action = await ctx.db
    .insertInto('action')
    .values({
      kind: 'action',
      title,
      carrier: 'association',
      search_text: title.toLowerCase(),
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const meeting = await ctx.db
    .insertInto('meeting')
    .values({
      action_id: action.id,
      date,
      start_time: '09:00',
      end_time: '12:00',
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const id of presentIds)
    await ctx.db
      .insertInto('attendance')
      .values({
        meeting_id: meeting.id,
        representative_id: id,
        status: 'present',
        non_mandated: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  return meeting.id;
}

export const report = (input: ReportInput) => reportInput.parse(input);

export const writeReport = (ctx: ServiceContext, input: ReportInput) => saveReport(ctx, report(input));
