/**
 * « Sauvegarder maintenant » then a restore, through the interface: the backup shows its
 * progress and lands in the list; a change made after it is undone by the restore, and the
 * application reloads on the restored data.
 */
import type { Page } from 'playwright-core';
import { closeBrowser, E2E_USER_NAME, launchApp, rawApi, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

/** Screenshots for review, when PORTE_VOIX_SHOTS names a folder. */
async function shots(page: Page, name: string, fullPage = true): Promise<void> {
  const dir = process.env.PORTE_VOIX_SHOTS;
  if (!dir) return;
  const size = page.viewportSize();
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage });
  }
  if (size) await page.setViewportSize(size);
}

// The restore needs direct API calls (to change data between backup and restore): browser mode.
describe('Sauvegarde et restauration [navigateur]', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp('navigateur', { demo: true });
  }, 60_000);
  afterAll(() => app.close());

  it('sauvegarde maintenant, puis restaure la sauvegarde après confirmation', async () => {
    const { page } = app;
    await page.goto(`${app.url}/#/parametres?onglet=application`);
    const card = page.getByTestId('sauvegardes');
    await card.waitFor();
    expect(await page.getByTestId('derniere-sauvegarde').textContent()).toBe('aucune pour l’instant');
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await page.getByText('Sauvegarde terminée').waitFor({ timeout: 30_000 });
    await page
      .getByRole('button', { name: /^Restaurer la sauvegarde du/ })
      .first()
      .waitFor();
    expect(await page.getByTestId('derniere-sauvegarde').textContent()).not.toBe('aucune pour l’instant');
    await shots(page, 'parametres-sauvegardes');

    // A change after the backup, which the restore must undo.
    const changed = await rawApi(app, 'appSettings:save', { userName: 'Quelqu’un d’autre' });
    expect(changed.status).toBe(200);

    await page
      .getByRole('button', { name: /^Restaurer la sauvegarde du/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Restaurer cette sauvegarde ?').waitFor();
    expect(await dialog.getByTestId('contenu-sauvegarde').textContent()).toMatch(
      /^Elle contient \d+ personnes, \d+ mandats, \d+ réunions, \d+ notes de frais, \d+ reçus? fiscaux?, \d+ pièces? jointes?\.$/,
    );
    await shots(page, 'restauration-confirmation', false);
    await dialog.getByRole('button', { name: 'Restaurer' }).click();
    await page.getByText('Sauvegarde restaurée').waitFor({ timeout: 30_000 });
    // The application reloads on the restored data.
    await page.waitForEvent('load', { timeout: 15_000 });
    await page.getByTestId('sauvegardes').waitFor();
    const settings = await rawApi(app, 'appSettings:get', {});
    expect(settings.json).toEqual({ ok: true, value: { userName: E2E_USER_NAME } });
    // The data replaced was backed up first: two archives now, one « avant restauration ».
    await page.getByText('avant restauration').first().waitFor();
    await shots(page, 'apres-restauration');
  }, 120_000);

  it('« À faire » dit quand le dossier de sauvegarde est inaccessible', async () => {
    const { page } = app;
    // The chosen folder must exist when saved; then it disappears (a key unplugged).
    const folder = `${app.dbFile}-cle`;
    const { mkdirSync, rmSync } = await import('node:fs');
    mkdirSync(folder);
    expect((await rawApi(app, 'backup:saveSettings', { folder })).json).toMatchObject({ ok: true });
    rmSync(folder, { recursive: true });
    await page.goto(`${app.url}/#/`);
    const section = page.getByTestId('sauvegarde-a-faire');
    await section.getByText('Dossier de sauvegarde inaccessible').waitFor();
    await shots(page, 'a-faire-sauvegarde', false);
    await section.getByRole('link', { name: 'Régler les sauvegardes' }).click();
    await page.getByTestId('sauvegardes').getByText('Dossier de sauvegarde inaccessible').waitFor();
  }, 60_000);
});
