import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, savePreparedFile, type RunningApp } from './fixtures/app';

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const shots = process.env.SURVEYS_SHOTS ?? '';

afterAll(() => closeBrowser());

async function addQuestion(page: Page, label: string, kind: string | null, required = false) {
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter une question' });
  await dialog.getByRole('textbox', { name: /^Question/ }).fill(label);
  if (kind !== null) {
    await dialog.getByRole('combobox', { name: /^Type de réponse/ }).click();
    await page.getByRole('option', { name: kind }).click();
  }
  if (required) await dialog.getByLabel('Réponse obligatoire').check();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('question').filter({ hasText: label }).waitFor();
}

async function screenshots(page: Page, name: string) {
  if (shots === '') return;
  // The notifications of earlier steps would hide the page's top right corner.
  for (const close of await page.locator('.mantine-Notification-root button').all()) await close.click();
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describeApp('Questionnaires', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('a questionnaire of three questions: two answers typed in, three imported from a CSV, the results with a chart', async () => {
    const { page } = app;
    await go(page, '#/questionnaires');
    await page.getByText('Aucun questionnaire pour l’instant').waitFor();
    await screenshots(page, 'liste-vide');
    await page.getByRole('button', { name: 'Nouveau questionnaire' }).first().click();
    await page.getByLabel('Titre').fill('Forum santé — votre avis');
    await page.getByLabel('Participants, sur une action').check();
    await screenshots(page, 'nouveau');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Forum santé — votre avis' }).waitFor();

    await addQuestion(page, 'Êtes-vous satisfait du forum ?', null, true);
    await addQuestion(page, 'Avez-vous appris quelque chose ?', 'Oui / non');
    await page.getByRole('button', { name: 'Ajouter une question' }).click();
    await screenshots(page, 'question');
    await page.keyboard.press('Escape');
    await addQuestion(page, 'Vos suggestions', 'Texte libre');
    await page.getByRole('button', { name: 'Monter « Vos suggestions »' }).waitFor();
    await screenshots(page, 'brouillon');

    await page.getByRole('button', { name: 'Marquer comme diffusé' }).click();
    await page.getByText(/Le questionnaire a été diffusé : repassez-le en brouillon/).waitFor();

    // Two paper forms typed in, one after the other.
    await page.getByRole('button', { name: 'Saisir une réponse' }).click();
    await page.getByRole('heading', { name: 'Saisir une réponse' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await page.getByText('Réponse obligatoire').waitFor();
    await screenshots(page, 'reponse');
    const scale = page.getByRole('radiogroup', { name: /Êtes-vous satisfait du forum/ });
    await scale.getByRole('radio', { name: '4', exact: true }).check();
    await page
      .getByRole('radiogroup', { name: /appris quelque chose/ })
      .getByRole('radio', { name: 'Oui' })
      .check();
    await page.getByLabel('3. Vos suggestions').fill('Une navette depuis la gare');
    await page.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await page.getByText('Une réponse saisie depuis l’ouverture de cette page.', { exact: false }).waitFor();
    await scale.getByRole('radio', { name: '2', exact: true }).check();
    await page.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await page.getByText('2 réponses saisies', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Terminer' }).click();
    await page.getByRole('heading', { name: 'Réponses (2)' }).waitFor();
    await page.getByText(/2 réponses sont enregistrées : les questions ne peuvent plus changer/).waitFor();
    await screenshots(page, 'diffuse');

    // Three more from an online form tool's export: its own columns are left out.
    await page.getByRole('button', { name: 'Importer des réponses' }).click();
    const csv = [
      'Horodateur;Adresse e-mail;ÊTES-VOUS SATISFAIT DU FORUM;Avez-vous appris quelque chose ?;Vos suggestions',
      '2026/11/15 10:02;a@exemple.fr;5;Oui;Plus de stands sur la santé mentale',
      '2026/11/15 11:40;b@exemple.fr;4;non;',
      '2026/11/16 09:12;c@exemple.fr;9;oui;',
    ].join('\r\n');
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({ name: 'forum.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page
      .getByTestId('problemes')
      .getByText('Ligne 4, « Êtes-vous satisfait du forum ? » : « 9 » n’est pas une note de 1 à 5.')
      .waitFor();
    await page.getByText('Colonnes laissées de côté : « Horodateur », « Adresse e-mail ».').waitFor();
    expect(await page.getByRole('button', { name: 'Importer 3 réponses' }).isDisabled()).toBe(true);
    await screenshots(page, 'import-erreurs');
    await input.setInputFiles({
      name: 'forum-corrige.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.replace(';9;', ';3;'), 'utf8'),
    });
    await page.getByTestId('problemes').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Importer 3 réponses' }).click();

    // The results: five answers, a chart per closed question, the free texts listed.
    await page.getByTestId('nombre-reponses').getByText('5 réponses').waitFor();
    const first = page.getByTestId('resultat-question').first();
    await first.getByText('Moyenne : 3,6 / 5').waitFor(); // (4 + 2 + 5 + 4 + 3) / 5
    // One bar per value of the scale, those nobody chose included (drawn flat).
    await first.locator('.recharts-bar-rectangle').nth(4).waitFor({ state: 'attached' });
    expect(await first.locator('.recharts-bar-rectangle').count()).toBe(5);
    expect(await page.locator('.recharts-wrapper').count()).toBe(2);
    await page.getByText('« Une navette depuis la gare »').waitFor();
    await page.getByText('« Plus de stands sur la santé mentale »').waitFor();
    await screenshots(page, 'resultats');

    // Waiting for its analysis in « À faire », gone once analysed.
    await go(page, '#/');
    const todo = page.getByTestId('questionnaires-a-analyser');
    await todo.getByText('Forum santé — votre avis').waitFor();
    await screenshots(page, 'a-faire');
    await todo.getByRole('link', { name: 'Voir les résultats de « Forum santé — votre avis »' }).click();
    await page.getByRole('button', { name: 'Marquer comme analysé' }).click();
    await page.getByText(/analysé le/).waitFor();

    await go(page, '#/questionnaires');
    await page
      .getByRole('row', { name: /Forum santé — votre avis/ })
      .getByText('Analysé')
      .waitFor();
    await screenshots(page, 'liste');
  }, 120_000);

  it('hands out the printable form and the file to fill', async () => {
    const { page } = app;
    await go(page, '#/questionnaires/nouveau');
    await page.getByLabel('Titre').fill('Votre rôle de représentant');
    await page.getByLabel('Représentants, sur leur rôle et leur influence').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await addQuestion(page, 'Vous sentez-vous écouté en séance ?', null);
    await page.getByRole('button', { name: 'Diffuser' }).click();
    await page.getByRole('menuitem', { name: 'Formulaire à imprimer (PDF)' }).click();
    let download = page.waitForEvent('download');
    await savePreparedFile(page);
    expect((await download).suggestedFilename()).toBe(
      `Questionnaire-Votre-role-de-representant-${new Date().getFullYear()}.pdf`,
    );
    await page.getByRole('button', { name: 'Diffuser' }).click();
    await page.getByRole('menuitem', { name: 'Fichier à remplir (Excel)' }).click();
    download = page.waitForEvent('download');
    await savePreparedFile(page);
    expect((await download).suggestedFilename()).toMatch(
      /^Questionnaire-Votre-role-de-representant-\d{4}\.xlsx$/,
    );
  }, 60_000);

  it('shows the demo’s questionnaires, one waiting for its analysis, with their charts', async () => {
    await app.close();
    app = await launchApp(target, { demo: true });
    const { page } = app;
    await go(page, '#/questionnaires');
    await page
      .getByRole('row', { name: /Votre rôle et votre influence de représentant/ })
      .getByText('Analysé')
      .waitFor();
    await screenshots(page, 'liste-demo');
    await page.getByRole('row', { name: /Forum santé — votre avis/ }).click();
    await page.getByText('Se rapporte à').waitFor();
    await screenshots(page, 'detail-demo');
    await page.getByRole('link', { name: 'Résultats' }).click();
    await page.getByTestId('nombre-reponses').getByText('24 réponses').waitFor();
    expect(await page.locator('.recharts-wrapper').count()).toBe(4);
    await screenshots(page, 'resultats-demo');
  }, 120_000);
});
