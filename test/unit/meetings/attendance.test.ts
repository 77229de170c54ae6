import { createTestApp, type TestApp } from '../../helpers/context';
import { attendanceRowInput, meetingInput, type AttendanceRowInput } from '../../../shared/meetings/schemas';
import { createMeeting } from '../../../electron/meetings/meetings';
import { getAttendanceGrid, saveAttendance } from '../../../electron/meetings/attendance';
import { issueAttestation } from '../../../electron/attestations/attestations';
import { participationRecords } from '../../../electron/attestations/participation-records';
import { endMandate } from '../../../electron/register/mandates';
import { setRepresentativeArchived } from '../../../electron/register/representatives';
import { mandateEndInput } from '../../../shared/register/schemas';
import { givenCdu, givenMandate, givenPerson } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

const rows = (list: AttendanceRowInput[]) => list.map((r) => attendanceRowInput.parse(r));

async function meetingOn(instanceId: number, date: string, mode: 'sur_place' | 'distance' = 'sur_place') {
  return createMeeting(
    app.ctx,
    meetingInput.parse({ instanceId, date, startTime: '14:00', endTime: '16:30', mode }),
  );
}

describe('expected participants', () => {
  it('are the people holding a mandate on the instance that day, titulaires first', async () => {
    const f = await givenCdu(app.ctx);
    const m = await meetingOn(f.instanceId, '2026-03-12');
    const grid = await getAttendanceGrid(app.ctx, m.id);
    expect(grid.lines.map((l) => `${l.firstName} ${l.roleLabel}`)).toEqual([
      'Bruno Titulaire',
      'Alice Titulaire',
      'Chloé Suppléante',
    ]);
    expect(grid.lines.every((l) => l.status === null)).toBe(true);
  });

  it('include a mandate on its last day and leave it out the day after', async () => {
    const f = await givenCdu(app.ctx);
    const last = await getAttendanceGrid(app.ctx, (await meetingOn(f.instanceId, '2025-05-31')).id);
    expect(last.lines.some((l) => l.representativeId === f.denis)).toBe(true);
    const after = await getAttendanceGrid(app.ctx, (await meetingOn(f.instanceId, '2025-06-02')).id);
    expect(after.lines.some((l) => l.representativeId === f.denis)).toBe(false);
    expect(after.lines.some((l) => l.representativeId === f.bruno)).toBe(true);
  });

  it('follow the actual end of a mandate ended early', async () => {
    const f = await givenCdu(app.ctx);
    const mandate = await app.ctx.db
      .selectFrom('mandate')
      .select('id')
      .where('representative_id', '=', f.alice)
      .executeTakeFirstOrThrow();
    await endMandate(
      app.ctx,
      mandateEndInput.parse({ id: mandate.id, endedOn: '2026-06-30', reason: 'demission' }),
    );
    const grid = await getAttendanceGrid(app.ctx, (await meetingOn(f.instanceId, '2026-09-10')).id);
    expect(grid.lines.some((l) => l.representativeId === f.alice)).toBe(false);
  });

  it('stop at the earlier of the actual and the planned end, like the register', async () => {
    const f = await givenCdu(app.ctx);
    const mandate = await app.ctx.db
      .selectFrom('mandate')
      .select('id')
      .where('representative_id', '=', f.alice)
      .executeTakeFirstOrThrow();
    await endMandate(
      app.ctx,
      mandateEndInput.parse({ id: mandate.id, endedOn: '2026-06-30', reason: 'demission' }),
    );
    // A planned end brought forward after the mandate was ended (an edit or an import): it wins.
    await app.ctx.db
      .updateTable('mandate')
      .set({ end_date: '2026-03-31' })
      .where('id', '=', mandate.id)
      .execute();
    const grid = await getAttendanceGrid(app.ctx, (await meetingOn(f.instanceId, '2026-05-12')).id);
    expect(grid.lines.some((l) => l.representativeId === f.alice)).toBe(false);
    const [record] = await participationRecords(app.ctx, [f.alice], 2026);
    expect(record?.mandates[0]?.to).toBe('2026-03-31');
  });
});

describe('archived people', () => {
  it('are no longer expected from the day they were archived, unless already recorded', async () => {
    const f = await givenCdu(app.ctx);
    const before = await meetingOn(f.instanceId, '2026-11-12');
    const sameDay = await meetingOn(f.instanceId, '2026-11-20');
    const later = await meetingOn(f.instanceId, '2026-12-10');
    const excused = await meetingOn(f.instanceId, '2026-12-17');
    await saveAttendance(app.ctx, {
      meetingId: excused.id,
      rows: rows([{ representativeId: f.bruno, status: 'excuse' }]),
    });
    // Archiving asks for the running mandates to be ended first: the last day is today.
    const brunoMandate = await app.ctx.db
      .selectFrom('mandate')
      .select('id')
      .where('representative_id', '=', f.bruno)
      .executeTakeFirstOrThrow();
    await endMandate(
      app.ctx,
      mandateEndInput.parse({ id: brunoMandate.id, endedOn: '2026-11-20', reason: 'demission' }),
    );
    await setRepresentativeArchived(app.ctx, f.bruno, true);
    const has = async (meetingId: number) =>
      (await getAttendanceGrid(app.ctx, meetingId)).lines.some((l) => l.representativeId === f.bruno);
    expect(await has(before.id)).toBe(true);
    expect(await has(sameDay.id)).toBe(false);
    expect(await has(later.id)).toBe(false);
    expect(await has(excused.id)).toBe(true);
  });
});

describe('recording attendance', () => {
  it('records every status with hours from the meeting, editable per person', async () => {
    const f = await givenCdu(app.ctx);
    const m = await meetingOn(f.instanceId, '2026-03-12');
    const grid = await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: rows([
        { representativeId: f.alice, status: 'present', startTime: '14:30', endTime: '16:30' },
        { representativeId: f.bruno, status: 'excuse' },
        { representativeId: f.chloe, status: 'distance' },
      ]),
    });
    const by = new Map(grid.lines.map((l) => [l.representativeId, l]));
    expect(by.get(f.alice)?.minutes).toBe(120);
    expect(by.get(f.bruno)?.status).toBe('excuse');
    expect(by.get(f.bruno)?.minutes).toBe(0);
    expect(by.get(f.chloe)?.minutes).toBe(150);
  });

  it('records a replacement: the titulaire “remplacé”, the suppléant present', async () => {
    const f = await givenCdu(app.ctx);
    const m = await meetingOn(f.instanceId, '2026-03-12');
    const grid = await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: rows([{ representativeId: f.alice, status: 'remplace', replacedById: f.chloe }]),
    });
    const by = new Map(grid.lines.map((l) => [l.representativeId, l]));
    expect(by.get(f.alice)).toMatchObject({ status: 'remplace', replacedById: f.chloe, minutes: 0 });
    expect(by.get(f.chloe)).toMatchObject({
      status: 'present',
      minutes: 150,
      replacing: { representativeId: f.alice, name: 'Alice Martin' },
    });
  });

  it('refuses a replacement by someone who is not a suppléant, or who was excused', async () => {
    const f = await givenCdu(app.ctx);
    const m = await meetingOn(f.instanceId, '2026-03-12');
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([{ representativeId: f.alice, status: 'remplace', replacedById: f.bruno }]),
      }),
    ).rejects.toThrow('Bruno Le Gall n’a pas de mandat de suppléance sur cette instance le 12/03/2026.');
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([
          { representativeId: f.alice, status: 'remplace', replacedById: f.chloe },
          { representativeId: f.chloe, status: 'excuse' },
        ]),
      }),
    ).rejects.toThrow('Chloé Dupont est notée excusée et ne peut donc pas avoir remplacé Alice Martin.');
    expect(
      attendanceRowInput.safeParse({ representativeId: f.alice, status: 'remplace' }).error?.issues[0]
        ?.message,
    ).toBe('Choisissez le suppléant qui a siégé');
  });

  it('refuses “remplacé” for someone who is not a titulaire that day', async () => {
    const f = await givenCdu(app.ctx);
    const member = await givenPerson(app.ctx, 'Marc', 'Membre', null, 'M.');
    await givenMandate(app.ctx, member, f.instanceId, 'membre', '2026-01-01', null);
    await givenMandate(app.ctx, f.outsider, f.instanceId, 'suppleant', '2026-01-01', null);
    const m = await meetingOn(f.instanceId, '2026-03-12');
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([{ representativeId: member, status: 'remplace', replacedById: f.chloe }]),
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining(
        'Marc Membre n’est pas titulaire de cette instance le 12/03/2026 : « remplacé » ne s’applique qu’à un titulaire.',
      ),
      fieldErrors: { 'rows.0.status': expect.stringContaining('titulaire') },
    });
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([{ representativeId: f.chloe, status: 'remplace', replacedById: f.outsider }]),
      }),
    ).rejects.toThrow('Chloé Dupont n’est pas titulaire de cette instance');
  });

  it('refuses a person outside their mandate unless flagged as non-mandated', async () => {
    const f = await givenCdu(app.ctx);
    const m = await meetingOn(f.instanceId, '2026-03-12');
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([{ representativeId: f.denis, status: 'present' }]),
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Denis Ancien n’a pas de mandat sur cette instance le 12/03/2026'),
      fieldErrors: { 'rows.0.representativeId': expect.stringContaining('participant non mandaté') },
    });
    const grid = await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: rows([{ representativeId: f.outsider, status: 'present', nonMandated: true }]),
    });
    const line = grid.lines.find((l) => l.representativeId === f.outsider);
    expect(line).toMatchObject({ nonMandated: true, expected: false, status: 'present', minutes: 150 });
  });

  it('refuses the same person twice in one meeting', async () => {
    const f = await givenCdu(app.ctx);
    const m = await meetingOn(f.instanceId, '2026-03-12');
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([
          { representativeId: f.alice, status: 'present' },
          { representativeId: f.alice, status: 'absent' },
        ]),
      }),
    ).rejects.toThrow('Alice Martin figure deux fois parmi les participants de cette réunion.');
  });

  it('refuses a presence at a meeting still to come, but accepts an excuse in advance', async () => {
    const f = await givenCdu(app.ctx);
    const m = await meetingOn(f.instanceId, '2026-12-10');
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([{ representativeId: f.alice, status: 'present' }]),
      }),
    ).rejects.toThrow('La réunion du 10/12/2026 n’a pas encore eu lieu');
    const grid = await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: rows([{ representativeId: f.alice, status: 'excuse' }]),
    });
    expect(grid.lines.find((l) => l.representativeId === f.alice)?.status).toBe('excuse');
    expect(grid.held).toBe(false);
  });

  it('refuses to change a presence certified by a valid attestation', async () => {
    const f = await givenCdu(app.ctx);
    const m = await meetingOn(f.instanceId, '2026-03-12');
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: rows([{ representativeId: f.alice, status: 'present' }]),
    });
    const { reference } = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([{ representativeId: f.alice, status: 'absent' }]),
      }),
    ).rejects.toThrow(`L’attestation ${reference} a été délivrée à Alice Martin`);
  });

  it('refuses hours of presence outside the meeting’s times, row by row', async () => {
    const f = await givenCdu(app.ctx);
    const m = await createMeeting(
      app.ctx,
      meetingInput.parse({
        instanceId: f.instanceId,
        date: '2026-03-12',
        startTime: '14:00',
        endTime: '16:00',
        mode: 'sur_place',
      }),
    );
    await expect(
      saveAttendance(app.ctx, {
        meetingId: m.id,
        rows: rows([
          { representativeId: f.bruno, status: 'present', startTime: '14:30', endTime: '16:00' },
          { representativeId: f.alice, status: 'present', startTime: '08:00', endTime: '20:00' },
        ]),
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining(
        'Alice Martin : la présence de 8\u00a0h\u00a000 à 20\u00a0h\u00a000 déborde de la réunion (de 14\u00a0h\u00a000 à 16\u00a0h\u00a000)',
      ),
      fieldErrors: { 'rows.1.startTime': expect.stringContaining('compris dans ceux de la réunion') },
    });
  });

  it('refuses hours where the departure is before the arrival', () => {
    const r = attendanceRowInput.safeParse({
      representativeId: 1,
      status: 'present',
      startTime: '16:00',
      endTime: '15:00',
    });
    expect(r.error?.issues[0]?.message).toBe('Le départ doit être après l’arrivée');
  });

  it('accepts a new suppléant mandate only from its start date', async () => {
    const f = await givenCdu(app.ctx);
    await givenMandate(app.ctx, f.outsider, f.instanceId, 'suppleant', '2026-06-01', null);
    const before = await getAttendanceGrid(app.ctx, (await meetingOn(f.instanceId, '2026-05-31')).id);
    expect(before.lines.some((l) => l.representativeId === f.outsider)).toBe(false);
    const after = await getAttendanceGrid(app.ctx, (await meetingOn(f.instanceId, '2026-06-01')).id);
    expect(after.lines.find((l) => l.representativeId === f.outsider)?.roleLabel).toBe('Suppléante');
  });
});
