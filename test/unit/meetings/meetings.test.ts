import { createTestApp, type TestApp } from '../../helpers/context';
import { meetingInput, meetingSeriesInput, seriesDates } from '../../../shared/meetings/schemas';
import {
  cancelMeeting,
  createMeeting,
  createSeries,
  listMeetings,
  restoreMeeting,
  updateMeeting,
} from '../../../electron/meetings/meetings';
import { getAttendanceGrid, saveAttendance } from '../../../electron/meetings/attendance';
import { issueAttestation, listMeetingAttestations } from '../../../electron/attestations/attestations';
import { attendanceRowInput } from '../../../shared/meetings/schemas';
import { givenCdu, givenMandate } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

const base = { startTime: '14:00', endTime: '16:30', mode: 'sur_place' as const };

describe('meetings', () => {
  it('takes the instance’s usual place when an on-site meeting has none', async () => {
    const { instanceId } = await givenCdu(app.ctx);
    const m = await createMeeting(app.ctx, meetingInput.parse({ ...base, instanceId, date: '2026-11-12' }));
    expect(m.place).toBe('Salle du conseil, bâtiment A');
    expect(m.cancelled).toBe(false);
  });

  it('refuses an end before the start with a French message', () => {
    const result = meetingInput.safeParse({ ...base, instanceId: 1, date: '2026-11-12', endTime: '13:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('La fin doit être après le début');
  });

  it('creates a quarterly series in one step, sharing a series id', async () => {
    const { instanceId } = await givenCdu(app.ctx);
    const dates = seriesDates('2027-03-11', 'trimestrielle', 4);
    const created = await createSeries(
      app.ctx,
      meetingSeriesInput.parse({ ...base, instanceId, dates, title: 'Séance plénière' }),
    );
    expect(created.map((m) => m.date)).toEqual(['2027-03-11', '2027-06-11', '2027-09-11', '2027-12-11']);
    expect(new Set(created.map((m) => m.seriesId)).size).toBe(1);
    const list = await listMeetings(app.ctx, {
      search: 'pleniere',
      period: 'a_venir',
      includeCancelled: true,
      direction: 'asc',
    });
    expect(list.total).toBe(4);
  });

  it('keeps a cancelled meeting and its attestations valid unless asked to void them', async () => {
    const { instanceId, alice } = await givenCdu(app.ctx);
    const m = await createMeeting(app.ctx, meetingInput.parse({ ...base, instanceId, date: '2026-11-12' }));
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [attendanceRowInput.parse({ representativeId: alice, status: 'present' })],
    });
    await issueAttestation(app.ctx, { meetingId: m.id, representativeId: alice });
    const cancelled = await cancelMeeting(app.ctx, {
      id: m.id,
      reason: 'Quorum non atteint',
      voidAttestations: false,
    });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.cancelReason).toBe('Quorum non atteint');
    expect((await listMeetingAttestations(app.ctx, m.id))[0]?.voided).toBe(false);
    const all = await listMeetings(app.ctx, {
      search: '',
      period: 'toutes',
      includeCancelled: true,
      direction: 'asc',
    });
    expect(all.rows.find((r) => r.id === m.id)?.cancelled).toBe(true);
    await restoreMeeting(app.ctx, m.id);
    await cancelMeeting(app.ctx, { id: m.id, reason: 'Reportée', voidAttestations: true });
    const [att] = await listMeetingAttestations(app.ctx, m.id);
    expect(att?.voided).toBe(true);
    expect(att?.voidReason).toBe('Réunion annulée : Reportée');
  });

  it('voids the attestations of a moved meeting with the reason', async () => {
    const { instanceId, alice } = await givenCdu(app.ctx);
    const m = await createMeeting(app.ctx, meetingInput.parse({ ...base, instanceId, date: '2026-11-12' }));
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [attendanceRowInput.parse({ representativeId: alice, status: 'present' })],
    });
    await issueAttestation(app.ctx, { meetingId: m.id, representativeId: alice });
    const moved = await updateMeeting(
      app.ctx,
      m.id,
      meetingInput.parse({ ...base, instanceId, date: '2026-11-13' }),
    );
    expect(moved.date).toBe('2026-11-13');
    const [att] = await listMeetingAttestations(app.ctx, m.id);
    expect(att?.voidReason).toMatch(/^Réunion déplacée du 12\/11\/2026 au 13\/11\/2026/);
  });

  it('resets own hours that fall outside the meeting’s new times to the meeting’s times', async () => {
    const { instanceId, alice, bruno } = await givenCdu(app.ctx);
    const times = { ...base, instanceId, date: '2026-11-12', startTime: '14:00', endTime: '17:00' };
    const m = await createMeeting(app.ctx, meetingInput.parse(times));
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [
        attendanceRowInput.parse({
          representativeId: alice,
          status: 'present',
          startTime: '15:00',
          endTime: '17:00',
        }),
        attendanceRowInput.parse({
          representativeId: bruno,
          status: 'present',
          startTime: '14:00',
          endTime: '15:00',
        }),
      ],
    });
    await updateMeeting(
      app.ctx,
      m.id,
      meetingInput.parse({ ...times, startTime: '09:00', endTime: '11:00' }),
    );
    const grid = await getAttendanceGrid(app.ctx, m.id);
    const by = new Map(grid.lines.map((l) => [l.representativeId, l]));
    expect(by.get(alice)).toMatchObject({ startTime: null, endTime: null, minutes: 120 });
    expect(by.get(bruno)).toMatchObject({ startTime: null, endTime: null, minutes: 120 });
    // Hours still inside the new times are kept.
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [
        attendanceRowInput.parse({
          representativeId: alice,
          status: 'present',
          startTime: '09:30',
          endTime: '11:00',
        }),
      ],
    });
    await updateMeeting(
      app.ctx,
      m.id,
      meetingInput.parse({ ...times, startTime: '09:00', endTime: '12:00' }),
    );
    const after = await getAttendanceGrid(app.ctx, m.id);
    expect(after.lines.find((l) => l.representativeId === alice)).toMatchObject({
      startTime: '09:30',
      minutes: 90,
    });
  });

  it('turns “présent” into “à distance” when the meeting becomes a visioconférence, not back', async () => {
    const { instanceId, alice, bruno, chloe } = await givenCdu(app.ctx);
    const onSite = { ...base, instanceId, date: '2026-11-12' };
    const m = await createMeeting(app.ctx, meetingInput.parse(onSite));
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [
        attendanceRowInput.parse({ representativeId: alice, status: 'present' }),
        attendanceRowInput.parse({ representativeId: bruno, status: 'excuse' }),
        attendanceRowInput.parse({ representativeId: chloe, status: 'distance' }),
      ],
    });
    const statuses = async () =>
      new Map((await getAttendanceGrid(app.ctx, m.id)).lines.map((l) => [l.representativeId, l.status]));
    await updateMeeting(app.ctx, m.id, meetingInput.parse({ ...onSite, mode: 'distance' }));
    expect(await statuses()).toEqual(
      new Map([
        [bruno, 'excuse'],
        [alice, 'distance'],
        [chloe, 'distance'],
      ]),
    );
    await updateMeeting(app.ctx, m.id, meetingInput.parse(onSite));
    expect((await statuses()).get(alice)).toBe('distance');
  });

  it('points the recorded rows at the mandate held on the new date when a meeting is moved', async () => {
    const { instanceId, bruno, outsider } = await givenCdu(app.ctx);
    await givenMandate(app.ctx, outsider, instanceId, 'suppleant', '2026-11-01', null);
    const m = await createMeeting(app.ctx, meetingInput.parse({ ...base, instanceId, date: '2026-10-15' }));
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [
        attendanceRowInput.parse({ representativeId: bruno, status: 'present' }),
        attendanceRowInput.parse({ representativeId: outsider, status: 'present', nonMandated: true }),
      ],
    });
    await updateMeeting(app.ctx, m.id, meetingInput.parse({ ...base, instanceId, date: '2026-11-05' }));
    const row = await app.ctx.db
      .selectFrom('attendance')
      .select(['mandate_id', 'non_mandated'])
      .where('meeting_id', '=', m.id)
      .where('representative_id', '=', outsider)
      .executeTakeFirstOrThrow();
    const mandate = await app.ctx.db
      .selectFrom('mandate')
      .select('id')
      .where('representative_id', '=', outsider)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ mandate_id: mandate.id, non_mandated: 0 });
    const grid = await getAttendanceGrid(app.ctx, m.id);
    expect(grid.lines.find((l) => l.representativeId === outsider)).toMatchObject({ expected: true });
  });

  it('refuses to move a meeting to a date where a recorded person holds no mandate', async () => {
    const { instanceId, bruno } = await givenCdu(app.ctx);
    const m = await createMeeting(app.ctx, meetingInput.parse({ ...base, instanceId, date: '2025-09-10' }));
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [attendanceRowInput.parse({ representativeId: bruno, status: 'present' })],
    });
    await expect(
      updateMeeting(app.ctx, m.id, meetingInput.parse({ ...base, instanceId, date: '2025-05-10' })),
    ).rejects.toThrow('Au 10/05/2025, Bruno Le Gall n’a plus de mandat sur cette instance');
  });

  it('refuses to edit a cancelled meeting', async () => {
    const { instanceId } = await givenCdu(app.ctx);
    const m = await createMeeting(app.ctx, meetingInput.parse({ ...base, instanceId, date: '2026-11-12' }));
    await cancelMeeting(app.ctx, { id: m.id, reason: 'Grève', voidAttestations: false });
    await expect(
      updateMeeting(app.ctx, m.id, meetingInput.parse({ ...base, instanceId, date: '2026-11-14' })),
    ).rejects.toThrow('rétablissez-la');
  });
});
