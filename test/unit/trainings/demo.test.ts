import { createTestApp } from '../../helpers/context';
import { loadDemoData } from '../../../demo';
import { listStatuses } from '../../../electron/charters/charters';
import { listTrainings } from '../../../electron/trainings/trainings';

describe('demo data of trainings and charters', () => {
  it('mixes representatives up to date, to re-sign and never signed, and records trainings', async () => {
    const app = await createTestApp('2026-11-22T10:00:00.000Z');
    await loadDemoData(app.ctx);
    const { counts } = await listStatuses(app.ctx, { search: '', status: 'tous' });
    expect(counts.a_jour).toBeGreaterThan(0);
    expect(counts.a_resigner).toBeGreaterThan(0);
    expect(counts.jamais_signee).toBeGreaterThan(0);
    const trainings = await listTrainings(app.ctx, {
      search: '',
      kindId: null,
      year: null,
      sort: 'date',
      direction: 'desc',
    });
    expect(trainings.rows.some((t) => t.isBase)).toBe(true);
    await app.close();
  });
});
