import { listActions } from '../../../electron/actions/actions';
import { loadDemoData } from '../../../demo';
import { actionListQuery } from '../../../shared/actions/schemas';
import { createTestApp } from '../../helpers/context';

it('the demo holds two CPTS projects with their actions, a DAC working group and a forum', async () => {
  const app = await createTestApp();
  await loadDemoData(app.ctx);
  const list = async (query: object) => listActions(app.ctx, actionListQuery.parse(query));
  const projects = await list({ kind: 'projet', sort: 'titre', direction: 'asc' });
  expect(projects.rows.map((p) => [p.title, p.carrierName])).toEqual([
    ['Parcours diabète de type 2', 'CPTS Rennes Nord'],
    ['Prévention des chutes des personnes âgées', 'CPTS du Pays de Vitré'],
  ]);
  expect((await list({ search: 'sorties hospitalisation' })).rows[0]?.carrierName).toMatch(/^DAC 35/);
  expect((await list({ search: 'forum fougeres' })).total).toBe(1);
  expect((await list({})).total).toBe(7);
  await app.close();
}, 60_000);
