import type { Locator, Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** The element lies entirely within the window's width (not cut, not scrolled sideways away). */
async function expectInsideViewport(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
}

describeApp('Première utilisation : qui utilise l’ordinateur', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target, { userName: null });
  });
  afterEach(() => app.close());

  it('demande le nom au premier lancement, l’affiche en haut et le change d’un clic', async () => {
    const { page } = app;
    const ask = page.getByRole('dialog', { name: 'Qui utilise Porte-voix sur cet ordinateur ?' });
    await ask.waitFor();
    // Not dismissed by a stray Escape: the user answers or says « Plus tard ».
    await page.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Enregistrer' }).click();
    await ask.getByText('Indiquez votre nom').waitFor();
    await ask.getByLabel(/Votre nom/).fill('Bernard Hamon');
    await ask.getByRole('button', { name: 'Enregistrer' }).click();
    await ask.waitFor({ state: 'hidden' });

    const header = page.getByRole('banner');
    await header.getByText('Bernard Hamon').click();
    const change = page.getByRole('dialog', { name: 'Changer d’utilisateur' });
    await change.getByLabel(/Votre nom/).fill('Josiane Le Bihan');
    await change.getByRole('button', { name: 'Enregistrer' }).click();
    await header.getByText('Josiane Le Bihan').waitFor();

    // Paramètres › Application shows the same name.
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('tab', { name: 'Application et données' }).click();
    expect(await page.getByLabel('Votre nom').inputValue()).toBe('Josiane Le Bihan');
  });

  it('« Plus tard » laisse travailler, et l’en-tête invite à donner son nom', async () => {
    const { page } = app;
    const ask = page.getByRole('dialog', { name: 'Qui utilise Porte-voix sur cet ordinateur ?' });
    await ask.getByRole('button', { name: 'Plus tard' }).click();
    await ask.waitFor({ state: 'hidden' });
    await page.getByRole('banner').getByRole('button', { name: 'Indiquer votre nom' }).waitFor();
  });
});

describeApp('Modifications non enregistrées et erreurs de saisie', (target) => {
  let app: RunningApp;
  afterEach(() => app.close());

  it('demande avant de quitter une fiche modifiée par le menu : « Rester » garde la saisie', async () => {
    app = await launchApp(target);
    const { page } = app;
    await go(page, '#/representants/nouveau');
    await page.getByLabel('Prénom').fill('Jean');

    await page.getByRole('link', { name: 'Organisations' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
    await dialog.getByText('Vos modifications seront perdues.').waitFor();
    await dialog.getByRole('button', { name: 'Rester' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Prénom').inputValue()).toBe('Jean');

    await page.getByRole('link', { name: 'Organisations' }).click();
    await dialog.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();

    // An untouched form leaves without a question.
    await go(page, '#/representants/nouveau');
    await page.getByLabel('Prénom').waitFor();
    await page.getByRole('link', { name: 'Instances' }).click();
    await page.getByRole('heading', { name: 'Instances' }).waitFor();

    // A saved form too.
    await go(page, '#/representants/nouveau');
    await page.getByLabel(/^Nom/).fill('Durand');
    await page.getByLabel('Prénom').fill('Jean');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('La fiche de Jean Durand est enregistrée.').waitFor();
    await page.getByRole('link', { name: 'Instances' }).click();
    await page.getByRole('heading', { name: 'Instances' }).waitFor();
  });

  if (target === 'navigateur') {
    it('demande aussi avant de fermer l’onglet ou de recharger la page', async () => {
      app = await launchApp(target);
      const { page } = app;
      await go(page, '#/representants/nouveau');
      await page.getByLabel('Prénom').fill('Jean');
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (dialog) => {
          resolve(dialog.type());
          void dialog.accept();
        }),
      );
      await page.close({ runBeforeUnload: true });
      expect(await asked).toBe('beforeunload');
    });
  }

  it('met le curseur sur le premier champ en erreur d’un formulaire refusé', async () => {
    app = await launchApp(target);
    const { page } = app;
    await go(page, '#/representants/nouveau');
    await page.getByLabel('Prénom').fill('Jean');
    await page.getByLabel('E-mail').fill('jean@');
    await page.getByLabel('IBAN').fill('FR76 1234');
    // Leaving the field shows its error first (the button moves down with it).
    await page.getByLabel('IBAN').press('Tab');
    await page.getByText(/IBAN invalide/).waitFor();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Formulaire incomplet').waitFor();
    // The focus was on the button: it goes to « Nom », the first field in error, not to IBAN.
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focused).toBe(await page.getByLabel(/^Nom/).getAttribute('id'));
  });

  it('demande avant de quitter une grille de présences modifiée', async () => {
    app = await launchApp(target, { demo: true });
    const { page } = app;
    await go(page, '#/reunions?periode=passees');
    await page.getByRole('row').nth(1).click();
    const grid = page.getByRole('table', { name: 'Grille des présences' });
    await grid.waitFor();
    await grid.getByRole('row').nth(1).getByText('Absent', { exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer les présences' }).isEnabled();

    await page.getByRole('link', { name: 'Formations' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
    await dialog.getByRole('button', { name: 'Rester' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await grid.waitFor();
    await page.getByRole('link', { name: 'Formations' }).click();
    await dialog.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
    await page.getByRole('heading', { name: 'Formations' }).waitFor();
  });
});

describeApp('Écran de 1024 × 768', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target, { demo: true });
    await app.page.setViewportSize({ width: 1024, height: 768 });
  });
  afterEach(() => app.close());

  it('garde visibles le montant et le statut des notes de frais, et la colonne « Attestation » des présences', async () => {
    const { page } = app;
    await go(page, '#/frais');
    const list = page.getByRole('table', { name: 'Liste des notes de frais' });
    await list.getByRole('columnheader', { name: /Montant/ }).waitFor();
    await expectInsideViewport(page, list.getByRole('columnheader', { name: /Statut/ }));
    const firstRow = list.getByRole('row').nth(1);
    await expectInsideViewport(page, firstRow.getByText(/€$/));
    await expectInsideViewport(page, firstRow.getByRole('cell').last());
    await page.screenshot({ path: `/tmp/shell-e2e-claims-1024-${target}.png` });

    await go(page, '#/reunions?periode=passees');
    await page.getByRole('row').nth(1).click();
    const grid = page.getByRole('table', { name: 'Grille des présences' });
    await expectInsideViewport(page, grid.getByRole('columnheader', { name: 'Attestation' }));
    await expectInsideViewport(page, grid.getByRole('row').nth(1).getByRole('cell').last());
  });
});
