/** Sessions of actions: the service and its boundary, attendance line by line, claims from presences. */
import { createTestApp, type TestApp } from '../../helpers/context';
import { dispatch } from '../../../electron/ipc/dispatch';
import { sessionParticipantInput, type SessionParticipantInput } from '../../../shared/meetings/sessions';
import { cancelSession, deleteSession, getSession, updateSession } from '../../../electron/meetings/sessions';
import { removeParticipant, saveParticipant } from '../../../electron/meetings/session-attendance';
import { recordAttestation } from '../../../electron/attestations/attestations';
import * as claims from '../../../electron/claims/claims';
import { setRepresentativeArchived } from '../../../electron/register/representatives';
import { sessionInput } from '../../../shared/meetings/sessions';
import { givenAssociation, givenPerson } from './fixtures';
import { givenAction, givenSession } from './session-fixtures';
import { personWithCar } from '../claims/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
  await givenAssociation(app.ctx);
});
afterEach(() => app.close());

const participant = (
  meetingId: number,
  representativeId: number,
  extra: Partial<SessionParticipantInput> = {},
) =>
  sessionParticipantInput.parse({
    meetingId,
    representativeId,
    status: 'present',
    role: 'participant',
    ...extra,
  });

const meetingCount = async () =>
  Number(
    (
      await app.ctx.db
        .selectFrom('meeting')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('sessions of an action', () => {
  it('refuses bad input at the boundary with a French message, and saves nothing', async () => {
    const actionId = await givenAction(app.ctx);
    const bad = await dispatch(app.ctx, 'sessions:create', {
      actionId,
      date: '2026-11-10',
      startTime: '20:00',
      endTime: '18:00',
      mode: 'sur_place',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/La fin doit être après le début/);
    const negative = await dispatch(app.ctx, 'sessions:create', {
      actionId,
      date: '2026-11-10',
      startTime: '18:00',
      endTime: '20:00',
      mode: 'sur_place',
      countedParticipants: -3,
    });
    if (!negative.ok) expect(negative.error.fieldErrors?.countedParticipants).toMatch(/négatif/);
    else throw new Error('accepté');
    const unknown = await dispatch(app.ctx, 'sessions:create', {
      actionId: 999,
      date: '2026-11-10',
      startTime: '18:00',
      endTime: '20:00',
      mode: 'sur_place',
    });
    expect(unknown).toMatchObject({ ok: false, error: { message: 'Cette action n’existe pas ou plus.' } });
    const noReason = await dispatch(app.ctx, 'sessions:cancel', { id: 1, reason: ' ' });
    if (!noReason.ok) expect(noReason.error.message).toMatch(/motif de l’annulation/);
    expect(await meetingCount()).toBe(0);
  });

  it('creates a session that takes the action’s place, counts residents, and is no meeting of an instance', async () => {
    const actionId = await givenAction(app.ctx, { organisation: 'CPTS du Pays de Rennes' });
    const id = await givenSession(app.ctx, actionId, { countedParticipants: 35, title: 'Forum santé' });
    const s = await getSession(app.ctx, id);
    expect(s).toMatchObject({
      actionId,
      actionTitle: 'Groupe de travail parcours diabète',
      carrier: 'CPTS du Pays de Rennes',
      place: 'Maison de santé de Villejean',
      countedParticipants: 35,
      deletable: true,
    });
    const asMeeting = await dispatch(app.ctx, 'meetings:get', { id });
    expect(asMeeting).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('adds participants from the register with a role, hours within the session, nobody archived', async () => {
    const actionId = await givenAction(app.ctx);
    const id = await givenSession(app.ctx, actionId);
    const alice = await givenPerson(app.ctx, 'Alice', 'Martin');
    const bruno = await givenPerson(app.ctx, 'Bruno', 'Le Gall', null, 'M.');
    const gone = await givenPerson(app.ctx, 'Gaëlle', 'Partie');
    await setRepresentativeArchived(app.ctx, gone, true);
    await saveParticipant(app.ctx, participant(id, bruno));
    const grid = await saveParticipant(
      app.ctx,
      participant(id, alice, { role: 'animateur', startTime: '18:30', endTime: '20:00' }),
    );
    expect(grid.participants.map((p) => [p.lastName, p.role, p.minutes])).toEqual([
      ['Martin', 'animateur', 90],
      ['Le Gall', 'participant', 120],
    ]);
    // The same person again changes the line rather than adding one.
    const changed = await saveParticipant(app.ctx, participant(id, bruno, { status: 'excuse' }));
    expect(changed.participants).toHaveLength(2);
    expect(changed.session.presentCount).toBe(1);
    await expect(saveParticipant(app.ctx, participant(id, gone))).rejects.toThrow(/archivée/);
    await expect(
      saveParticipant(app.ctx, participant(id, bruno, { startTime: '17:00', endTime: '19:00' })),
    ).rejects.toThrow(/déborde de la séance/);
    const later = await givenSession(app.ctx, actionId, { date: '2026-12-15' });
    await expect(saveParticipant(app.ctx, participant(later, alice))).rejects.toThrow(
      /n’a pas encore eu lieu : « présente »/,
    );
    await saveParticipant(app.ctx, participant(later, alice, { status: 'excuse' }));
  });

  it('keeps what rests on a presence: an attestation blocks a change or a removal, attendance blocks a deletion', async () => {
    const actionId = await givenAction(app.ctx);
    const id = await givenSession(app.ctx, actionId);
    const alice = await givenPerson(app.ctx, 'Alice', 'Martin');
    const bruno = await givenPerson(app.ctx, 'Bruno', 'Le Gall', null, 'M.');
    await saveParticipant(app.ctx, participant(id, alice));
    await saveParticipant(app.ctx, participant(id, bruno));
    await expect(deleteSession(app.ctx, id)).rejects.toThrow(/ne peut pas être supprimée/);
    const reference = await recordAttestation(app.ctx, { meetingId: id, representativeId: alice });
    await expect(saveParticipant(app.ctx, participant(id, alice, { status: 'absent' }))).rejects.toThrow(
      reference,
    );
    await expect(removeParticipant(app.ctx, { meetingId: id, representativeId: alice })).rejects.toThrow(
      reference,
    );
    // Her notes may still change: the certified status and hours stay.
    await saveParticipant(app.ctx, participant(id, alice, { notes: 'A présenté le diagnostic' }));
    const after = await removeParticipant(app.ctx, { meetingId: id, representativeId: bruno });
    expect(after.participants.map((p) => p.firstName)).toEqual(['Alice']);
    const empty = await givenSession(app.ctx, actionId, { date: '2026-11-12' });
    expect(await deleteSession(app.ctx, empty)).toEqual({ deleted: true, actionId });
    await expect(getSession(app.ctx, empty)).rejects.toThrow(/Séance/);
  });

  it('voids the attestations of a moved session, and a cancelled session takes no more presences', async () => {
    const actionId = await givenAction(app.ctx);
    const id = await givenSession(app.ctx, actionId);
    const alice = await givenPerson(app.ctx, 'Alice', 'Martin');
    await saveParticipant(app.ctx, participant(id, alice));
    await recordAttestation(app.ctx, { meetingId: id, representativeId: alice });
    const moved = await updateSession(
      app.ctx,
      id,
      sessionInput.parse({
        actionId,
        date: '2026-11-10',
        startTime: '17:30',
        endTime: '20:00',
        mode: 'sur_place',
      }),
    );
    expect(moved.validAttestationCount).toBe(0);
    await expect(
      updateSession(
        app.ctx,
        id,
        sessionInput.parse({
          actionId,
          date: '2026-12-01',
          startTime: '17:30',
          endTime: '20:00',
          mode: 'sur_place',
        }),
      ),
    ).rejects.toThrow(/date future/);
    const cancelled = await cancelSession(app.ctx, {
      id,
      reason: 'Salle indisponible',
      voidAttestations: false,
    });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'Salle indisponible' });
    await expect(saveParticipant(app.ctx, participant(id, alice, { status: 'distance' }))).rejects.toThrow(
      /annulée/,
    );
  });
});

describe('defrayal of sessions', () => {
  it('proposes the sessions attended, labelled with the action and its porteur, and the claim line points at the session', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const actionId = await givenAction(app.ctx, {
      title: 'Forum santé des jeunes',
      organisation: 'CPTS du Pays de Rennes',
    });
    const id = await givenSession(app.ctx, actionId, { date: '2026-10-08' });
    const remote = await givenSession(app.ctx, actionId, { date: '2026-10-15', mode: 'distance' });
    await saveParticipant(app.ctx, participant(id, person.id));
    await saveParticipant(app.ctx, participant(remote, person.id, { status: 'distance' }));
    const proposals = await claims.proposeFromAttendance(app.ctx, person.id);
    expect(proposals.proposals).toEqual([
      expect.objectContaining({
        meetingId: id,
        kind: 'action',
        engagement: 'Forum santé des jeunes (CPTS du Pays de Rennes)',
        place: 'Maison de santé de Villejean',
      }),
    ]);
    const claim = await claims.createFromAttendance(app.ctx, {
      representativeId: person.id,
      title: null,
      lines: [
        {
          meetingId: id,
          fromPlace: 'Rennes',
          toPlace: 'Villejean',
          distanceTenthKm: 84,
          roundTrip: true,
          vehicleId,
        },
      ],
    });
    expect(claim.lines[0]).toMatchObject({
      meetingId: id,
      purpose: 'Séance Forum santé des jeunes (CPTS du Pays de Rennes)',
    });
    expect((await claims.proposeFromAttendance(app.ctx, person.id)).proposals).toEqual([]);
    // The claim line keeps the session: neither its presence nor the session can be removed.
    await expect(removeParticipant(app.ctx, { meetingId: id, representativeId: person.id })).rejects.toThrow(
      /note de frais/,
    );
    await expect(deleteSession(app.ctx, id)).rejects.toThrow(/note de frais/);
  });
});
