import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, rawApi, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

const pad = (n: number) => String(n).padStart(2, '0');
/** A date relative to today, as typed in the French date fields. */
function typed(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

const person = (lastName: string, firstName: string) => ({
  civility: 'Mme',
  lastName,
  firstName,
  email: null,
  phone: null,
  addressLine: null,
  postalCode: null,
  city: 'Rennes',
  originAssociation: null,
  employed: false,
  employer: null,
  iban: null,
  bic: null,
  notes: null,
  vehicles: [],
});

async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole('dialog').getByLabel(label).first().click();
  await page.getByRole('option', { name: option }).click();
}

async function fillDate(page: Page, label: string | RegExp, value: string): Promise<void> {
  const field = page.getByRole('dialog').getByLabel(label).first();
  await field.fill(value);
  await field.blur();
}

async function vacancyCount(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'À faire' }).click();
  const section = page.getByTestId('a-faire-vacants');
  await section.waitFor();
  return (await section.getByRole('heading').textContent()) ?? '';
}

describeApp('Registre : instances, mandats et « À faire »', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('crée une instance à 2 + 2 sièges, les pourvoit, voit la vacance quitter puis revenir dans « À faire »', async () => {
    // The fixtures go through the browser-mode API; the Electron target has no such door.
    if (target !== 'navigateur') return;
    const { page } = app;
    {
      await api(app, 'organisations:create', {
        name: 'CHU de Rennes',
        kind: 'etablissement',
        city: 'Rennes',
      });
      const names: Array<[string, string]> = [
        ['Alpha', 'Anne'],
        ['Bravo', 'Bruno'],
        ['Charlie', 'Chloé'],
        ['Delta', 'David'],
      ];
      for (const [last, first] of names) {
        await api(app, 'representatives:create', person(last, first));
      }
    }
    await page.getByRole('heading', { name: 'À faire' }).waitFor();
    await page.getByText('Tous les sièges sont pourvus.').waitFor();

    await page.getByRole('link', { name: 'Instances' }).click();
    await page.getByText('Aucune instance pour l’instant').waitFor();
    await page.getByRole('button', { name: 'Ajouter une instance' }).first().click();
    await page.getByLabel('Organisation').first().click();
    await page.getByRole('option', { name: 'CHU de Rennes' }).click();
    await page.getByLabel('Type d’instance').first().click();
    await page.getByRole('option', { name: 'Commission des usagers (CDU)' }).click();
    await page.getByLabel('Nom de l’instance').fill('CDU du CHU');
    await page.getByLabel('Sièges de titulaire').fill('2');
    await page.getByLabel('Sièges de suppléant').fill('2');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'CDU du CHU' }).waitFor();
    await page.getByTestId('sieges-vacants').getByText('4 sièges vacants').waitFor();

    // « À faire » lists the vacant seats, and its line leads to the instance to fill them.
    expect(await vacancyCount(page)).toContain('Sièges vacants');
    await page.getByTestId('a-faire-vacants').getByText('2 sièges de titulaire sur 2').waitFor();
    await page
      .getByTestId('a-faire-vacants')
      .getByRole('link', { name: /Pourvoir un siège de titulaire/ })
      .click();
    await page.getByRole('dialog').getByText('Nouveau mandat').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();

    const seats: Array<[string, string]> = [
      ['titulaire 1', 'ALPHA Anne'],
      ['titulaire 2', 'BRAVO Bruno'],
      ['suppléant 1', 'CHARLIE Chloé'],
      ['suppléant 2', 'DELTA David'],
    ];
    for (const [seat, who] of seats) {
      await page.getByRole('button', { name: `Pourvoir le siège ${seat}` }).click();
      await choose(page, /^Représentant/, who);
      await fillDate(page, /^Début/, typed(-30));
      await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByTestId('sieges-vacants').getByText('Tous les sièges sont pourvus').waitFor();
    // The end was prefilled from the CDU's 3-year term.
    await page
      .getByTestId('siege-titulaire-1')
      .getByText(`au ${typed(-31).slice(0, 6)}${Number(typed(-31).slice(6)) + 3}`)
      .waitFor();

    await vacancyCount(page);
    await page.getByTestId('a-faire-vacants').getByText('Tous les sièges sont pourvus.').waitFor();

    // Ending a mandate (yesterday) frees the seat today: the vacancy comes back.
    await page.getByRole('link', { name: 'Instances' }).click();
    await page.getByRole('row').filter({ hasText: 'CDU du CHU' }).click();
    await page.getByRole('button', { name: 'Terminer le mandat de Anne Alpha' }).click();
    await fillDate(page, /^Date de fin/, typed(-1));
    await choose(page, /^Motif/, 'Démission');
    await page.getByRole('dialog').getByRole('button', { name: 'Terminer le mandat' }).click();
    await page.getByText('Mandat terminé', { exact: true }).waitFor();
    await page.getByTestId('sieges-vacants').getByText('1 siège vacant').waitFor();
    await vacancyCount(page);
    await page.getByTestId('a-faire-vacants').getByText('1 siège de titulaire sur 2').waitFor();
  });

  it('refuse une fin avant le début et un chevauchement, en français, sans rien enregistrer', async () => {
    if (target !== 'navigateur') return;
    const { page } = app;
    const organisation = await api<{ id: number }>(app, 'organisations:create', {
      name: 'CPAM',
      kind: 'cpam',
    });
    const types = await api<Array<{ id: number; code: string }>>(app, 'instanceTypes:list', {});
    const instance = await api<{ id: number }>(app, 'instances:create', {
      organisationId: organisation.id,
      typeId: types.find((t) => t.code === 'CPAM')?.id,
      name: 'Conseil de la CPAM',
      seatsTitulaire: 1,
      seatsSuppleant: 1,
      targetMin: 2,
      mandateMonths: null,
      involvementLevel: null,
      participationForm: null,
      meetingPlace: null,
      notes: null,
    });
    const alpha = await api<{ id: number }>(app, 'representatives:create', person('Alpha', 'Anne'));
    await api(app, 'mandates:create', {
      representativeId: alpha.id,
      instanceId: instance.id,
      role: 'titulaire',
      startDate: '2025-01-01',
      endDate: '2029-12-31',
    });

    await page.goto(`${app.url}/#/instances/${instance.id}`);
    await page.getByRole('heading', { name: 'Conseil de la CPAM' }).waitFor();
    await page.getByRole('button', { name: 'Pourvoir le siège suppléant 1' }).click();
    await choose(page, /^Représentant/, 'ALPHA Anne');
    await fillDate(page, /^Début/, '01/03/2026');
    await fillDate(page, /Fin prévue/, '01/02/2026');
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('La date de fin doit être postérieure à la date de début').waitFor();

    await fillDate(page, /Fin prévue/, '28/02/2027');
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await page
      .getByText(/les deux périodes se chevauchent/)
      .first()
      .waitFor();
    await page.getByRole('dialog').waitFor();

    const list = await api<unknown[]>(app, 'mandates:listForPerson', { representativeId: alpha.id });
    expect(list).toHaveLength(1);
  });
});
