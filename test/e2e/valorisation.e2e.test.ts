/**
 * Valorisation du bénévolat: set an hourly value in Paramètres › Bénévolat, enter a « temps
 * bénévole » (a bad duration is refused under the field), and read hours and valorisation on the
 * dashboard and on the person's record.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, rawApi, type RunningApp } from './fixtures/app';

const shots = path.join(os.tmpdir(), 'porte-voix-valorisation');
const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const textOf = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function shoot(page: Page, name: string) {
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
  }
}

afterAll(() => closeBrowser());

describeApp('Valorisation du bénévolat', (target) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp(target);
  });
  afterAll(() => app.close());

  it('a temps bénévole entered in the list shows on the dashboard, valued at the year’s hourly value', async () => {
    if (target !== 'navigateur') return;
    const { page } = app;
    mkdirSync(shots, { recursive: true });
    const year = new Date().getFullYear();
    const today = new Date().toLocaleDateString('fr-FR');
    const { json } = await rawApi(app, 'representatives:create', {
      civility: 'Mme',
      lastName: 'Guérin',
      firstName: 'Maëlle',
      employed: false,
      vehicles: [],
    });
    const person = (json as { value: { id: number } }).value;

    // The hourly value of « Préparation » for this year, voted by the board.
    await go(page, '#/parametres');
    await page.getByRole('tab', { name: 'Bénévolat' }).click();
    const value = page.getByRole('textbox', {
      name: 'Valeur de l’heure : Préparation des réunions et des actions',
    });
    await value.fill('12,50');
    await page
      .getByRole('textbox', { name: 'Source de la valeur : Préparation des réunions et des actions' })
      .fill('Vote du CA');
    await page.getByRole('button', { name: `Enregistrer les valeurs de ${year}` }).click();
    await page.getByText('Valeurs horaires enregistrées').waitFor();
    await page.mouse.move(0, 0);
    await shoot(page, 'parametres-benevolat');

    await go(page, '#/temps-benevole');
    await page.getByText('Aucun temps bénévole saisi').waitFor();
    await shoot(page, 'temps-benevole-vide');
    await page.getByRole('button', { name: 'Ajouter du temps' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter du temps bénévole' });
    await dialog.getByRole('combobox', { name: 'Personne' }).click();
    await page.getByRole('option', { name: 'GUÉRIN Maëlle' }).click();
    await dialog.getByRole('textbox', { name: 'Date' }).fill(today);
    await dialog.getByRole('textbox', { name: 'Durée' }).fill('2h30');
    await dialog.getByRole('combobox', { name: 'Catégorie' }).click();
    await page.getByRole('option', { name: 'Préparation des réunions et des actions' }).click();
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Lecture des plaintes avant la CDU');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Durée au format HH:MM (exemple : 02:30)').waitFor();
    await shoot(page, 'temps-benevole-formulaire');
    await dialog.getByRole('textbox', { name: 'Durée' }).fill('02:30');
    await dialog.getByRole('textbox', { name: 'Durée' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /Maëlle Guérin/ }).waitFor();
    expect(textOf(await page.getByTestId('compte').textContent())).toBe('1 saisie — 2 h 30 au total');
    await page.mouse.move(0, 0);
    await shoot(page, 'temps-benevole-liste');

    await go(page, '#/tableau-de-bord');
    const hours = page.getByTestId('indicateur-volunteerHours');
    await hours.getByTestId('valeur').waitFor();
    expect(textOf(await hours.getByTestId('valeur').textContent())).toBe('2 h 30');
    const valued = page.getByTestId('indicateur-volunteerValue');
    expect(textOf(await valued.getByTestId('valeur').textContent())).toBe('31,25 €');
    await valued.scrollIntoViewIfNeeded();
    await shoot(page, 'tableau-de-bord-benevolat');

    await go(page, `#/representants/${person.id}`);
    const card = page.getByTestId('valorisation-personne');
    await card.waitFor();
    expect(textOf(await card.textContent())).toBe(
      `En ${year} : 2 h 30 de bénévolat (réunions, séances et temps saisi), valorisées 31,25 €.`,
    );
    await shoot(page, 'fiche-personne-benevolat');
  });
});
