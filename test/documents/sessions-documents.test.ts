/**
 * Documents of the sessions of actions, produced by the services and read back with pdftotext:
 * the attestation follows the action's attestation kind, the relevé lists actions apart.
 */
import { createTestApp, type TestApp } from '../helpers/context';
import { sessionParticipantInput } from '../../shared/meetings/sessions';
import { saveParticipant } from '../../electron/meetings/session-attendance';
import { issueAttestation, meetingAttestations } from '../../electron/attestations/attestations';
import { participationRecordFile } from '../../electron/attestations/participation-records';
import { givenAssociation, givenCdu } from '../unit/meetings/fixtures';
import { givenAction, givenSession } from '../unit/meetings/session-fixtures';
import { createMeeting } from '../../electron/meetings/meetings';
import { saveAttendance } from '../../electron/meetings/attendance';
import { attendanceRowInput, meetingInput } from '../../shared/meetings/schemas';
import { givenPerson } from '../unit/meetings/fixtures';
import { pdfFlatText, pdfRawFlatText, save } from './poppler';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

async function attend(meetingId: number, representativeId: number, role: 'participant' | 'animateur') {
  await saveParticipant(
    app.ctx,
    sessionParticipantInput.parse({ meetingId, representativeId, status: 'present', role }),
  );
}

describe('attestation of a session', () => {
  it('participation: « Attestation de participation » naming the action and its porteur, no article of the Code du travail', async () => {
    await givenAssociation(app.ctx);
    const alice = await givenPerson(app.ctx, 'Alice', 'Martin', 'Mairie de Rennes');
    const actionId = await givenAction(app.ctx, {
      title: 'Groupe de travail parcours diabète',
      organisation: 'CPTS du Pays de Rennes',
    });
    const id = await givenSession(app.ctx, actionId, { title: 'Atelier n° 3' });
    await attend(id, alice, 'animateur');
    const file = await issueAttestation(app.ctx, { meetingId: id, representativeId: alice });
    expect(file.reference).toBe('ATT-2026-0001');
    const text = pdfFlatText(save('attestation-participation.pdf', file.data));
    expect(text).toContain('ATTESTATION DE PARTICIPATION');
    expect(text).toContain(
      'atteste que Mme Alice Martin a participé à la séance de l’action « Groupe de travail parcours diabète », portée par CPTS du Pays de Rennes',
    );
    expect(text).toContain('Animatrice / intervenante');
    expect(text).toContain('Atelier n° 3');
    expect(text).toContain('mardi 10 novembre 2026');
    expect(text).not.toMatch(/L3142|Code du travail|congé de représentation|Employeur/i);
  });

  it('representation: the attestation de présence citing L3142-60, numbered in the same sequence as meetings', async () => {
    const { instanceId, alice, bruno } = await givenCdu(app.ctx);
    const m = await createMeeting(
      app.ctx,
      meetingInput.parse({
        instanceId,
        date: '2026-11-05',
        startTime: '14:00',
        endTime: '16:00',
        mode: 'sur_place',
      }),
    );
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [attendanceRowInput.parse({ representativeId: alice, status: 'present' })],
    });
    expect((await issueAttestation(app.ctx, { meetingId: m.id, representativeId: alice })).reference).toBe(
      'ATT-2026-0001',
    );
    const actionId = await givenAction(app.ctx, {
      title: 'Comité de pilotage du DAC',
      attestationKind: 'representation',
    });
    const id = await givenSession(app.ctx, actionId);
    await attend(id, bruno, 'participant');
    const batch = await meetingAttestations(app.ctx, id);
    expect(batch.count).toBe(1);
    const text = pdfFlatText(save('attestation-representation-session.pdf', batch.data));
    expect(text).toContain('ATT-2026-0002');
    expect(text).toContain('ATTESTATION DE PRÉSENCE');
    expect(text).toContain('articles L3142-60 et suivants du Code du travail');
    expect(text).toContain(
      'atteste que M. Bruno Le Gall a effectivement pris part à la séance de l’action « Comité de pilotage du DAC », portée par Collectif des usagers d’Ille-et-Vilaine',
    );
    expect(text).toContain('Participant');
    expect(batch.fileName).toContain('Comite-de-pilotage-du-DAC');
  });
});

describe('relevé de participation with actions', () => {
  it('has a table « Actions et projets » with date, action, porteur, role and duration, and its total', async () => {
    const { instanceId, alice } = await givenCdu(app.ctx);
    const m = await createMeeting(
      app.ctx,
      meetingInput.parse({
        instanceId,
        date: '2026-06-05',
        startTime: '14:00',
        endTime: '16:00',
        mode: 'sur_place',
      }),
    );
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [attendanceRowInput.parse({ representativeId: alice, status: 'present' })],
    });
    const forum = await givenAction(app.ctx, {
      title: 'Forum santé des jeunes',
      organisation: 'CPTS du Pays de Rennes',
    });
    await attend(await givenSession(app.ctx, forum, { date: '2026-03-12' }), alice, 'animateur');
    await attend(
      await givenSession(app.ctx, forum, { date: '2026-09-17', startTime: '09:00', endTime: '12:00' }),
      alice,
      'participant',
    );
    const file = await participationRecordFile(app.ctx, { representativeId: alice, year: 2026 });
    // Drawing order keeps a wrapped cell (« CPTS du Pays de Rennes ») in one piece.
    const text = pdfRawFlatText(save('releve-actions.pdf', file.data));
    expect(text).toContain('Engagement des usagers — mandats, réunions, actions et projets');
    expect(text).toContain('Réunions auxquelles la personne a participé');
    expect(text).toContain('Total : 1 réunion 2 h');
    expect(text).toContain('Actions et projets');
    expect(text).toContain(
      '12/03/2026 Forum santé des jeunes CPTS du Pays de Rennes Animatrice / intervenante 2 h',
    );
    expect(text).toContain('17/09/2026 Forum santé des jeunes CPTS du Pays de Rennes Participante 3 h');
    expect(text).toContain('Total : 2 séances 5 h');
  });
});
