import {
  createTheme,
  listThemes,
  moveTheme,
  renameTheme,
  setThemeArchived,
} from '../../../electron/actions/themes';
import { offeredThemes } from '../../../shared/actions/rules';
import { createTestApp, type TestApp } from '../../helpers/context';
import { action, themeId } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

describe('themes of actions', () => {
  it('starts with the themes of the ARS bilan, adds, renames and refuses a duplicate', async () => {
    const initial = await listThemes(app.ctx);
    expect(initial[0]?.label).toBe('Santé de la femme, du couple et de l’enfant');
    expect(initial).toHaveLength(12);
    const added = await createTheme(app.ctx, { label: 'Pair-aidance' });
    expect(added.at(-1)?.label).toBe('Pair-aidance');
    await expect(createTheme(app.ctx, { label: 'addictions' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { label: 'Ce nom est déjà celui d’une autre thématique' },
    });
    const id = await themeId(app.ctx, 'Pair-aidance');
    const renamed = await renameTheme(app.ctx, id, { label: 'Pair-aidance et entraide' });
    expect(renamed.at(-1)?.label).toBe('Pair-aidance et entraide');
  });

  it('moves a theme up and down', async () => {
    const second = await themeId(app.ctx, 'Santé des jeunes');
    const moved = await moveTheme(app.ctx, second, 'up');
    expect(moved.slice(0, 2).map((t) => t.label)).toEqual([
      'Santé des jeunes',
      'Santé de la femme, du couple et de l’enfant',
    ]);
    // At the top already: nothing moves.
    expect((await moveTheme(app.ctx, second, 'up'))[0]?.id).toBe(second);
    expect((await moveTheme(app.ctx, second, 'down'))[1]?.id).toBe(second);
  });

  it('archives a theme: kept on its actions, no longer offered', async () => {
    const id = await themeId(app.ctx, 'Vaccination');
    await action(app.ctx, { themeId: id });
    const themes = await setThemeArchived(app.ctx, id, true);
    const archived = themes.find((t) => t.id === id);
    expect(archived).toMatchObject({ archived: true, actionCount: 1 });
    expect(offeredThemes(themes, null).some((t) => t.id === id)).toBe(false);
    expect(offeredThemes(themes, id).some((t) => t.id === id)).toBe(true);
    const restored = await setThemeArchived(app.ctx, id, false);
    expect(restored.find((t) => t.id === id)?.archived).toBe(false);
  });
});
