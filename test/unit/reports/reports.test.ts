import { dispatch } from '../../../electron/ipc/dispatch';
import {
  deleteReport,
  getReport,
  listFollowUps,
  listReports,
  meetingReports,
  setFollowUpDone,
} from '../../../electron/reports/reports';
import { reportsTodo, saveReportsSettings } from '../../../electron/reports/reports-todo';
import { attachDocument, openDocument } from '../../../electron/reports/report-documents';
import { followUpListQuery, reportListQuery } from '../../../shared/reports/schemas';
import { createTestApp, type TestApp } from '../../helpers/context';
import { givenReportsWorld, givenSession, meetingWith, writeReport } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

const call = (channel: string, payload: unknown) => dispatch(app.ctx, channel, payload, () => undefined);
const count = async (table: 'mandate_report' | 'report_follow_up' | 'report_document') =>
  Number(
    (
      await app.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('writing a report', () => {
  it('saves the points, positions and follow-ups of a person present, and shows it on the meeting', async () => {
    const w = await givenReportsWorld(app.ctx);
    const saved = await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Délais d’attente aux urgences',
      positionsTaken: 'Demande d’un médiateur',
      writtenOn: '2026-10-05',
      followUps: [
        { description: 'Relancer la direction', dueOn: '2026-11-01', ownerId: w.alice },
        { description: 'Informer le bureau', ownerText: 'Secrétariat' },
      ],
    });
    expect(saved.meeting).toMatchObject({ label: 'CDU du CHU de Rennes', kind: 'reunion' });
    expect(saved.author).toBe('test');
    expect(saved.followUps.map((f) => [f.description, f.ownerName, f.state])).toEqual([
      ['Relancer la direction', 'Alice Martin', 'en_retard'],
      ['Informer le bureau', 'Secrétariat', 'a_faire'],
    ]);
    const page = await meetingReports(app.ctx, w.october);
    expect(page.open).toBe(true);
    expect(page.lines.map((l) => [l.personName, l.report?.openFollowUps ?? null])).toEqual([
      ['Chloé Dupont', null],
      ['Alice Martin', 2],
    ]);
  });

  it('edits in place: one report per person and meeting, follow-ups kept by id, removed when left out', async () => {
    const w = await givenReportsWorld(app.ctx);
    const first = await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Premier jet',
      writtenOn: '2026-10-05',
      followUps: [{ description: 'A' }, { description: 'B' }],
    });
    const [a] = first.followUps;
    const second = await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Version relue',
      writtenOn: '2026-10-06',
      followUps: [{ id: a?.id, description: 'A bis' }, { description: 'C' }],
    });
    expect(second.id).toBe(first.id);
    expect(second.followUps.map((f) => f.description)).toEqual(['A bis', 'C']);
    expect(second.followUps[0]?.id).toBe(a?.id);
    expect(await count('mandate_report')).toBe(1);
  });

  it('is refused for a person who was not present, in French, and nothing is saved', async () => {
    const w = await givenReportsWorld(app.ctx);
    const result = await call('reports:save', {
      meetingId: w.october,
      representativeId: w.bruno,
      pointsRaised: 'Je n’y étais pas',
      writtenOn: '2026-10-05',
      followUps: [{ description: 'Rien' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_STATE' } });
    expect(!result.ok && result.error.message).toMatch(/Seule une personne notée présente/);
    expect(await count('mandate_report')).toBe(0);
    expect(await count('report_follow_up')).toBe(0);
  });

  it('is open to the suppléant who sat for a titulaire', async () => {
    const w = await givenReportsWorld(app.ctx);
    const m = await meetingWith(app.ctx, w.instanceId, '2026-09-10', [
      { representativeId: w.bruno, status: 'remplace', replacedById: w.chloe },
    ]);
    const saved = await writeReport(app.ctx, {
      meetingId: m,
      representativeId: w.chloe,
      pointsRaised: 'Suppléance',
      writtenOn: '2026-09-11',
    });
    expect(saved.personName).toBe('Chloé Dupont');
  });

  it('waits for the meeting to take place, and is not dated before it', async () => {
    const w = await givenReportsWorld(app.ctx);
    const future = await meetingWith(app.ctx, w.instanceId, '2026-12-10', []);
    const early = await call('reports:save', {
      meetingId: future,
      representativeId: w.alice,
      pointsRaised: 'Trop tôt',
      writtenOn: '2026-11-20',
    });
    expect(!early.ok && early.error.message).toMatch(/n’a pas encore eu lieu/);
    const before = await call('reports:save', {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Daté avant',
      writtenOn: '2026-09-30',
    });
    const doneLater = await call('reports:save', {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Suivi fait demain',
      writtenOn: '2026-10-05',
      followUps: [{ description: 'Demain', doneOn: '2026-11-21' }],
    });
    expect(doneLater).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { 'followUps.0.doneOn': 'Date dans le futur' } },
    });
    expect(before).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { writtenOn: 'Le 01/10/2026 au plus tôt' } },
    });
  });

  it('checks its input at the boundary with French messages at the fields', async () => {
    const w = await givenReportsWorld(app.ctx);
    const empty = await call('reports:save', {
      meetingId: w.october,
      representativeId: w.alice,
      writtenOn: '2026-10-05',
    });
    expect(empty).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: {
          pointsRaised: 'Écrivez les points soulevés, les positions prises ou au moins un suivi',
        },
      },
    });
    const bad = await call('reports:save', {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'x',
      writtenOn: '31/02/2026',
      followUps: [{ description: ' ', ownerId: w.alice, ownerText: 'Quelqu’un', dueOn: '2026-13-01' }],
    });
    expect(!bad.ok && bad.error.fieldErrors).toMatchObject({
      writtenOn: expect.stringMatching(/date valide/),
      'followUps.0.description': 'Décrivez le suivi',
      'followUps.0.dueOn': expect.stringMatching(/date valide/),
      'followUps.0.ownerText': 'Choisissez une personne du registre ou écrivez un nom, pas les deux',
    });
  });

  it('leaves the saved report whole when a later save fails half-way', async () => {
    const w = await givenReportsWorld(app.ctx);
    const saved = await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Version saine',
      writtenOn: '2026-10-05',
      followUps: [{ description: 'Gardé' }],
    });
    const result = await call('reports:save', {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Version cassée',
      writtenOn: '2026-10-06',
      followUps: [{ description: 'Nouveau' }, { description: 'Fantôme', ownerId: 9999 }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'followUps.1.ownerId': 'Personne introuvable' } },
    });
    const after = await getReport(app.ctx, saved.id);
    expect(after.pointsRaised).toBe('Version saine');
    expect(after.followUps.map((f) => f.description)).toEqual(['Gardé']);
  });

  it('works the same on a session of an action, named by the action', async () => {
    const w = await givenReportsWorld(app.ctx);
    const session = await givenSession(app.ctx, '2026-10-15', [w.bruno]);
    const saved = await writeReport(app.ctx, {
      meetingId: session,
      representativeId: w.bruno,
      positionsTaken: 'Soutien au stand prévention',
      writtenOn: '2026-10-16',
    });
    expect(saved.meeting).toMatchObject({ label: 'Forum santé du quartier', kind: 'seance' });
  });

  it('is deleted with its follow-ups', async () => {
    const w = await givenReportsWorld(app.ctx);
    const saved = await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'À effacer',
      writtenOn: '2026-10-05',
      followUps: [{ description: 'Suivi' }],
    });
    await deleteReport(app.ctx, saved.id);
    expect(await count('report_follow_up')).toBe(0);
  });
});

describe('lists', () => {
  it('search, filter and page the reports; a confidential one shows nothing of its content', async () => {
    const w = await givenReportsWorld(app.ctx);
    await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Maltraitance signalée',
      confidential: true,
      writtenOn: '2026-10-05',
    });
    await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.chloe,
      pointsRaised: 'Qualité des repas',
      writtenOn: '2026-10-05',
    });
    const all = await listReports(app.ctx, reportListQuery.parse({ year: 2026 }));
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => [r.personName, r.excerpt])).toEqual([
      ['Chloé Dupont', 'Qualité des repas'],
      ['Alice Martin', null],
    ]);
    expect((await listReports(app.ctx, reportListQuery.parse({ search: 'repas' }))).total).toBe(1);
    expect((await listReports(app.ctx, reportListQuery.parse({ search: 'martin' }))).total).toBe(1);
    expect((await listReports(app.ctx, reportListQuery.parse({ year: 2025 }))).total).toBe(0);
    const page = await listReports(app.ctx, reportListQuery.parse({ limit: 1, offset: 1 }));
    expect(page).toMatchObject({ total: 2, rows: [{ personName: 'Alice Martin' }] });
  });

  it('show follow-ups to do, late and done; marking one done moves it', async () => {
    const w = await givenReportsWorld(app.ctx);
    const saved = await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Points',
      writtenOn: '2026-10-05',
      followUps: [
        { description: 'En retard', dueOn: '2026-11-01' },
        { description: 'Plus tard', dueOn: '2027-03-01' },
      ],
    });
    const q = (state: string) => listFollowUps(app.ctx, followUpListQuery.parse({ state }));
    expect((await q('a_faire')).rows.map((f) => f.description)).toEqual(['En retard', 'Plus tard']);
    expect((await q('en_retard')).rows.map((f) => f.description)).toEqual(['En retard']);
    const late = saved.followUps[0];
    if (!late) throw new Error('follow-up missing');
    const done = await setFollowUpDone(app.ctx, { id: late.id, doneOn: null });
    expect(done).toMatchObject({ doneOn: '2026-11-20', state: 'fait' });
    expect((await q('faits')).rows.map((f) => f.description)).toEqual(['En retard']);
    expect((await q('en_retard')).total).toBe(0);
    const future = await call('reports:markDone', { id: late.id, doneOn: '2026-12-01' });
    expect(!future.ok && future.error.message).toBe('Un suivi ne peut pas être fait à une date future.');
  });
});

describe('« À faire »', () => {
  it('asks for the report of each person present N days after the meeting, until written', async () => {
    const w = await givenReportsWorld(app.ctx);
    await meetingWith(app.ctx, w.instanceId, '2026-11-10', [
      { representativeId: w.bruno, status: 'present' },
    ]);
    let todo = await reportsTodo(app.ctx);
    // October: Alice and Chloé (50 days ago); November 10: only 10 days ago, not yet due.
    expect(todo.expected.total).toBe(2);
    expect(todo.expected.lines.map((l) => [l.personName, l.expectedSince])).toEqual([
      ['Chloé Dupont', '2026-10-16'],
      ['Alice Martin', '2026-10-16'],
    ]);
    await saveReportsSettings(app.ctx, { reportDueDays: 7 });
    expect((await reportsTodo(app.ctx)).expected.total).toBe(3);
    await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Fait',
      writtenOn: '2026-10-05',
      followUps: [
        { description: 'Due soon', dueOn: '2026-12-01' },
        { description: 'Far away', dueOn: '2027-06-01' },
      ],
    });
    todo = await reportsTodo(app.ctx, 1);
    expect(todo.expected.total).toBe(2);
    expect(todo.expected.lines).toHaveLength(1);
    expect(todo.followUps.total).toBe(1);
    expect(todo.followUps.lines[0]).toMatchObject({ description: 'Due soon', state: 'a_echeance' });
  });

  it('does not ask for meetings more than a year old', async () => {
    const w = await givenReportsWorld(app.ctx);
    await meetingWith(app.ctx, w.instanceId, '2025-10-01', [
      { representativeId: w.alice, status: 'present' },
    ]);
    const todo = await reportsTodo(app.ctx);
    expect(todo.expected.lines.every((l) => l.meetingDate === '2026-10-01')).toBe(true);
  });
});

describe('documents received', () => {
  const pdf = Buffer.from('%PDF-1.4\n% convocation\n').toString('base64');
  it('attach a PDF with its kind, open it again; refuse anything else in French', async () => {
    const w = await givenReportsWorld(app.ctx);
    const saved = await writeReport(app.ctx, {
      meetingId: w.october,
      representativeId: w.alice,
      pointsRaised: 'Avec convocation',
      writtenOn: '2026-10-05',
    });
    const withDoc = await attachDocument(app.ctx, {
      reportId: saved.id,
      kind: 'convocation',
      fileName: 'convocation.pdf',
      dataBase64: pdf,
    });
    expect(withDoc.documents).toMatchObject([{ kind: 'convocation', originalName: 'convocation.pdf' }]);
    const hash = withDoc.documents[0]?.hash ?? '';
    const file = await openDocument(app.ctx, { reportId: saved.id, hash });
    expect(file.mime).toBe('application/pdf');
    const text = await call('reports:attachDocument', {
      reportId: saved.id,
      kind: 'autre',
      fileName: 'notes.txt',
      dataBase64: Buffer.from('hello').toString('base64'),
    });
    expect(!text.ok && text.error.message).toBe('Seuls les fichiers PDF, JPEG et PNG sont acceptés.');
    expect(await count('report_document')).toBe(1);
  });
});
