import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  closeBrowser,
  describeApp,
  launchApp,
  rawApi,
  savePreparedFile,
  type RunningApp,
} from './fixtures/app';

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel} : ${result.error?.message}`);
  return result.value;
}

/** The text as read, its no-break spaces (French typography on screen) as plain ones. */
const textOf = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

afterAll(() => closeBrowser());

describeApp('Chartes, import et export', (target) => {
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
    await savePreparedFile(page);
    const file = await download;
    expect(file.suggestedFilename()).toBe('charte-v2-Guerin-Maelle.pdf');
    expect(
      readFileSync(await file.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // « Ouvrir »: the browser shows the PDF in a new tab, from a one-time address.
    if (target === 'navigateur') {
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await row.getByRole('button', { name: /Charte de Maëlle Guérin en PDF/ }).click();
      const tab = page.context().waitForEvent('page');
      await page.getByRole('dialog').getByRole('button', { name: 'Ouvrir' }).click();
      const opened = await tab;
      expect(opened.url()).toMatch(/\/files\/[\w-]{24}$/);
      await opened.close();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
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
    expect(textOf(await errors.textContent())).toContain('Nom : le nom est obligatoire');
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

  it('a Windows-1252 file with « Fin mandat » keeps its end dates: an end before the start is reported, a 4-digit postal code is a warning, an unknown column is listed', async () => {
    const { page } = app;
    const org = await api<{ id: number }>(app, 'organisations:create', {
      name: 'CHU de Rennes',
      kind: 'etablissement',
    });
    const types = await api<Array<{ id: number; code: string }>>(app, 'instanceTypes:list', {});
    await api(app, 'instances:create', {
      organisationId: org.id,
      typeId: types.find((t) => t.code === 'CDU')?.id,
      name: 'CDU du CHU de Rennes',
      seatsTitulaire: 2,
      seatsSuppleant: 2,
      targetMin: 2,
      mandateMonths: null,
      involvementLevel: null,
      participationForm: null,
    });
    const header = 'Nom;Prénom;CP;Instance;Rôle;Début mandat;Fin mandat;Date de naissance\r\n';
    const lecoeur = 'Lecœur;Anne;7500;CDU du CHU de Rennes;Titulaire;01/12/2025;30/06/2027;01/02/1960\r\n';
    const roux = (end: string) => `Roux;Léa;35000;CDU du CHU de Rennes;Suppléante;01/12/2025;${end};\r\n`;
    // French Excel's « CSV (séparateur : point-virgule) » is Windows-1252.
    const file = (text: string) => ({
      name: 'registre.csv',
      mimeType: 'text/csv',
      buffer: iconv.encode(text, 'win1252'),
    });
    await go(page, '#/import');
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(file(header + lecoeur + roux('30/11/2024')));
    await page.getByText('1 ligne invalide : rien ne sera importé').waitFor();
    const errors = page.getByRole('list', { name: 'Lignes invalides' });
    expect(textOf(await errors.textContent())).toContain(
      'Ligne 3 — Fin du mandat : la date de fin doit être postérieure à la date de début',
    );
    await page.getByText('1 colonne non reconnue : elle ne sera pas importée').waitFor();
    await page.getByText('« Date de naissance »', { exact: false }).waitFor();
    const corrected = page.getByRole('list', { name: 'Valeurs corrigées' });
    expect(textOf(await corrected.textContent())).toContain(
      'Ligne 2 — Code postal : « 7500 » est complété en « 07500 »',
    );
    const preview = page.getByRole('table', { name: 'Aperçu de l’import' });
    await preview.getByText('Lecœur').waitFor();
    await preview.getByText('30/06/2027').waitFor();
    for (const [width, height] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({
        path: `/tmp/regb-e2e-import-fin-mandat-${width}-${target}.png`,
        fullPage: true,
      });
    }

    // Without the end column, every end comes from the instance's term, and the preview says so.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('combobox', { name: 'Fin du mandat' }).click();
    await page.getByRole('option', { name: '— Ne pas importer —' }).click();
    await page.getByText('2 lignes valides').waitFor();
    await page.getByText('2 colonnes non reconnues : elles ne seront pas importées').waitFor();
    await page
      .getByText(
        'Fin du mandat : colonne non reconnue — la date de fin sera calculée d’après la durée des mandats de l’instance',
      )
      .waitFor();
    await preview.getByText('30/11/2028 (calculée)').first().waitFor();
    await page.screenshot({ path: `/tmp/regb-e2e-import-sans-fin-${target}.png`, fullPage: true });

    await input.setInputFiles(file(header + lecoeur + roux('')));
    await page.getByText('2 lignes valides').waitFor();
    await page.getByText('Fin du mandat : 1 cellule vide', { exact: false }).waitFor();
    await preview.getByText('30/11/2028 (calculée)').waitFor();
    await page.screenshot({ path: `/tmp/regb-e2e-import-calcule-${target}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Importer' }).click();
    await page.getByText('Import terminé').first().waitFor();
    const people = await api<{ rows: Array<{ id: number; lastName: string; postalCode: string | null }> }>(
      app,
      'representatives:list',
      {},
    );
    const anne = people.rows.find((p) => p.lastName === 'Lecœur');
    expect(anne?.postalCode).toBe('07500');
    const mandates = await api<Array<{ endDate: string | null }>>(app, 'mandates:listForPerson', {
      representativeId: anne?.id,
    });
    expect(mandates.map((m) => m.endDate)).toEqual(['2027-06-30']);
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
    await savePreparedFile(page);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^representants-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = await file.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(2).getCell(2).value).toBe('Tanguy');
  });
});
