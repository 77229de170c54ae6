import { createTestApp, type TestApp } from '../../helpers/context';
import { attendanceRowInput, meetingInput, type AttendanceRowInput } from '../../../shared/meetings/schemas';
import { createMeeting, saveMeetingsSettings } from '../../../electron/meetings/meetings';
import { saveAttendance } from '../../../electron/meetings/attendance';
import { congeCounter, congeWarnings } from '../../../electron/meetings/conge';
import { participationRecords } from '../../../electron/attestations/participation-records';
import { givenCdu } from './fixtures';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { CongeWarning } from '../../../shared/meetings/types';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

async function meeting(
  instanceId: number,
  date: string,
  startTime: string,
  endTime: string,
  rows: AttendanceRowInput[],
) {
  const m = await createMeeting(
    app.ctx,
    meetingInput.parse({ instanceId, date, startTime, endTime, mode: 'sur_place' }),
  );
  if (rows.length)
    await saveAttendance(app.ctx, { meetingId: m.id, rows: rows.map((r) => attendanceRowInput.parse(r)) });
  return m;
}

describe('relevé figures', () => {
  it('add up: convened = attended + excused + absent + not recorded, only meetings held so far', async () => {
    const f = await givenCdu(app.ctx);
    await meeting(f.instanceId, '2026-02-10', '14:00', '16:00', [
      { representativeId: f.bruno, status: 'present' },
    ]);
    await meeting(f.instanceId, '2026-03-10', '14:00', '16:00', [
      { representativeId: f.bruno, status: 'absent' },
    ]);
    await meeting(f.instanceId, '2026-04-10', '14:00', '16:00', []); // nothing recorded
    await meeting(f.instanceId, '2026-12-10', '14:00', '16:00', [
      { representativeId: f.bruno, status: 'excuse' }, // excused ahead: not held yet
    ]);
    const [record] = await participationRecords(app.ctx, [f.bruno], 2026);
    expect(record?.counts).toEqual({ convened: 3, attended: 1, excused: 0, absent: 1, notRecorded: 1 });
    expect(record?.attendanceRatePercent).toBe(50);
    const { convened, attended, excused, absent, notRecorded } = record?.counts ?? {
      convened: -1,
      attended: 0,
      excused: 0,
      absent: 0,
      notRecorded: 0,
    };
    expect(attended + excused + absent + (notRecorded ?? 0)).toBe(convened);
  });
});

describe('congé de représentation counter', () => {
  it('counts half-days per calendar day: ≤ 4 h a half-day, more a full day, two meetings the same day added', async () => {
    const f = await givenCdu(app.ctx);
    await meeting(f.instanceId, '2026-03-12', '14:00', '16:30', [
      { representativeId: f.alice, status: 'present' },
    ]);
    await meeting(f.instanceId, '2026-04-09', '09:00', '12:00', [
      { representativeId: f.alice, status: 'present' },
    ]);
    await meeting(f.instanceId, '2026-04-09', '14:00', '15:30', [
      { representativeId: f.alice, status: 'distance' },
    ]);
    await meeting(f.instanceId, '2026-05-07', '09:00', '17:00', [
      { representativeId: f.alice, status: 'excuse' },
    ]);
    const c = await congeCounter(app.ctx, f.alice, 2026);
    expect(c.employed).toBe(true);
    expect(c.days.map((d) => [d.date, d.minutes, d.halfDays])).toEqual([
      ['2026-03-12', 150, 1],
      ['2026-04-09', 270, 2],
    ]);
    expect(c.usedHalfDays).toBe(3);
    expect(c.allowedHalfDays).toBe(18);
    expect(c.totalMinutes).toBe(420);
    expect(c.indemnityCents).toBe(5880); // 7 h × 8,40 €
    expect(c.level).toBe('ok');
  });

  it('counts two overlapping meetings of the same morning once: 3 h, one half-day', async () => {
    const f = await givenCdu(app.ctx);
    await meeting(f.instanceId, '2026-03-12', '09:00', '12:00', [
      { representativeId: f.alice, status: 'present' },
    ]);
    await meeting(f.instanceId, '2026-03-12', '10:00', '12:00', [
      { representativeId: f.alice, status: 'distance' },
    ]);
    const c = await congeCounter(app.ctx, f.alice, 2026);
    expect(c.days.map((d) => [d.date, d.minutes, d.halfDays])).toEqual([['2026-03-12', 180, 1]]);
    expect(c.usedHalfDays).toBe(1);
    expect(c.totalMinutes).toBe(180);
  });

  it('does not count Sundays, public holidays, cancelled meetings or other years', async () => {
    const f = await givenCdu(app.ctx);
    await meeting(f.instanceId, '2026-11-15', '10:00', '12:00', [
      { representativeId: f.alice, status: 'present' },
    ]); // dimanche
    await meeting(f.instanceId, '2026-11-11', '10:00', '12:00', [
      { representativeId: f.alice, status: 'present' },
    ]); // 11 novembre
    await meeting(f.instanceId, '2025-11-12', '10:00', '12:00', [
      { representativeId: f.alice, status: 'present' },
    ]);
    const c = await congeCounter(app.ctx, f.alice, 2026);
    expect(c.usedHalfDays).toBe(0);
    expect(c.days.map((d) => d.halfDays)).toEqual([0, 0]);
  });

  it('counts the suppléant who sat, not the titulaire replaced', async () => {
    const f = await givenCdu(app.ctx);
    await meeting(f.instanceId, '2026-03-12', '09:00', '17:00', [
      { representativeId: f.alice, status: 'remplace', replacedById: f.chloe },
    ]);
    expect((await congeCounter(app.ctx, f.alice, 2026)).usedHalfDays).toBe(0);
    expect((await congeCounter(app.ctx, f.chloe, 2026)).usedHalfDays).toBe(2);
  });

  it('follows the settings: allowance, half-day threshold and indemnity', async () => {
    const f = await givenCdu(app.ctx);
    await saveMeetingsSettings(app.ctx, {
      congeAllowanceDays: 2,
      halfDayMaxMinutes: 120,
      hourlyIndemnityCents: 1000,
    });
    await meeting(f.instanceId, '2026-03-12', '14:00', '16:30', [
      { representativeId: f.alice, status: 'present' },
    ]);
    const c = await congeCounter(app.ctx, f.alice, 2026);
    expect(c.usedHalfDays).toBe(2);
    expect(c.allowedHalfDays).toBe(4);
    expect(c.indemnityCents).toBe(2500);
    expect(c.level).toBe('proche');
  });

  it('warns in “À faire” when close to or over the allowance, counting planned meetings', async () => {
    const f = await givenCdu(app.ctx);
    await saveMeetingsSettings(app.ctx, { congeAllowanceDays: 2 });
    for (const date of ['2026-02-10', '2026-03-10', '2026-04-14']) {
      await meeting(f.instanceId, date, '09:00', '12:00', [{ representativeId: f.alice, status: 'present' }]);
    }
    let warnings = await congeWarnings(app.ctx, '2026-11-20');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      representativeId: f.alice,
      level: 'proche',
      usedHalfDays: 3,
      link: `/representants/${f.alice}`,
    });
    expect(warnings[0]?.message).toBe(
      'Alice Martin : congé de représentation 2026 presque épuisé — 1,5 jour utilisé sur 2 jours.',
    );
    await meeting(f.instanceId, '2026-12-08', '09:00', '17:00', []);
    warnings = await congeWarnings(app.ctx, '2026-11-20');
    const alice = warnings.find((w) => w.representativeId === f.alice);
    expect(alice?.level).toBe('depasse');
    expect(alice?.message).toContain('dépassé — 1,5 jour utilisé et 1 jour prévu sur 2 jours');
    // Chloé, employed suppléante, sits only when replacing: the planned day is not counted for her.
    expect(warnings.find((w) => w.representativeId === f.chloe)).toBeUndefined();
    expect((await congeCounter(app.ctx, f.chloe, 2026)).plannedHalfDays).toBe(0);
    expect(warnings).toHaveLength(1);
    // The same lines reach the first screen, whose congé section asks for them on its own.
    const shown = await dispatch(app.ctx, 'meetings:congeWarnings', {});
    const lines = shown.ok ? (shown.value as CongeWarning[]) : [];
    expect(lines.map((w) => [w.representativeId, w.level])).toEqual(
      warnings.map((w) => [w.representativeId, w.level]),
    );
  });

  it('shows no congé and no warning level for someone not employed, on the counter and the relevé', async () => {
    const f = await givenCdu(app.ctx);
    await saveMeetingsSettings(app.ctx, { congeAllowanceDays: 1 });
    for (const date of ['2026-02-10', '2026-03-10']) {
      await meeting(f.instanceId, date, '09:00', '17:00', [{ representativeId: f.bruno, status: 'present' }]);
    }
    const c = await congeCounter(app.ctx, f.bruno, 2026);
    expect(c.employed).toBe(false);
    expect(c.level).toBe('ok');
    const [record] = await participationRecords(app.ctx, [f.bruno], 2026);
    expect(record).toMatchObject({ employed: false, congeHalfDaysUsed: 0 });
    const [alice] = await participationRecords(app.ctx, [f.alice], 2026);
    expect(alice?.employed).toBe(true);
  });

  it('feeds the relevé: convened, attended, excused, absent, rate and hours', async () => {
    const f = await givenCdu(app.ctx);
    await meeting(f.instanceId, '2026-02-10', '14:00', '16:00', [
      { representativeId: f.bruno, status: 'present' },
    ]);
    await meeting(f.instanceId, '2026-03-10', '14:00', '16:00', [
      { representativeId: f.bruno, status: 'excuse' },
    ]);
    await meeting(f.instanceId, '2026-04-10', '14:00', '16:00', [
      { representativeId: f.bruno, status: 'absent' },
    ]);
    await meeting(f.instanceId, '2026-05-12', '14:00', '16:00', [
      { representativeId: f.bruno, status: 'distance', startTime: '14:30', endTime: '16:00' },
    ]);
    await meeting(f.instanceId, '2026-12-10', '14:00', '16:00', []);
    const [record] = await participationRecords(app.ctx, [f.bruno], 2026);
    expect(record?.counts).toEqual({ convened: 4, attended: 2, excused: 1, absent: 1, notRecorded: 0 });
    expect(record?.attendanceRatePercent).toBe(50);
    expect(record?.totalMinutes).toBe(210);
    expect(record?.meetings.map((m) => m.mode)).toEqual(['sur_place', 'distance']);
    expect(record?.mandates[0]).toMatchObject({
      instance: 'CDU du CHU de Rennes',
      role: 'Titulaire',
      from: '2025-06-01',
    });
  });
});
