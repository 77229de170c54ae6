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

it('the demo’s actions meet across two years, with patient partners, an animatrice and residents counted', async () => {
  const app = await createTestApp();
  await loadDemoData(app.ctx);
  const db = app.ctx.db;
  const sessions = await db
    .selectFrom('meeting as m')
    .innerJoin('action as a', 'a.id', 'm.action_id')
    .select(['a.title', 'm.date', 'm.counted_participants'])
    .execute();
  const years = (title: string) =>
    new Set(sessions.filter((s) => s.title === title).map((s) => s.date.slice(0, 4))).size;
  expect(years('Groupe de travail éducation thérapeutique')).toBe(2);
  expect(sessions.filter((s) => s.title === 'Groupe de travail sorties d’hospitalisation')).toHaveLength(2);
  expect(sessions.find((s) => s.title === 'Forum santé mentale de Fougères')?.counted_participants).toBe(180);
  const partners = await db
    .selectFrom('representative as r')
    .innerJoin('person_profile as p', 'p.id', 'r.profile_id')
    .select(['r.first_name', 'p.code'])
    .where('p.code', '!=', 'representant_usagers')
    .orderBy('r.first_name')
    .execute();
  expect(partners.map((p) => p.code)).toEqual([
    'benevole',
    'pair_aidant',
    'patient_partenaire',
    'patient_formateur',
  ]);
  const leaders = await db
    .selectFrom('attendance as t')
    .innerJoin('meeting as m', 'm.id', 't.meeting_id')
    .where('m.action_id', 'is not', null)
    .where('t.role', '=', 'animateur')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  expect(leaders.n).toBeGreaterThanOrEqual(5);
  await app.close();
}, 60_000);
