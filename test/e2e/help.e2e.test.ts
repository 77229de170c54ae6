import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, savePreparedFile, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** Screenshots for the eye, outside the repository. */
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/porte-voix-e2e/aide';

describeApp('Aide, glossaire et modèle d’import', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('explique l’écran affiché, cherche un mot du glossaire, et s’ouvre au clavier', async () => {
    const { page } = app;
    await go(page, '#/frais');
    await page.getByRole('button', { name: 'Aide' }).click();
    const panel = page.getByRole('dialog', { name: 'Aide' });
    await panel.getByRole('heading', { name: 'Notes de frais' }).waitFor();
    await panel.getByText(/kilomètres déjà faits dans l’année avec le même véhicule/).waitFor();
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({ path: `${SHOTS}/aide-ecran-${width}.png` });
    }
    // A word of the screen leads to its definition in the glossary.
    await panel.getByRole('button', { name: 'Abandon de frais' }).click();
    await panel.getByText(/renonce par écrit au remboursement/).waitFor();
    const search = panel.getByLabel('Chercher un mot');
    await search.fill('4681');
    await panel.getByText('Compte 4681', { exact: true }).waitFor();
    await search.fill('pain.001');
    await panel.getByText('Fichier de virements SEPA (pain.001)').waitFor();
    await search.fill('suppleante');
    await panel.getByText('Suppléant, suppléante', { exact: true }).waitFor();
    await search.fill('zzz');
    await panel.getByText('Aucun mot ne correspond.').waitFor();
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await search.fill('frais');
      await page.screenshot({ path: `${SHOTS}/aide-glossaire-${width}.png` });
    }
    await panel.getByRole('tab', { name: 'Quoi de neuf' }).click();
    await panel
      .getByRole('heading', { name: /^Version \d+\.\d+\.\d+$/ })
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    // F1 opens the help of the screen shown.
    await go(page, '#/reunions');
    await page.getByRole('heading', { name: 'Réunions', level: 2 }).waitFor();
    await page.keyboard.press('F1');
    await panel.getByRole('heading', { name: 'Réunions' }).waitFor();
  });

  it('donne le modèle de fichier d’import avec les colonnes reconnues', async () => {
    const { page } = app;
    await go(page, '#/import');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Modèle de fichier' }).click();
    await savePreparedFile(page);
    const file = await download;
    expect(file.suggestedFilename()).toBe('modele-import-porte-voix.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
    const header = book.getWorksheet('Registre')?.getRow(1);
    expect(header?.getCell(2).text).toBe('Nom');
    expect(book.getWorksheet('Mode d’emploi')).toBeDefined();
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({ path: `${SHOTS}/import-${width}.png` });
    }
  });
});
