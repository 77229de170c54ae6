import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../helpers/context';
import { attendanceRowInput, meetingInput } from '../../../shared/meetings/schemas';
import { createMeeting } from '../../../electron/meetings/meetings';
import { saveAttendance } from '../../../electron/meetings/attendance';
import {
  issueAttestation,
  listMeetingAttestations,
  meetingAttestations,
  reprintAttestation,
  voidAttestation,
} from '../../../electron/attestations/attestations';
import { participationRecords } from '../../../electron/attestations/participation-records';
import { insertAttestation } from '../../../db/attestations/attestations';
import { givenCdu } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

const dir = mkdtempSync(path.join(os.tmpdir(), 'att-'));
function textOf(data: Buffer): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, data);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

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

describe('attestation numbering', () => {
  it('numbers attestations per year of issue: ATT-2026-0001, 0002…', async () => {
    const f = await givenCdu(app.ctx);
    const m = await heldMeeting(f.instanceId, '2026-11-12', [f.alice, f.bruno]);
    const a = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    const b = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.bruno });
    expect([a.reference, b.reference]).toEqual(['ATT-2026-0001', 'ATT-2026-0002']);
    expect(a.reprint).toBe(false);
    app.setNow('2027-01-05T10:00:00.000Z');
    const m2 = await heldMeeting(f.instanceId, '2026-12-15', [f.alice]);
    expect((await issueAttestation(app.ctx, { meetingId: m2.id, representativeId: f.alice })).reference).toBe(
      'ATT-2027-0001',
    );
  });

  it('gives the same reference and the same content on a reprint, even after the records changed', async () => {
    const f = await givenCdu(app.ctx);
    const m = await heldMeeting(f.instanceId, '2026-11-12', [f.alice]);
    const first = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    await app.ctx.db
      .updateTable('representative')
      .set({ last_name: 'Martin-Renommée' })
      .where('id', '=', f.alice)
      .execute();
    app.setNow('2026-11-25T10:00:00.000Z');
    const again = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    expect(again.reference).toBe(first.reference);
    expect(again.reprint).toBe(true);
    const text = textOf(again.data);
    expect(text).toContain('Réf. ATT-2026-0001');
    expect(text).toContain('Alice Martin');
    expect(text).not.toContain('Renommée');
    expect(text).toContain('Délivrée le 20/11/2026');
    expect(await listMeetingAttestations(app.ctx, m.id)).toHaveLength(1);
  });

  it('never reuses a number: a voided attestation keeps its number and the reissue takes the next', async () => {
    const f = await givenCdu(app.ctx);
    const m = await heldMeeting(f.instanceId, '2026-11-12', [f.alice]);
    const first = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    const [record] = await listMeetingAttestations(app.ctx, m.id);
    if (!record) throw new Error('attestation manquante');
    await voidAttestation(app.ctx, { id: record.id, reason: 'Erreur sur les horaires' });
    const second = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    expect(first.reference).toBe('ATT-2026-0001');
    expect(second.reference).toBe('ATT-2026-0002');
    const voided = await reprintAttestation(app.ctx, record.id);
    expect(voided.reference).toBe('ATT-2026-0001');
    expect(textOf(voided.data)).toContain('ANNULÉE — Erreur sur les horaires');
    const all = await listMeetingAttestations(app.ctx, m.id);
    expect(all.map((a) => [a.reference, a.voided])).toEqual([
      ['ATT-2026-0001', true],
      ['ATT-2026-0002', false],
    ]);
  });

  it('keeps one valid attestation per person and meeting in the database itself', async () => {
    const { instanceId, alice } = await givenCdu(app.ctx);
    const meetingId = (await heldMeeting(instanceId, '2026-03-12', [alice])).id;
    const { reference } = await issueAttestation(app.ctx, { meetingId, representativeId: alice });
    const again = {
      reference: 'ATT-2026-9999',
      year: 2026,
      number: 9999,
      meetingId,
      representativeId: alice,
      issuedOn: '2026-11-20',
      content: '{}',
    };
    // The driver's error comes from outside Jest's realm: read its text rather than `toThrow`.
    const refused = await insertAttestation(app.ctx.db, again, '2026-11-20T10:00:00.000Z').then(
      () => 'inserted',
      (error: unknown) => String(error),
    );
    expect(refused).toMatch(/UNIQUE constraint failed/);
    const [first] = await listMeetingAttestations(app.ctx, meetingId);
    await voidAttestation(app.ctx, { id: first?.id ?? 0, reason: 'Erreur de date' });
    await expect(insertAttestation(app.ctx.db, again, '2026-11-20T10:00:00.000Z')).resolves.toEqual(
      expect.any(Number),
    );
    expect(reference).toBe('ATT-2026-0001');
  });

  it('keeps the remote presence of a suppléant who replaced the titulaire at an on-site meeting', async () => {
    const f = await givenCdu(app.ctx);
    const m = await createMeeting(
      app.ctx,
      meetingInput.parse({
        instanceId: f.instanceId,
        date: '2026-03-12',
        startTime: '14:00',
        endTime: '16:30',
        mode: 'sur_place',
      }),
    );
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [
        attendanceRowInput.parse({ representativeId: f.alice, status: 'remplace', replacedById: f.chloe }),
        attendanceRowInput.parse({ representativeId: f.chloe, status: 'distance' }),
      ],
    });
    const file = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.chloe });
    expect(textOf(file.data).replace(/\s+/g, ' ')).toContain(
      'Présente en qualité de suppléante, en remplacement au siège de titulaire, à distance',
    );
    const [record] = await participationRecords(app.ctx, [f.chloe], 2026);
    expect(record?.meetings[0]).toMatchObject({ mode: 'distance', replacing: true });
  });

  it('consumes no number when the attestation is refused', async () => {
    const f = await givenCdu(app.ctx);
    const m = await heldMeeting(f.instanceId, '2026-11-12', [f.alice]);
    await expect(issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.bruno })).rejects.toThrow(
      'Aucune présence n’est notée pour Bruno Le Gall à cette réunion',
    );
    expect((await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice })).reference).toBe(
      'ATT-2026-0001',
    );
  });

  it('prints all attestations of a meeting in one PDF, issuing the missing ones', async () => {
    const f = await givenCdu(app.ctx);
    const m = await heldMeeting(f.instanceId, '2026-11-12', [f.alice, f.bruno, f.chloe]);
    await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.bruno });
    const file = await meetingAttestations(app.ctx, m.id);
    expect(file.count).toBe(3);
    const text = textOf(file.data);
    for (const ref of ['ATT-2026-0001', 'ATT-2026-0002', 'ATT-2026-0003']) expect(text).toContain(ref);
    expect((await listMeetingAttestations(app.ctx, m.id)).length).toBe(3);
    const again = await meetingAttestations(app.ctx, m.id);
    expect(textOf(again.data)).not.toContain('ATT-2026-0004');
  });
});
