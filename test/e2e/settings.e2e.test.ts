import { closeBrowser, describeApp, launchApp, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

describeApp('Paramètres de l’association', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('refuse un SIREN et un IBAN faux, puis enregistre l’association corrigée', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByLabel(/^Nom de l’association/).fill('Collectif des usagers d’Ille-et-Vilaine');
    await page
      .getByLabel(/^Adresse/)
      .first()
      .fill('12 rue de Saint-Malo');
    await page.getByLabel(/^Code postal/).fill('35000');
    await page.getByLabel(/^Ville/).fill('Rennes');
    await page.getByLabel(/^Objet/).fill('Représenter les usagers du système de santé.');
    await page.getByLabel('SIREN').fill('123456789');
    await page.getByLabel('IBAN de l’association').fill('FR76 1234');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(/SIREN invalide/).waitFor();
    await page
      .getByText(/IBAN invalide/)
      .first()
      .waitFor();

    await page.getByLabel('SIREN').fill('732 829 320');
    await page.getByLabel('IBAN de l’association').fill('FR76 3000 4000 0312 3456 7890 143');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Les informations de l’association sont enregistrées.').waitFor();

    await page.reload();
    await page.getByRole('link', { name: 'Paramètres' }).click();
    expect(await page.getByLabel('SIREN').inputValue()).toBe('732829320');
    await page.getByRole('tab', { name: 'Application et données' }).click();
    expect(await page.getByTestId('chemin-base').textContent()).toContain('porte-voix.sqlite');
  });
});
