/**
 * The documents of the meetings domain read back with pdftotext: attestation, the attestations of
 * a meeting and of a person over a period, the relevé annuel for one person and for everyone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../helpers/context';
import { attendanceRowInput, meetingInput, type AttendanceRowInput } from '../../shared/meetings/schemas';
import { createMeeting } from '../../electron/meetings/meetings';
import { saveAttendance } from '../../electron/meetings/attendance';
import {
  issueAttestation,
  meetingAttestations,
  personAttestations,
} from '../../electron/attestations/attestations';
import {
  allParticipationRecordsFile,
  participationRecordFile,
} from '../../electron/attestations/participation-records';
import { givenCdu } from '../unit/meetings/fixtures';

let app: TestApp;
let f: Awaited<ReturnType<typeof givenCdu>>;
const dir = mkdtempSync(path.join(os.tmpdir(), 'meetings-docs-'));

function read(file: { fileName: string; data: Buffer }): { text: string; pages: number } {
  const target = path.join(dir, file.fileName);
  writeFileSync(target, file.data);
  const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).replace(
    /\u00a0/g,
    ' ',
  );
  const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

async function meeting(
  date: string,
  start: string,
  end: string,
  rows: AttendanceRowInput[],
  mode: 'sur_place' | 'distance' = 'sur_place',
) {
  const m = await createMeeting(
    app.ctx,
    meetingInput.parse({
      instanceId: f.instanceId,
      date,
      startTime: start,
      endTime: end,
      mode,
      title: 'Séance plénière',
    }),
  );
  await saveAttendance(app.ctx, { meetingId: m.id, rows: rows.map((r) => attendanceRowInput.parse(r)) });
  return m;
}

beforeAll(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
  f = await givenCdu(app.ctx);
});
afterAll(() => app.close());

describe('attestation de présence', () => {
  it('names the person, the instance and its organisation, the date, hours, mode, association, signatory and reference', async () => {
    const m = await meeting('2026-11-12', '14:00', '16:30', [
      { representativeId: f.alice, status: 'present', startTime: '14:30', endTime: '16:30' },
    ]);
    const file = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    const { text, pages } = read(file);
    expect(pages).toBe(1);
    for (const expected of [
      'ATTESTATION DE PRÉSENCE',
      'Réf. ATT-2026-0001',
      'Délivrée le 20/11/2026',
      'Mme Alice Martin',
      'Mairie de Rennes',
      'CDU du CHU de Rennes',
      'CHU de Rennes, 2 rue Henri Le Guilloux, 35000 Rennes',
      'jeudi 12 novembre 2026',
      'de 14 h 00 à 16 h 30',
      'de 14 h 30 à 16 h 30, soit 2 h',
      'Présente sur place',
      'Salle du conseil, bâtiment A',
      'Collectif des usagers d’Ille-et-Vilaine',
      'Hélène Dubois-Martin',
      'Fait à Rennes, le 20/11/2026',
      'L3142-60',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says when the suppléant sat in place of the titulaire, and when presence was remote', async () => {
    const m = await meeting('2026-10-08', '09:30', '12:00', [
      { representativeId: f.alice, status: 'remplace', replacedById: f.chloe },
      { representativeId: f.bruno, status: 'distance' },
    ]);
    const file = await meetingAttestations(app.ctx, m.id);
    const { text, pages } = read(file);
    expect(file.count).toBe(2);
    expect(pages).toBe(2);
    expect(text).toContain('Chloé Dupont');
    expect(text.replace(/\s+/g, ' ')).toContain('en remplacement au siège de titulaire');
    expect(text).toContain('Bruno Le Gall');
    expect(text).toContain('Présent à distance (visioconférence)');
    expect(text).toContain('de 9 h 30 à 12 h 00, soit 2 h 30');
    expect(text).toMatch(/ATT-2026-0002[\s\S]*ATT-2026-0003/);
    expect(text).not.toContain('Alice Martin');
  });

  it('gathers every attestation of a person over a period in one PDF', async () => {
    const file = await personAttestations(app.ctx, {
      representativeId: f.alice,
      from: '2026-01-01',
      to: '2026-12-31',
    });
    const { text, pages } = read(file);
    expect(file.count).toBe(1);
    expect(pages).toBe(1);
    expect(text).toContain('ATT-2026-0001');
    await meeting('2026-09-15', '14:00', '17:00', [{ representativeId: f.alice, status: 'present' }]);
    const again = read(
      await personAttestations(app.ctx, { representativeId: f.alice, from: '2026-09-01', to: '2026-11-30' }),
    );
    expect(again.pages).toBe(2);
    expect(again.text).toContain('ATT-2026-0001');
    expect(again.text).toContain('ATT-2026-0004');
    expect(again.text).toContain('mardi 15 septembre 2026');
  });
});

describe('relevé annuel de participation', () => {
  it('lists mandates, meetings with mode and hours, counts, rate, total hours and congé used', async () => {
    await meeting('2026-06-11', '14:00', '16:00', [{ representativeId: f.bruno, status: 'excuse' }]);
    const file = await participationRecordFile(app.ctx, { representativeId: f.bruno, year: 2026 });
    const { text } = read(file);
    for (const expected of [
      'RELEVÉ ANNUEL DE PARTICIPATION 2026',
      'M. Bruno Le Gall',
      'CDU du CHU de Rennes',
      'Titulaire',
      '01/06/2025',
      '31/05/2028',
      '08/10/2026',
      'À distance',
      '9 h 30 – 12 h 00',
      '1/4',
      // Two meetings held with nothing recorded for Bruno: out of the rate, said on the relevé.
      '50 %',
      'hors 2 non renseignées',
      '1 excusée, 0 absence',
      'Fait à Rennes, le 20/11/2026',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('12/11/2026');
  });

  it('leaves the congé de représentation out of the relevé of someone not employed', async () => {
    const bruno = read(await participationRecordFile(app.ctx, { representativeId: f.bruno, year: 2026 }));
    expect(bruno.text).not.toContain('Congé de représentation');
    const alice = read(await participationRecordFile(app.ctx, { representativeId: f.alice, year: 2026 }));
    expect(alice.text).toContain('Congé de représentation');
  });

  it('prints everyone active with a mandate in one batch', async () => {
    const file = await allParticipationRecordsFile(app.ctx, 2026);
    const { text } = read(file);
    expect(file.count).toBe(3);
    for (const name of ['Alice Martin', 'Bruno Le Gall', 'Chloé Dupont']) expect(text).toContain(name);
    expect(text).not.toContain('Estelle');
  });
});
