/**
 * Attestation batches run as jobs: progress per attestation, and a cancellation between two of
 * them rolls every number of the batch back (nothing half-issued, no number lost).
 */
import { createTestApp, type TestApp } from '../../helpers/context';
import { attendanceRowInput, meetingInput } from '../../../shared/meetings/schemas';
import { createMeeting } from '../../../electron/meetings/meetings';
import { saveAttendance } from '../../../electron/meetings/attendance';
import {
  issueAttestation,
  listMeetingAttestations,
  meetingAttestations,
  personAttestations,
} from '../../../electron/attestations/attestations';
import { givenCdu } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

async function heldMeeting(instanceId: number, date: string, people: number[]) {
  const m = await createMeeting(
    app.ctx,
    meetingInput.parse({ instanceId, date, startTime: '14:00', endTime: '16:30', mode: 'sur_place' }),
  );
  await saveAttendance(app.ctx, {
    meetingId: m.id,
    rows: people.map((id) => attendanceRowInput.parse({ representativeId: id, status: 'present' })),
  });
  return m;
}

describe('attestation batches as jobs', () => {
  it('reports each attestation of a meeting as it is issued', async () => {
    const f = await givenCdu(app.ctx);
    const m = await heldMeeting(f.instanceId, '2026-11-12', [f.alice, f.bruno]);
    const seen: Array<[number, number]> = [];
    const file = await meetingAttestations(app.ctx, m.id, {
      report: (done, total) => seen.push([done, total]),
    });
    expect(file.count).toBe(2);
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('issues nothing and loses no number when the meeting’s batch is cancelled half-way', async () => {
    const f = await givenCdu(app.ctx);
    const m = await heldMeeting(f.instanceId, '2026-11-12', [f.alice, f.bruno]);
    const controller = new AbortController();
    await expect(
      meetingAttestations(app.ctx, m.id, {
        signal: controller.signal,
        report: (done) => {
          if (done === 1) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED', message: 'Génération annulée.' });
    expect(await listMeetingAttestations(app.ctx, m.id)).toEqual([]);
    const next = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.bruno });
    expect(next.reference).toBe('ATT-2026-0001');
  });

  it('rolls back the attestations of a period when cancelled', async () => {
    const f = await givenCdu(app.ctx);
    const first = await heldMeeting(f.instanceId, '2026-10-12', [f.alice]);
    await heldMeeting(f.instanceId, '2026-11-12', [f.alice]);
    const controller = new AbortController();
    await expect(
      personAttestations(
        app.ctx,
        { representativeId: f.alice, from: '2026-01-01', to: '2026-12-31' },
        { signal: controller.signal, report: (done) => done === 1 && controller.abort() },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await listMeetingAttestations(app.ctx, first.id)).toEqual([]);
  });
});
