import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, filledValue, launchApp, rawApi, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel} : ${result.error?.message}`);
  return result.value;
}

const pad = (n: number) => String(n).padStart(2, '0');
const typed = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
const NOT_A_DATE = 'Ce n’est pas une date valide\u00a0: écrivez JJ/MM/AAAA, par exemple 22/11/2026';
const SHOTS = process.env.PORTE_VOIX_SHOTS ?? '/tmp';

async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
}

const calendar = (page: Page) => page.locator('[data-date-field-calendar]');

describeApp('Champs de date', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  async function cduInstance(): Promise<number> {
    const organisation = await api<{ id: number }>(app, 'organisations:create', {
      name: 'CHU de Rennes',
      kind: 'etablissement',
    });
    const types = await api<Array<{ id: number; code: string }>>(app, 'instanceTypes:list', {});
    const instance = await api<{ id: number }>(app, 'instances:create', {
      organisationId: organisation.id,
      typeId: types.find((t) => t.code === 'CDU')?.id,
      name: 'CDU du CHU',
      seatsTitulaire: 2,
      seatsSuppleant: 2,
      targetMin: 4,
      mandateMonths: 36,
      involvementLevel: null,
      participationForm: null,
      meetingPlace: null,
      notes: null,
    });
    await api(app, 'representatives:create', {
      civility: 'Mme',
      lastName: 'Alpha',
      firstName: 'Anne',
      employed: false,
      vehicles: [],
    });
    return instance.id;
  }

  it('prefills the end the server would compute, tells a wrong date from a missing one, and Escape closes the calendar before the dialog', async () => {
    if (target !== 'navigateur') return;
    const { page } = app;
    const instanceId = await cduInstance();
    await page.goto(`${app.url}/#/instances/${instanceId}`);
    await page.getByRole('heading', { name: 'CDU du CHU' }).waitFor();
    await page.getByRole('button', { name: 'Pourvoir le siège titulaire 1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nouveau mandat').waitFor();
    const start = dialog.getByLabel(/^Début/).first();
    const end = dialog.getByLabel(/^Fin prévue/).first();

    // 29/02/2024 + 36 months: the form shows the server's 28/02/2027, not 27/02/2027.
    await start.fill('29/02/2024');
    await start.blur();
    expect(await filledValue(end, '28/02/2027')).toBe('28/02/2027');

    // Escape with the calendar open closes the calendar only; a second Escape closes the dialog.
    await start.click();
    await calendar(page).waitFor();
    await shots(page, 'dates-e2e-calendrier-dialogue');
    await start.press('Escape');
    await calendar(page).waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await start.inputValue()).toBe('29/02/2024');

    // « 32/13/2026 » is not a date: said as such, at the field and after « Enregistrer ».
    await start.fill('32/13/2026');
    await start.blur();
    await dialog.getByText(NOT_A_DATE).waitFor();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText(NOT_A_DATE).waitFor();
    expect(await dialog.getByText('La date de début est obligatoire').count()).toBe(0);
    expect(await start.inputValue()).toBe('32/13/2026');
    await shots(page, 'dates-e2e-pas-une-date');

    // Emptied, it is « obligatoire ».
    await start.fill('');
    await start.blur();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('La date de début est obligatoire').waitFor();

    await start.click();
    await start.press('Escape');
    await calendar(page).waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('keeps the page form open when Escape only closes the calendar', async () => {
    if (target !== 'navigateur') return;
    const { page } = app;
    await page.goto(`${app.url}/#/chartes/versions/nouvelle`);
    const date = page.getByLabel(/^Date d’entrée en vigueur/).first();
    await date.click();
    await calendar(page).waitFor();
    await shots(page, 'dates-e2e-calendrier');
    await date.press('Escape');
    await calendar(page).waitFor({ state: 'hidden' });
    expect(page.url()).toContain('#/chartes/versions/nouvelle');
    await date.press('Escape');
    await page.waitForURL(/#\/chartes$/);
  });

  it('refuses a charter signature dated in the future, at the field and on saving', async () => {
    if (target !== 'navigateur') return;
    const { page } = app;
    const person = await api<{ id: number }>(app, 'representatives:create', {
      civility: 'Mme',
      lastName: 'Guérin',
      firstName: 'Maëlle',
      employed: false,
      vehicles: [],
    });
    await api(app, 'charters:createVersion', {
      title: 'Charte d’engagement',
      version: '1',
      effectiveDate: '2023-01-15',
      body: '# Valeurs\nNous défendons les usagers.',
    });
    await page.goto(`${app.url}/#/chartes`);
    await page.getByRole('button', { name: 'Enregistrer une signature de Maëlle Guérin' }).click();
    const dialog = page.getByRole('dialog');
    const date = dialog.getByLabel(/^Date de signature/).first();
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const message = `La date de signature ne peut pas être dans le futur (au plus tard le ${typed(new Date())})`;
    await date.fill(typed(tomorrow));
    await date.blur();
    await dialog.getByText(message).waitFor();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText(message).waitFor();
    await shots(page, 'dates-e2e-signature-future');
    const signatures = await api<unknown[]>(app, 'charters:signaturesOfPerson', {
      representativeId: person.id,
    });
    expect(signatures).toHaveLength(0);
  });

  it('refuses a renunciation (abandon de frais) dated in the future, at the field and at the boundary', async () => {
    if (target !== 'navigateur') return;
    const { page } = app;
    const person = await api<{ id: number; vehicles: Array<{ id: number }> }>(app, 'representatives:create', {
      civility: 'Mme',
      firstName: 'Brigitte',
      lastName: 'Le Gall',
      employed: false,
      vehicles: [{ label: 'Clio', kind: 'voiture', fiscalPowerCv: 5, electric: false, plate: 'AB-123-CD' }],
    });
    const lastWeek = new Date();
    lastWeek.setDate(lastWeek.getDate() - 7);
    const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const claim = await api<{ id: number }>(app, 'claims:create', {
      representativeId: person.id,
      title: 'Séance de la CDU',
      lines: [
        {
          kind: 'kilometrique',
          date: iso(lastWeek),
          purpose: 'Séance de la CDU',
          fromPlace: 'Vitré',
          toPlace: 'Rennes',
          distanceTenthKm: 400,
          roundTrip: true,
          vehicleId: person.vehicles[0]?.id ?? 0,
        },
      ],
    });
    await api(app, 'claims:submit', { id: claim.id });
    await page.goto(`${app.url}/#/frais/${claim.id}`);
    await page.getByRole('button', { name: 'Abandon de frais' }).click();
    const dialog = page.getByRole('dialog');
    const date = dialog.getByLabel(/^Date de signature de la renonciation/).first();
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const message = `La date de signature de la renonciation ne peut pas être dans le futur (au plus tard le ${typed(new Date())})`;
    await date.fill(typed(tomorrow));
    await date.blur();
    await dialog.getByText(message).waitFor();
    await shots(page, 'dates-e2e-renonciation-future');
    const refused = await rawApi(app, 'claims:renounce', { id: claim.id, signedOn: iso(tomorrow) });
    const error = (refused.json as { ok: boolean; error?: { message: string } }).error;
    expect(error?.message).toBe(message);
    expect((await api<{ status: string }>(app, 'claims:get', { id: claim.id })).status).toBe('soumise');
  });
});
