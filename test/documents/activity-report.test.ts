/**
 * The yearly compte rendu d'activité read back with pdftotext: per representative, per instance
 * and for everyone as a job; confidential reports never appear, and the document says how many
 * were left out.
 */
import { allActivityFile, instanceActivityFile, personActivityFile } from '../../electron/reports/activity';
import { createTestApp, type TestApp } from '../helpers/context';
import { givenReportsWorld, givenSession, meetingWith, writeReport } from '../unit/reports/fixtures';
import { pdfRawFlatText, pdfText, save } from './poppler';

let app: TestApp;
let w: Awaited<ReturnType<typeof givenReportsWorld>>;

beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
  w = await givenReportsWorld(app.ctx);
  await writeReport(app.ctx, {
    meetingId: w.october,
    representativeId: w.alice,
    pointsRaised: 'Délais d’attente aux urgences : 6 heures en moyenne',
    positionsTaken: 'Demande d’un médiateur présent le week-end',
    writtenOn: '2026-10-05',
    followUps: [
      { description: 'Relancer la direction des soins', dueOn: '2026-11-01', ownerText: 'Bureau' },
      { description: 'Présenter au conseil', dueOn: '2026-10-20', ownerId: w.alice, doneOn: '2026-10-19' },
    ],
  });
  const september = await meetingWith(app.ctx, w.instanceId, '2026-09-10', [
    { representativeId: w.alice, status: 'present' },
  ]);
  await writeReport(app.ctx, {
    meetingId: september,
    representativeId: w.alice,
    pointsRaised: 'Plainte nominative SECRETE',
    confidential: true,
    writtenOn: '2026-09-11',
  });
  const session = await givenSession(app.ctx, '2026-06-15', [w.alice, w.bruno]);
  await writeReport(app.ctx, {
    meetingId: session,
    representativeId: w.alice,
    pointsRaised: 'Stand prévention bucco-dentaire',
    writtenOn: '2026-06-16',
  });
  await writeReport(app.ctx, {
    meetingId: session,
    representativeId: w.bruno,
    pointsRaised: 'Autre CONFIDENTIEL',
    confidential: true,
    writtenOn: '2026-06-16',
  });
});
afterEach(() => app.close());

describe('compte rendu d’activité', () => {
  it('of a representative lists meetings and sessions with points, positions and follow-ups, leaving confidential out', async () => {
    const file = personActivityFile(app.ctx, { representativeId: w.alice, year: 2026 });
    const produced = await file;
    expect(produced.fileName).toBe('Compte rendu activite 2026 Martin-Alice.pdf');
    const path = save('activite-alice.pdf', produced.data);
    const text = pdfText(path);
    const flat = pdfRawFlatText(path);
    expect(text).toContain('COMPTE RENDU D’ACTIVITÉ 2026');
    expect(text).toContain('Mme Alice Martin');
    expect(text).toContain('2 comptes rendus sur l’année, 2 suivis dont 1 fait.');
    expect(text).toMatch(/15\/06\/2026 — Forum santé du quartier \(séance\)/);
    expect(text).toMatch(/01\/10\/2026 — CDU du CHU de Rennes/);
    expect(flat).toContain('Délais d’attente aux urgences : 6 heures en moyenne');
    expect(flat).toContain('Demande d’un médiateur présent le week-end');
    expect(flat).toContain('Relancer la direction des soins');
    expect(flat).toMatch(/Bureau 01\/11\/2026 En retard/);
    expect(flat).toMatch(/Alice Martin 20\/10\/2026 Fait le 19\/10\/2026/);
    expect(text).not.toContain('SECRETE');
    expect(text).not.toContain('10/09/2026');
    expect(text).toContain('1 compte rendu confidentiel ne figure pas dans ce document.');
  });

  it('of an instance gathers every representative’s reports on it', async () => {
    const produced = await instanceActivityFile(app.ctx, { instanceId: w.instanceId, year: 2026 });
    const text = pdfText(save('activite-cdu.pdf', produced.data));
    expect(text).toContain('CDU du CHU de Rennes');
    expect(text).toContain('CHU de Rennes');
    expect(text).toMatch(/01\/10\/2026 — Alice Martin/);
    expect(text).not.toContain('bucco-dentaire');
    expect(text).toContain('1 compte rendu confidentiel ne figure pas dans ce document.');
  });

  it('for everyone runs as a job, one document per person who reported back', async () => {
    const seen: number[] = [];
    const produced = await allActivityFile(app.ctx, 2026, {
      signal: new AbortController().signal,
      report: (done) => seen.push(done),
    });
    expect(produced.count).toBe(2);
    expect(seen.at(-1)).toBe(2);
    const text = pdfText(save('activite-tous.pdf', produced.data));
    expect(text).toContain('Mme Alice Martin');
    expect(text).toContain('M. Bruno Le Gall');
    expect(text).not.toContain('CONFIDENTIEL');
    expect(text).toContain('Aucun compte rendu à présenter sur l’année.');
    expect(text).toContain('1 compte rendu confidentiel ne figure pas dans ce document.');
    await expect(allActivityFile(app.ctx, 2024)).rejects.toThrow(
      'Aucun compte rendu de mandat n’a été écrit pour 2024.',
    );
  });
});
