/**
 * « Tableau de bord » on the demo data: choose a year and a scope, read the figures with their
 * evolution and definition, click one to the list it counts, and from there to a person.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, type RunningApp } from './fixtures/app';

const shots = path.join(os.tmpdir(), 'porte-voix-dashboard');
const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const textOf = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

afterAll(() => closeBrowser());

describeApp('Tableau de bord', (target) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp(target, { demo: true });
  });
  afterAll(() => app.close());

  it('shows the figures of a chosen year and scope, and opens the list behind a figure', async () => {
    const { page } = app;
    mkdirSync(shots, { recursive: true });
    const lastYear = String(new Date().getFullYear() - 1);

    // The menu entry sits before « À faire ».
    const nav = page.getByRole('navigation').getByRole('link');
    await nav.first().waitFor();
    expect(textOf(await nav.first().textContent())).toBe('Tableau de bord');
    await nav.first().click();

    await page.getByRole('combobox', { name: 'Année' }).click();
    await page.getByRole('option', { name: lastYear, exact: true }).click();
    await page.getByRole('combobox', { name: 'Périmètre' }).click();
    await page.getByRole('option', { name: 'Commission des usagers (CDU)' }).click();
    await page.waitForFunction(
      (y) => window.location.hash.includes(`annee=${y}`) && window.location.hash.includes('perimetre=type-'),
      lastYear,
      // Interval polling: under load the animation frames a page renders by can wait long.
      { polling: 250, timeout: 60_000 },
    );

    const engaged = page.getByTestId('indicateur-engagedPeople');
    await engaged.getByTestId('valeur').waitFor();
    expect(textOf(await engaged.getByTestId('valeur').textContent())).toMatch(/^\d[\d ]* personnes?$/);
    expect(textOf(await engaged.getByTestId('evolution').textContent())).toMatch(
      new RegExp(`par rapport à ${Number(lastYear) - 1}$`),
    );
    const held = page.getByTestId('indicateur-meetingsHeld');
    expect(textOf(await held.getByTestId('valeur').textContent())).toMatch(/réunions?$/);
    // The congé arrives by its own call.
    await page.getByTestId('indicateur-congeUsed').getByTestId('valeur').waitFor();
    await expect(page.getByText(/Instances de type Commission des usagers/).count()).resolves.toBe(1);

    // The definition is the figure's tooltip.
    await engaged.getByRole('button', { name: 'Définition : Représentants engagés' }).hover();
    await page.getByText(/Personnes ayant au moins un mandat en cours un jour de la période/).waitFor();
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({
        path: path.join(shots, `tableau-de-bord-${target}-${width}.png`),
        fullPage: true,
      });
    }
    await page.mouse.move(0, 0);

    // The figure leads to the people it counts, for the same year and scope.
    const shown = textOf(await engaged.getByTestId('valeur').textContent()).replace(/\D/g, '');
    await engaged.getByRole('link', { name: 'Représentants engagés : voir la liste' }).click();
    await page.getByRole('heading', { name: `Représentants engagés — ${lastYear}` }).waitFor();
    const rows = page.getByTestId('liste-indicateur').getByRole('row');
    await rows.nth(1).waitFor();
    const count = textOf(await page.getByText(/^\d[\d ]* lignes?$/).textContent());
    expect(count.replace(/\D/g, '')).toBe(shown);
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({
        path: path.join(shots, `liste-indicateur-${target}-${width}.png`),
        fullPage: true,
      });
    }
    const first = rows.nth(1).getByRole('link');
    const name = textOf(await first.textContent());
    await first.click();
    await page.waitForFunction(() => /#\/representants\/\d+/.test(window.location.hash));
    await page
      .getByText(name.split(' ')[0] ?? name)
      .first()
      .waitFor();

    // Back to the dashboard with the same year and scope.
    await page.goBack();
    await page.getByRole('link', { name: 'Tableau de bord' }).last().click();
    await page.waitForFunction((y) => window.location.hash.includes(`annee=${y}`), lastYear);
  });

  it('offers dates instead of a year, and says when the end is before the start', async () => {
    const { page } = app;
    await go(page, '#/tableau-de-bord');
    await page.getByText('Des dates').click();
    await page.getByRole('textbox', { name: 'Du' }).fill('01/06/2025');
    await page.getByRole('textbox', { name: 'Au' }).fill('01/05/2025');
    await page.getByRole('textbox', { name: 'Au' }).press('Enter');
    await page.getByText('La fin doit être après le début').waitFor();
    await page.getByRole('textbox', { name: 'Au' }).fill('31/12/2025');
    await page.getByRole('textbox', { name: 'Au' }).press('Enter');
    await page.waitForFunction(() => window.location.hash.includes('du=2025-06-01'));
    await page.getByText(/comparé à la période du \d\d\/\d\d\/2024 au 31\/05\/2025/).waitFor();
  });

  it('shows a project’s figures, opens its sessions, produces the rapport d’activité, and opens on the dashboard if asked', async () => {
    const { page } = app;
    mkdirSync(shots, { recursive: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    const lastYear = String(new Date().getFullYear() - 1);
    await go(page, `#/tableau-de-bord?annee=${lastYear}`);
    await page.getByRole('combobox', { name: 'Périmètre' }).click();
    await page.getByRole('option', { name: 'Parcours diabète de type 2' }).click();
    await page.waitForFunction(() => window.location.hash.includes('perimetre=projet-'), undefined, {
      polling: 250,
      timeout: 60_000,
    });
    await page.getByText(/Pour un projet, le tableau de bord montre les chiffres de ses actions/).waitFor();
    // Only the families a project has: no mandate, no meeting of an instance.
    await expect(page.getByTestId('indicateur-engagedPeople').count()).resolves.toBe(0);
    const sessions = page.getByTestId('indicateur-sessionsHeld');
    await sessions.getByTestId('valeur').waitFor();
    const shownSessions = textOf(await sessions.getByTestId('valeur').textContent());
    expect(shownSessions).toMatch(/^\d[\d ]* séances?$/);
    const withUsers = textOf(
      await page.getByTestId('indicateur-actionsWithUsers').getByTestId('valeur').textContent(),
    );
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({ path: path.join(shots, `projet-${target}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // The figure leads to the sessions it counts.
    await sessions.getByRole('link', { name: 'Séances d’actions tenues : voir la liste' }).click();
    await page.getByRole('heading', { name: `Séances d’actions tenues — ${lastYear}` }).waitFor();
    if (shownSessions.replace(/\D/g, '') !== '0') {
      await page.getByTestId('liste-indicateur').getByRole('row').nth(1).waitFor();
      const count = textOf(await page.getByText(/^\d[\d ]* lignes?$/).textContent());
      expect(count.replace(/\D/g, '')).toBe(shownSessions.replace(/\D/g, ''));
    }
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({
        path: path.join(shots, `liste-seances-${target}-${width}.png`),
        fullPage: true,
      });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goBack();

    // The rapport d'activité of the same year and scope, with the same figures.
    await page.getByRole('button', { name: 'Rapport d’activité (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rapport d’activité prêt' });
    await dialog.waitFor();
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({ path: path.join(shots, `rapport-pret-${target}-${width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^Enregistrer/ }).click();
    const file = path.join(shots, `rapport-activite-${target}.pdf`);
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain(`RAPPORT D’ACTIVITÉ ${lastYear}`);
    expect(text).toContain('Projet « Parcours diabète de type 2 »');
    expect(text).toContain(`Séances d’actions tenues ${shownSessions}`);
    expect(text).toContain(`Actions avec participation des usagers ${withUsers}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(shots, `rapport-activite-${target}`)]);

    // Opening on the dashboard: chosen here, « À faire » still in the menu.
    await page.keyboard.press('Escape');
    // Saved first, then ticked: click rather than check(), which expects the tick at once.
    await page.getByRole('checkbox', { name: 'Ouvrir Porte-voix sur le tableau de bord' }).click();
    await page.getByText('Porte-voix s’ouvrira sur le tableau de bord').waitFor();
    await go(page, '#/');
    await page.reload();
    await page.waitForFunction(() => window.location.hash.startsWith('#/tableau-de-bord'), undefined, {
      polling: 250,
      timeout: 60_000,
    });
    await page.getByRole('link', { name: 'À faire' }).first().click();
    await page.waitForFunction(() => window.location.hash === '#/', undefined, { polling: 250 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/');
    await go(page, '#/tableau-de-bord');
    await page.getByRole('checkbox', { name: 'Ouvrir Porte-voix sur le tableau de bord' }).click();
    await page.getByText('Porte-voix s’ouvrira sur « À faire »').waitFor();
  });
});
