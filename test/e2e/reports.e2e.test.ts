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

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

const pad = (n: number) => String(n).padStart(2, '0');
const isoDaysAgo = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const french = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const shots = process.env.SCREENSHOTS_DIR;
async function shoot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

/** A CDU where Alice sat a month ago, built through the API. */
async function givenMeeting(app: RunningApp) {
  await api(app, 'association:save', {
    name: 'Collectif des usagers d’Ille-et-Vilaine',
    addressLine: '12 rue de Saint-Malo',
    postalCode: '35000',
    city: 'Rennes',
    rna: 'W353012345',
    objet: 'Représenter les usagers.',
    organismType: 'Association loi 1901',
    president: 'Hélène Dubois-Martin',
    treasurer: 'Bernard Hamon',
    documentPlace: 'Rennes',
  });
  const alice = await api<{ id: number }>(app, 'representatives:create', {
    civility: 'Mme',
    firstName: 'Alice',
    lastName: 'Martin',
    employed: false,
    vehicles: [],
  });
  const org = await api<{ id: number }>(app, 'organisations:create', {
    name: 'CHU de Rennes',
    kind: 'etablissement',
    city: 'Rennes',
  });
  const types = await api<Array<{ id: number; code: string }>>(app, 'instanceTypes:list', {});
  const instance = await api<{ id: number }>(app, 'instances:create', {
    organisationId: org.id,
    typeId: types.find((t) => t.code === 'CDU')?.id,
    name: 'CDU du CHU de Rennes',
    seatsTitulaire: 2,
    seatsSuppleant: 2,
    targetMin: 0,
    mandateMonths: null,
    involvementLevel: null,
    participationForm: null,
    meetingPlace: null,
  });
  const meeting = await api<{ id: number }>(app, 'meetings:create', {
    instanceId: instance.id,
    date: isoDaysAgo(30),
    startTime: '14:00',
    endTime: '16:00',
    mode: 'sur_place',
  });
  await api(app, 'meetings:saveAttendance', {
    meetingId: meeting.id,
    rows: [{ representativeId: alice.id, status: 'present', nonMandated: true }],
  });
  return { meetingId: meeting.id, alice: alice.id, instanceId: instance.id };
}

afterAll(() => closeBrowser());

describeApp('Comptes rendus de mandat', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('writes a report with a follow-up from the meeting’s page, sees it in « À faire » and marks it done', async () => {
    const { page } = app;
    const f = await givenMeeting(app);

    // « À faire » asks for Alice's report: the meeting was a month ago.
    // The first screen was loaded before the data was built.
    await page.reload();
    const expected = page.getByTestId('a-faire-comptes-rendus');
    await expected.getByText('Alice Martin').waitFor();
    await shoot(page, 'a-faire-attendus');

    await go(page, `#/reunions/${f.meetingId}`);
    const card = page.getByTestId('comptes-rendus-reunion');
    await card.getByText('Pas encore de compte rendu').waitFor();
    await shoot(page, 'reunion-carte');
    await card.getByRole('link', { name: 'Rédiger le compte rendu de Alice Martin' }).click();

    await page.getByRole('heading', { name: 'Compte rendu de Alice Martin' }).waitFor();
    // Nothing written: refused at the field, in French.
    await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await page.getByText('Écrivez les points soulevés, les positions prises ou au moins un suivi').waitFor();

    await page.getByLabel('Points soulevés').fill('Délais d’attente aux urgences : six heures en moyenne.');
    await page.getByLabel('Positions prises').fill('Demande d’un médiateur le week-end.');
    await page.getByRole('button', { name: 'Ajouter un suivi' }).click();
    const followUp = page.getByTestId('suivi-1');
    await followUp.getByLabel(/Ce qu’il faut faire/).fill('Relancer la direction des soins');
    const due = followUp.getByLabel('Échéance');
    await due.fill(french(isoDaysAgo(-5)));
    await due.press('Tab');
    await followUp.getByLabel('ou autre responsable').fill('Bureau');
    await followUp.getByText('À échéance').waitFor();
    await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await page.getByText('Compte rendu enregistré').waitFor();
    await page.getByText('Aucun document joint.').waitFor();
    await shoot(page, 'compte-rendu');

    // Back on the meeting's page, the report is there with its open follow-up.
    await go(page, `#/reunions/${f.meetingId}`);
    await card.getByText('1 suivi ouvert').waitFor();

    await go(page, '#/');
    await expected.getByText('Chaque personne présente aux réunions passées a rendu compte.').waitFor();
    const due2 = page.getByTestId('a-faire-suivis');
    await due2.getByText('Relancer la direction des soins').waitFor();
    await shoot(page, 'a-faire-suivis');
    await due2.getByRole('button', { name: /Marquer fait.*Relancer la direction des soins/ }).click();
    await page.getByText('Suivi fait').first().waitFor();
    await due2.getByText('Aucun suivi de compte rendu n’arrive à échéance.').waitFor();

    await go(page, '#/comptes-rendus');
    await page.getByRole('table', { name: 'Comptes rendus' }).getByText('Alice Martin').waitFor();
    await shoot(page, 'liste');
    await go(page, '#/comptes-rendus?onglet=suivis&etat=faits');
    await page.getByRole('table', { name: 'Suivis' }).getByText('Relancer la direction des soins').waitFor();
    await shoot(page, 'suivis');
    await go(page, '#/comptes-rendus?onglet=activite');
    await page.getByRole('button', { name: 'Tous les représentants' }).waitFor();
    await shoot(page, 'activite');

    if (target === 'navigateur') {
      // The year of the meeting (in January, last year's).
      await page.getByRole('combobox', { name: 'Année' }).click();
      await page.getByRole('option', { name: isoDaysAgo(30).slice(0, 4), exact: true }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tous les représentants' }).click();
      await savePreparedFile(page);
      expect(await (await download).suggestedFilename()).toMatch(/^Comptes rendus activite \d{4}\.pdf$/);
    }
  });
});
