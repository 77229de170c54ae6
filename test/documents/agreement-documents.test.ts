/**
 * Gender agreement and plurals on the printed documents, read back with pdftotext: the
 * signatory agrees with the civility of whoever signs, the representative with their own, an
 * unknown civility is rephrased (never « (e) »), counts are singular for 0 and 1.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../helpers/context';
import { associationInput } from '../../shared/association/schemas';
import { attendanceRowInput, meetingInput, type AttendanceRowInput } from '../../shared/meetings/schemas';
import { mandateInput } from '../../shared/register/schemas';
import { representativeInput } from '../../shared/register/representative';
import { getAssociation, saveAssociation } from '../../electron/association/association';
import { getAttendanceGrid, saveAttendance } from '../../electron/meetings/attendance';
import { issueAttestation } from '../../electron/attestations/attestations';
import { participationRecordFile } from '../../electron/attestations/participation-records';
import { createMandate } from '../../electron/register/mandates';
import { createMeeting, getMeetingsSettings, saveMeetingsSettings } from '../../electron/meetings/meetings';
import { createRepresentative } from '../../electron/register/representatives';
import { givenCdu, givenInstance } from '../unit/meetings/fixtures';

let app: TestApp;
let f: Awaited<ReturnType<typeof givenCdu>>;
let camille: number;
const dir = mkdtempSync(path.join(os.tmpdir(), 'agreement-docs-'));

/** The text on one line per paragraph, non-breaking spaces as plain ones. */
function read(file: { fileName: string; data: Buffer }): string {
  const target = path.join(dir, file.fileName);
  writeFileSync(target, file.data);
  return execFileSync('pdftotext', ['-raw', target, '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
}

async function meeting(date: string, rows: AttendanceRowInput[], instanceId = f.instanceId) {
  const m = await createMeeting(
    app.ctx,
    meetingInput.parse({
      instanceId,
      date,
      startTime: '14:00',
      endTime: '16:30',
      mode: 'sur_place',
      title: 'Séance plénière',
    }),
  );
  await saveAttendance(app.ctx, { meetingId: m.id, rows: rows.map((r) => attendanceRowInput.parse(r)) });
  return m;
}

async function setPresident(name: string, civility: '' | 'Mme' | 'M.') {
  // What is read includes the logo and the time of the last change, which the form does not send.
  const {
    hasLogo: _hasLogo,
    logoDataUrl: _logo,
    updatedAt: _updatedAt,
    ...a
  } = await getAssociation(app.ctx);
  await saveAssociation(
    app.ctx,
    associationInput.parse({ ...a, president: name, presidentCivility: civility }),
  );
}

beforeAll(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
  f = await givenCdu(app.ctx);
  const person = await createRepresentative(
    app.ctx,
    representativeInput.parse({
      civility: '',
      firstName: 'Camille',
      lastName: 'Roux',
      employed: true,
      employer: 'Mairie de Rennes',
      vehicles: [],
    }),
  );
  camille = person.id;
  // A bureau where Alice presides: her role is said « Présidente » on the grid and the relevé.
  const bureau = await givenInstance(app.ctx, 'Bureau de l’association', 'Siège', 'Collectif');
  await createMandate(
    app.ctx,
    mandateInput.parse({
      representativeId: f.alice,
      instanceId: bureau,
      role: 'president',
      startDate: '2026-01-01',
      endDate: null,
    }),
  );
  await createMandate(
    app.ctx,
    mandateInput.parse({
      representativeId: f.bruno,
      instanceId: bureau,
      role: 'tresorier',
      startDate: '2026-01-01',
      endDate: null,
    }),
  );
  await meeting(
    '2026-03-05',
    [
      { representativeId: f.alice, status: 'present' },
      { representativeId: f.bruno, status: 'excuse' },
    ],
    bureau,
  );
});
afterAll(() => app.close());

describe('the president’s civility is kept with the association', () => {
  it('is saved and read back, empty when never said', async () => {
    expect((await getAssociation(app.ctx)).presidentCivility).toBe('');
    await setPresident('Hélène Dubois-Martin', 'Mme');
    const a = await getAssociation(app.ctx);
    expect(a.presidentCivility).toBe('Mme');
    expect(a.treasurerCivility).toBe('');
  });

  it('reads the former default quality « Président(e) » as the office said from the civility', async () => {
    await app.ctx.db
      .insertInto('setting')
      .values({ key: 'meetings', value: JSON.stringify({ signatoryRole: 'Président(e)' }) })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: JSON.stringify({ signatoryRole: 'Président(e)' }) }),
      )
      .execute();
    expect((await getMeetingsSettings(app.ctx)).signatoryRole).toBe('');
  });
});

describe('attestation de présence', () => {
  it('for a woman, signed by a woman: « Je soussignée », « Présidente », « représentante », « Présente »', async () => {
    await setPresident('Hélène Dubois-Martin', 'Mme');
    const m = await meeting('2026-11-12', [
      { representativeId: f.alice, status: 'present' },
      { representativeId: f.bruno, status: 'present' },
      { representativeId: camille, status: 'present', nonMandated: true },
    ]);
    const text = read(await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice }));
    expect(text).toContain(
      'Je soussignée Hélène Dubois-Martin, Présidente de l’association Collectif des usagers d’Ille-et-Vilaine, atteste que Mme Alice Martin, représentante des usagers, a effectivement siégé',
    );
    expect(text).toContain('Représentante Mme Alice Martin');
    expect(text).toContain('Modalité Présente sur place');
    expect(text).toContain('l’absence de la salariée');
    expect(text).toContain('Hélène Dubois-Martin Présidente');
    expect(text).not.toMatch(/\((e|s)\)/);
  });

  it('for a man, signed by a man: all in the masculine', async () => {
    await setPresident('Paul Lemoine', 'M.');
    const m = await meeting('2026-11-13', [{ representativeId: f.bruno, status: 'present' }]);
    const text = read(await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.bruno }));
    expect(text).toContain(
      'Je soussigné Paul Lemoine, Président de l’association Collectif des usagers d’Ille-et-Vilaine, atteste que M. Bruno Le Gall, représentant des usagers,',
    );
    expect(text).toContain('Modalité Présent sur place');
    expect(text).toContain('Paul Lemoine Président');
    expect(text).not.toMatch(/\((e|s)\)/);
  });

  it('without a civility: rephrased, never « (e) »', async () => {
    await setPresident('Dominique Caron', '');
    const m = await meeting('2026-11-16', [
      { representativeId: camille, status: 'present', nonMandated: true },
    ]);
    const text = read(await issueAttestation(app.ctx, { meetingId: m.id, representativeId: camille }));
    expect(text).toContain(
      'Je, Dominique Caron, pour la présidence de l’association Collectif des usagers d’Ille-et-Vilaine, atteste que Camille Roux, qui représente les usagers, a effectivement siégé',
    );
    expect(text).toContain('Modalité Présence sur place');
    expect(text).toContain('l’absence de la personne salariée');
    expect(text).toContain('Dominique Caron Présidence');
    expect(text).not.toMatch(/\((e|s)\)/);
  });

  it('signed by the person named in Paramètres › Réunions, with that person’s civility', async () => {
    await saveMeetingsSettings(app.ctx, {
      signatoryName: 'Martine Hamon',
      signatoryCivility: 'Mme',
      signatoryRole: 'Secrétaire générale',
    });
    const m = await meeting('2026-11-17', [{ representativeId: f.bruno, status: 'present' }]);
    const text = read(await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.bruno }));
    expect(text).toContain('Je soussignée Martine Hamon, Secrétaire générale de l’association');
    await saveMeetingsSettings(app.ctx, {});
  });
});

describe('relevé annuel de participation', () => {
  it('for a woman: « Présidente », « Titulaire », counts in the singular for one', async () => {
    await setPresident('Hélène Dubois-Martin', 'Mme');
    const text = read(await participationRecordFile(app.ctx, { representativeId: f.alice, year: 2026 }));
    expect(text).toContain('Mme Alice Martin');
    expect(text).toMatch(/Bureau de l’association Collectif Présidente 01\/01\/2026/);
    expect(text).toContain('Total : 2 réunions');
    expect(text).toContain('Hélène Dubois-Martin Présidente');
    expect(text).not.toMatch(/\((e|s)\)/);
  });

  it('for a man: « Trésorier », and « 1 excusée », « 1 réunion »', async () => {
    const text = read(await participationRecordFile(app.ctx, { representativeId: f.bruno, year: 2026 }));
    expect(text).toMatch(/Bureau de l’association Collectif Trésorier 01\/01\/2026/);
    expect(text).toContain('1 excusée, 0 absence');
    expect(text).toContain('Total : 3 réunions');
    expect(text).not.toMatch(/\((e|s)\)/);
  });

  it('says « 1 réunion » in the singular', async () => {
    await meeting('2026-11-19', [{ representativeId: f.outsider, status: 'present', nonMandated: true }]);
    const text = read(await participationRecordFile(app.ctx, { representativeId: f.outsider, year: 2026 }));
    expect(text).toContain('Total : 1 réunion 2 h 30');
    expect(text).toContain('0 excusée, 0 absence');
  });
});

describe('attendance grid', () => {
  it('says the roles of a woman in the feminine', async () => {
    const m = await meeting('2026-11-18', []);
    const grid = await getAttendanceGrid(app.ctx, m.id);
    const chloe = grid.lines.find((l) => l.representativeId === f.chloe);
    expect(chloe?.roleLabel).toBe('Suppléante');
  });
});
