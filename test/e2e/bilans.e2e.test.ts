/**
 * « Financements et bilans » on the demo data: the list, a financement, its bilan d'action — a
 * text saved as a new version —, the PDF produced from the page and read back; the objectives on
 * a project's page and of the year. Screenshots at 1366×768 and 1024×768.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, type RunningApp } from './fixtures/app';

const shots = path.join(os.tmpdir(), 'porte-voix-bilans');
const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

afterAll(() => closeBrowser());

describeApp('Financements et bilans', (target) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp(target, { demo: true });
    mkdirSync(shots, { recursive: true });
  });
  afterAll(() => app.close());

  it('produces the bilan d’action of a financement from its page', async () => {
    const { page } = app;
    const lastYear = new Date().getFullYear() - 1;
    await page.getByRole('navigation').getByRole('link', { name: 'Financements et bilans' }).click();
    await page.getByTestId('compte').filter({ hasText: '2 financements' }).waitFor();
    await shoot(page, 'financements');
    await page.getByRole('textbox', { name: 'Rechercher' }).fill('diabète');
    await page.getByTestId('compte').filter({ hasText: '1 financement' }).waitFor();
    await page.getByText('Parcours diabète de type 2 — participation des usagers').first().click();
    await page.getByRole('heading', { name: /ARS — Parcours diabète/ }).waitFor();
    await shoot(page, 'financement');

    await page.getByRole('link', { name: `Bilan du 01/01/${lastYear} au 31/12/${lastYear}` }).click();
    const synthese = page.getByRole('textbox', { name: 'Points forts' });
    await synthese.waitFor();
    await synthese.fill('Des usagers présents à chaque étape du parcours.');
    await synthese.locator('xpath=../../..').getByRole('button', { name: 'Enregistrer' }).click();
    await page
      .getByText(/^Version 1, enregistrée le/)
      .first()
      .waitFor();
    await shoot(page, 'bilan');

    const impacts = page.getByRole('textbox', { name: 'Impacts' });
    await impacts.fill('Les propositions des usagers ont été retenues par le CHU et la CPTS.');
    await impacts.locator('xpath=../../..').getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('button', { name: 'Versions précédentes' }).click();
    await page
      .getByRole('dialog')
      .getByText(/^Version 1, enregistrée le/)
      .waitFor();
    await shoot(page, 'bilan-versions');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Bilan PDF' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bilan d’action prêt' });
    await dialog.waitFor();
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^Enregistrer/ }).click();
    const download = await downloadPromise;
    const text = execFileSync('pdftotext', ['-raw', await download.path(), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('BILAN D’ACTION');
    expect(text).toContain('Des usagers présents à chaque étape du parcours.');
    expect(text).toContain('Les propositions des usagers ont été retenues par le CHU et la CPTS.');
    expect(text).toContain('Signatures');
  });

  it('shows the objectives of a project and of the year', async () => {
    const { page } = app;
    await go(page, '#/actions?type=projet&q=diab%C3%A8te');
    await page.getByText('Parcours diabète de type 2').first().click();
    await page.getByRole('heading', { name: 'Objectifs et indicateurs' }).waitFor();
    await page.getByText(/Objectif 1 — Associer les usagers/).scrollIntoViewIfNeeded();
    await shoot(page, 'projet-objectifs');
    await page.getByRole('button', { name: 'Indicateur' }).first().click();
    await page.getByRole('dialog').getByText('Calculé par Porte-voix').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Indiquez l’indicateur').waitFor();
    await page.getByText('Choisissez le chiffre à calculer').waitFor();
    await shoot(page, 'indicateur-form');
    await page.keyboard.press('Escape');

    await go(page, `#/objectifs?annee=${new Date().getFullYear() - 1}`);
    await page.getByText(/Objectif 1 — Garder les sièges/).waitFor();
    await shoot(page, 'objectifs-annee');
    await go(page, '#/financements/nouveau');
    await page.getByRole('textbox', { name: /Intitulé/ }).waitFor();
    await shoot(page, 'financement-form');
  });
});
