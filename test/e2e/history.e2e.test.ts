import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeBrowser, describeApp, launchApp, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

/** Screenshots for a person to look at (not compared): outside the repository. */
const shots = process.env.PORTE_VOIX_SHOTS ?? path.join(os.tmpdir(), 'porte-voix-shots', 'history');

describeApp('Historique des fiches et journal', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('montre l’historique d’une personne après une modification, puis vérifie le journal', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Personnes' }).click();
    await page.getByRole('button', { name: 'Ajouter une personne' }).first().click();
    await page.getByLabel(/^Nom/).fill('Martin');
    await page.getByLabel('Prénom').fill('Hélène');
    await page.getByLabel('Ville').fill('Rennes');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Hélène Martin' }).waitFor();

    await page.getByRole('button', { name: 'Modifier' }).click();
    await page.getByLabel(/^Nom/).fill('Durand');
    await page.getByLabel('Ville').fill('Saint-Malo');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Hélène Durand' }).waitFor();

    await page.getByRole('button', { name: 'Historique' }).click();
    const drawer = page.getByRole('dialog', { name: /Historique/ });
    await drawer.getByText('2 événements, du plus récent au plus ancien.').waitFor();
    const nameRow = drawer.getByRole('row').filter({ hasText: 'Nom' }).first();
    await nameRow.getByText('Martin').waitFor();
    await nameRow.getByText('→ Durand').waitFor();
    await drawer.getByRole('row').filter({ hasText: 'Ville' }).getByText('→ Saint-Malo').waitFor();
    await drawer
      .getByText(/par Camille Essai/)
      .first()
      .waitFor();

    mkdirSync(shots, { recursive: true });
    for (const [width, height] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shots, `${target}-historique-${width}.png`) });
    }
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('tab', { name: 'Application et données' }).click();
    await page.getByRole('button', { name: 'Vérifier l’intégrité du journal' }).click();
    await page.getByText('Journal intact').waitFor();
    await page.getByText(/inscriptions vérifiées\u00a0: aucune n’a été modifiée/).waitFor();
    for (const [width, height] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shots, `${target}-journal-${width}.png`), fullPage: true });
    }
  });
});
