/** The screen Porte-voix opens on: « À faire » by default, kept apart from the user's name. */
import { dispatch } from '../../../electron/ipc/dispatch';
import { createTestApp, type TestApp } from '../../helpers/context';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

it('opens on « À faire » until the dashboard is chosen, and keeps the choice when the name is saved', async () => {
  expect(await dispatch(app.ctx, 'indicators:startScreen', {})).toEqual({
    ok: true,
    value: { firstScreen: 'a-faire' },
  });
  await dispatch(app.ctx, 'indicators:saveStartScreen', { firstScreen: 'tableau-de-bord' });
  await dispatch(app.ctx, 'appSettings:save', { userName: 'Bernard Hamon' });
  expect(await dispatch(app.ctx, 'indicators:startScreen', {})).toEqual({
    ok: true,
    value: { firstScreen: 'tableau-de-bord' },
  });
});

it('refuses an unknown screen at the boundary, in French', async () => {
  const answer = await dispatch(app.ctx, 'indicators:saveStartScreen', { firstScreen: 'frais' });
  expect(answer.ok).toBe(false);
  if (!answer.ok) expect(JSON.stringify(answer.error)).toContain('Choisissez l’écran d’ouverture');
});
