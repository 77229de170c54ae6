import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, rawApi, type RunningApp } from './fixtures/app';

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel} : ${result.error?.message}`);
  return result.value;
}

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

afterAll(() => closeBrowser());

describeApp('Registre B : chartes, import et export', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('publishing a new charter version turns a signed representative into "à re-signer", and a new signature makes it "à jour" again', async () => {
    const { page } = app;
    const person = await api<{ id: number }>(app, 'representatives:create', {
      civility: 'Mme',
      lastName: 'Guérin',
      firstName: 'Maëlle',
      employed: false,
      vehicles: [],
    });
    const v1 = await api<{ id: number }>(app, 'charters:createVersion', {
      title: 'Charte d’engagement',
      version: '1',
      effectiveDate: '2023-01-15',
      body: '# Valeurs\nNous défendons les usagers.',
    });
    await api(app, 'charters:sign', {
      representativeId: person.id,
      charterVersionId: v1.id,
      signedOn: '2023-02-01',
      method: 'papier',
    });

    await go(page, '#/chartes');
    const row = page.getByRole('row', { name: /GUÉRIN Maëlle/ });
    await row.getByText('À jour').waitFor();

    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await page.getByLabel('Numéro de version').fill('2');
    const date = page.getByLabel('Date d’entrée en vigueur');
    await date.fill('01/01/2026');
    await date.press('Tab');
    await page
      .getByLabel('Texte de la charte')
      .fill('# Valeurs\nNous défendons les usagers.\n\n# Conflits d’intérêts\nNous les déclarons.');
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publier' }).click();
    await page.getByText('Version publiée').waitFor();

    await row.getByText('À re-signer').waitFor();
    await row.getByText('v1 signée, v2 en vigueur').waitFor();
    await page.screenshot({ path: `/tmp/regb-e2e-chartes-${target}.png` });

    await row.getByRole('button', { name: /Enregistrer une signature/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Signature enregistrée').waitFor();
    await row.getByText('À jour').waitFor();
  });

  it('the charter of one representative downloads as a PDF from the charters page', async () => {
    const { page } = app;
    await api(app, 'representatives:create', {
      civility: 'Mme',
      lastName: 'Guérin',
      firstName: 'Maëlle',
      employed: false,
      vehicles: [],
    });
    await api(app, 'charters:createVersion', {
      title: 'Charte d’engagement',
      version: '2',
      effectiveDate: '2025-01-15',
      body: '# Valeurs\nNous défendons les usagers.',
    });
    await go(page, '#/chartes');
    const row = page.getByRole('row', { name: /GUÉRIN Maëlle/ });
    await row.getByText('Jamais signée').waitFor();
    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: /Charte de Maëlle Guérin en PDF/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('charte-v2-Guerin-Maelle.pdf');
    expect(
      readFileSync(await file.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('an import with two bad rows shows them with their line numbers and writes nothing; the fixed file imports, and again adds no duplicate', async () => {
    const { page } = app;
    const bad =
      'Nom;Prénom;E-mail;Code postal;Ville\nMartin;Anne;anne@exemple.fr;35000;Rennes\n;Paul;;35000;Rennes\nLe Goff;Jean;;35400;Saint-Malo\nRoux;Léa;lea@exemple;35200;Rennes\n';
    const good = bad.replace(';Paul;', 'Durand;Paul;').replace('lea@exemple;', 'lea@exemple.fr;');
    await go(page, '#/import');
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'registre.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad, 'utf8'),
    });
    await page.getByText('2 lignes invalides : rien ne sera importé').waitFor();
    const errors = page.getByRole('list', { name: 'Lignes invalides' });
    await errors.getByText('Ligne 3').waitFor();
    await errors.getByText('Ligne 5').waitFor();
    expect(await errors.textContent()).toContain('Nom : le nom est obligatoire');
    expect(await page.getByRole('button', { name: /Importer 4 lignes/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: `/tmp/regb-e2e-import-erreurs-${target}.png`, fullPage: true });
    expect((await api<{ total: number }>(app, 'representatives:list', {})).total).toBe(0);

    await input.setInputFiles({
      name: 'registre-corrige.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good, 'utf8'),
    });
    await page.getByText('4 lignes valides').waitFor();
    await page.screenshot({ path: `/tmp/regb-e2e-import-ok-${target}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Importer 4 lignes' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Importer' }).click();
    await page.getByText('Import terminé').first().waitFor();
    expect((await api<{ total: number }>(app, 'representatives:list', {})).total).toBe(4);

    await input.setInputFiles({
      name: 'registre-corrige.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good, 'utf8'),
    });
    await page.getByRole('button', { name: 'Rien de nouveau à importer' }).waitFor();
  });

  it('the representatives list exports to an XLSX workbook', async () => {
    const { page } = app;
    await api(app, 'representatives:create', {
      civility: '',
      lastName: 'Tanguy',
      firstName: 'Yannick',
      employed: false,
      vehicles: [],
    });
    await go(page, '#/representants');
    await page.getByText('Yannick').first().waitFor();
    await page.getByRole('button', { name: 'Exporter' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /Classeur Excel/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^representants-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = await file.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(2).getCell(2).value).toBe('Tanguy');
  });
});
