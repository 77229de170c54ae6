/** The congé de représentation counts a session only when its action is a representation. */
import { createTestApp, type TestApp } from '../../helpers/context';
import { sessionParticipantInput } from '../../../shared/meetings/sessions';
import { saveParticipant } from '../../../electron/meetings/session-attendance';
import { congeCounter } from '../../../electron/meetings/conge';
import { participationRecords } from '../../../electron/attestations/participation-records';
import { givenAssociation, givenPerson } from './fixtures';
import { givenAction, givenSession } from './session-fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
  await givenAssociation(app.ctx);
});
afterEach(() => app.close());

async function attend(
  meetingId: number,
  representativeId: number,
  role: 'participant' | 'animateur' = 'participant',
) {
  await saveParticipant(
    app.ctx,
    sessionParticipantInput.parse({ meetingId, representativeId, status: 'present', role }),
  );
}

describe('congé de représentation and sessions', () => {
  it('counts the sessions of a representation, not those of a participation', async () => {
    const alice = await givenPerson(app.ctx, 'Alice', 'Martin', 'Mairie de Rennes');
    const body = await givenAction(app.ctx, {
      title: 'Comité de pilotage du DAC',
      attestationKind: 'representation',
    });
    const group = await givenAction(app.ctx, {
      title: 'Groupe de travail CPTS',
      attestationKind: 'participation',
    });
    // Tuesday 10 and Thursday 12 November 2026, two hours each: a half-day for the representation only.
    await attend(await givenSession(app.ctx, body, { date: '2026-11-10' }), alice);
    await attend(await givenSession(app.ctx, group, { date: '2026-11-12' }), alice, 'animateur');
    const counter = await congeCounter(app.ctx, alice, 2026);
    expect(counter.usedHalfDays).toBe(1);
    expect(counter.totalMinutes).toBe(120);
    expect(counter.days.map((d) => [d.date, d.meetings.map((m) => m.instanceName)])).toEqual([
      ['2026-11-10', ['Comité de pilotage du DAC']],
    ]);
  });

  it('lists the sessions in the relevé, apart from the meetings, with role and total', async () => {
    const bruno = await givenPerson(app.ctx, 'Bruno', 'Le Gall', null, 'M.');
    const claire = await givenPerson(app.ctx, 'Claire', 'Idle');
    const group = await givenAction(app.ctx, {
      title: 'Forum santé',
      organisation: 'CPTS du Pays de Rennes',
    });
    await attend(await givenSession(app.ctx, group, { date: '2026-03-10' }), bruno, 'animateur');
    await attend(
      await givenSession(app.ctx, group, { date: '2026-04-10', startTime: '09:00', endTime: '12:30' }),
      bruno,
    );
    const [record] = await participationRecords(app.ctx, [bruno], 2026);
    expect(record?.meetings).toEqual([]);
    expect(record?.counts.convened).toBe(0);
    expect(record?.sessions).toEqual([
      {
        date: '2026-03-10',
        action: 'Forum santé',
        carrier: 'CPTS du Pays de Rennes',
        role: 'Animateur / intervenant',
        minutes: 120,
      },
      {
        date: '2026-04-10',
        action: 'Forum santé',
        carrier: 'CPTS du Pays de Rennes',
        role: 'Participant',
        minutes: 210,
      },
    ]);
    expect(record?.sessionMinutes).toBe(330);
    // The batch for the whole association keeps whoever took part in an action only.
    const all = await participationRecords(app.ctx, null, 2026);
    expect(all.map((r) => r.person.firstName)).toEqual(['Bruno']);
    expect(claire).toBeGreaterThan(0);
  });
});
