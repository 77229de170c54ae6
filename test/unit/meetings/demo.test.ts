import { createTestApp, type TestApp } from '../../helpers/context';
import { loadMeetingsDemo } from '../../../demo/meetings';
import { givenCdu, givenInstance, givenMandate, givenPerson } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

describe('demo meetings', () => {
  it('does nothing without instances', async () => {
    await loadMeetingsDemo(app.ctx);
    expect(await app.ctx.db.selectFrom('meeting').select('id').execute()).toHaveLength(0);
  });

  it('builds two years of meetings with consistent attendance, replacements and attestations', async () => {
    const f = await givenCdu(app.ctx);
    const other = await givenInstance(app.ctx, 'CDU de la clinique', 'Salle B', 'Clinique Saint-Laurent');
    const p1 = await givenPerson(app.ctx, 'Gaëlle', 'Riou', 'La Poste');
    const p2 = await givenPerson(app.ctx, 'Hugo', 'Tanguy');
    await givenMandate(app.ctx, p1, other, 'titulaire', '2023-01-01', '2027-12-31');
    await givenMandate(app.ctx, p2, other, 'suppleant', '2023-01-01', '2027-12-31');
    await givenMandate(app.ctx, f.bruno, other, 'titulaire', '2023-01-01', '2027-12-31');
    await loadMeetingsDemo(app.ctx);

    const meetings = await app.ctx.db.selectFrom('meeting').selectAll().execute();
    expect(meetings.length).toBeGreaterThanOrEqual(14);
    expect(meetings.some((m) => m.date > '2026-11-20')).toBe(true);
    expect(meetings.every((m) => m.date >= '2024-11-20')).toBe(true);
    const rows = await app.ctx.db.selectFrom('attendance').selectAll().execute();
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses.has('present')).toBe(true);
    expect(
      rows.filter((r) => r.status === 'present' || r.status === 'distance').length / rows.length,
    ).toBeGreaterThan(0.6);
    for (const r of rows.filter((x) => x.status === 'remplace')) {
      expect(
        rows.some(
          (s) =>
            s.meeting_id === r.meeting_id &&
            s.representative_id === r.replaced_by_id &&
            s.status !== 'remplace',
        ),
      ).toBe(true);
    }
    const attestations = await app.ctx.db.selectFrom('attestation').selectAll().execute();
    expect(attestations.length).toBeGreaterThan(0);
    expect(new Set(attestations.map((a) => a.reference)).size).toBe(attestations.length);
  });
});
