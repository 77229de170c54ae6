import { loadMeetingsDemo } from '../../../demo/meetings';
import { loadReportsDemo } from '../../../demo/reports';
import { reportsTodo } from '../../../electron/reports/reports-todo';
import { createTestApp, type TestApp } from '../../helpers/context';
import { givenCdu } from '../meetings/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

describe('demo reports', () => {
  it('reports back on recent meetings, one confidential, one with its ordre du jour, and leaves some expected', async () => {
    await givenCdu(app.ctx);
    await loadMeetingsDemo(app.ctx);
    await loadReportsDemo(app.ctx);
    const reports = await app.ctx.db.selectFrom('mandate_report').selectAll().execute();
    expect(reports.length).toBeGreaterThanOrEqual(4);
    expect(reports.filter((r) => r.confidential === 1)).toHaveLength(1);
    const documents = await app.ctx.db.selectFrom('report_document').selectAll().execute();
    expect(documents).toMatchObject([{ kind: 'ordre_du_jour' }]);
    const todo = await reportsTodo(app.ctx);
    expect(todo.expected.total).toBeGreaterThan(0);
    expect(todo.followUps.lines.map((f) => f.state)).toEqual(
      expect.arrayContaining(['en_retard', 'a_echeance']),
    );
  });
});
