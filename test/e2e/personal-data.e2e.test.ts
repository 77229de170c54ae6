import {
  closeBrowser,
  describeApp,
  launchApp,
  rawApi,
  savePreparedFile,
  type RunningApp,
} from './fixtures/app';

afterAll(() => closeBrowser());

const person = {
  civility: 'Mme',
  lastName: 'Kerbrat',
  firstName: 'Solène',
  email: 'solene.kerbrat@exemple.fr',
  phone: '06 98 76 54 32',
  addressLine: '5 allée des Mouettes',
  postalCode: '29200',
  city: 'Brest',
  originAssociation: null,
  employed: false,
  employer: null,
  iban: null,
  bic: null,
  notes: 'Préfère être jointe le soir.',
  vehicles: [],
};

describeApp('Données personnelles', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('exporte puis anonymise une personne depuis sa fiche', async () => {
    const { page } = app;
    // The record is made through the browser mode's API (the desktop app has no such door).
    if (target !== 'navigateur') return;
    const created = await rawApi(app, 'representatives:create', person);
    const id = (created.json as { value: { id: number } }).value.id;
    await page.evaluate((to) => (window.location.hash = to), `#/representants/${id}`);
    await page.getByRole('heading', { name: 'Mme Solène Kerbrat' }).waitFor();

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Exporter ses données' }).click();
    await page.locator('[data-file-choice]').waitFor({ timeout: 60_000 });
    await savePreparedFile(page);
    expect((await download).suggestedFilename()).toMatch(
      /^donnees-personnelles-Solene-Kerbrat-\d{4}-\d{2}-\d{2}\.zip$/,
    );

    await page.getByRole('button', { name: 'Anonymiser…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anonymiser Solène Kerbrat ?' });
    await dialog.getByText('Ce qui sera conservé, et pourquoi').waitFor();
    await dialog.getByText(/nom du donateur, exigé sur le reçu/).waitFor();
    const confirm = dialog.getByRole('button', { name: 'Anonymiser', exact: true });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('J’ai compris que l’anonymisation est définitive').check();
    await confirm.click();

    await page.getByText('Fiche anonymisée', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: `Personne anonymisée n° ${id}` }).waitFor();
    expect(await page.getByText('solene.kerbrat@exemple.fr').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Modifier' }).count()).toBe(0);
  }, 120_000);
});
