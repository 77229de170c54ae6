import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closeBrowser, describeApp, launchApp, rawApi, type RunningApp } from './fixtures/app';
import { parsed, startTestSmtp, testCertificate, type TestSmtp } from '../helpers/smtp-server';

afterAll(() => closeBrowser());

/** Screenshots for the eye, outside the repository. */
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/porte-voix-e2e/envoi';
const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

const tls = testCertificate();
if (!tls)
  console.log(
    'Envoi par e-mail (e2e) ignoré : openssl est absent, aucun certificat de test ne peut être fait.',
  );

/** Two people on a CDU who attended a meeting this year: one with an address, one without. */
async function givenYear(app: RunningApp, year: number) {
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
  const person = (firstName: string, lastName: string, email: string | null) =>
    api<{ id: number }>(app, 'representatives:create', {
      civility: 'Mme',
      firstName,
      lastName,
      email,
      employed: false,
      vehicles: [],
    });
  const alice = await person('Alice', 'Martin', 'alice@exemple.fr');
  const brigitte = await person('Brigitte', 'Le Gall', null);
  const org = await api<{ id: number }>(app, 'organisations:create', {
    name: 'CHU de Rennes',
    kind: 'etablissement',
  });
  const types = await api<Array<{ id: number; code: string }>>(app, 'instanceTypes:list', {});
  const instance = await api<{ id: number }>(app, 'instances:create', {
    organisationId: org.id,
    typeId: types.find((t) => t.code === 'CDU')?.id,
    name: 'CDU du CHU de Rennes',
    seatsTitulaire: 2,
    seatsSuppleant: 2,
    targetMin: 2,
    mandateMonths: null,
    involvementLevel: null,
    participationForm: null,
    meetingPlace: 'Salle du conseil',
  });
  for (const p of [alice, brigitte])
    await api(app, 'mandates:create', {
      representativeId: p.id,
      instanceId: instance.id,
      role: 'titulaire',
      startDate: `${year}-01-01`,
      endDate: `${year + 2}-12-31`,
    });
  const meeting = await api<{ id: number }>(app, 'meetings:create', {
    instanceId: instance.id,
    date: `${year}-03-12`,
    startTime: '14:00',
    endTime: '16:30',
    mode: 'sur_place',
  });
  await api(app, 'meetings:saveAttendance', {
    meetingId: meeting.id,
    rows: [alice, brigitte].map((p) => ({ representativeId: p.id, status: 'present' })),
  });
}

describeApp('Envoi des documents par e-mail', (target) => {
  let app: RunningApp;
  let smtp: TestSmtp | null = null;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(async () => {
    await app.close();
    await smtp?.close();
  });

  it('règle le compte d’envoi, envoie un essai, puis les relevés de l’année personne par personne', async () => {
    if (!tls || target !== 'navigateur') return;
    smtp = await startTestSmtp(tls);
    const { page } = app;
    const year = new Date().getFullYear();
    await givenYear(app, year);

    await go(page, '#/parametres');
    await page.getByRole('tab', { name: 'Envoi des documents' }).click();
    await page.getByLabel('Serveur d’envoi (SMTP)').fill('localhost');
    await page.getByLabel('Port').fill(String(smtp.port));
    await page.getByRole('combobox', { name: 'Chiffrement' }).click();
    await page.getByRole('option', { name: 'TLS (port 465)' }).click();
    await page.getByLabel('Identifiant').fill('asso@exemple.fr');
    await page.getByLabel('Mot de passe').fill('bon-mot-de-passe');
    await page.getByLabel('Adresse de l’expéditeur').fill('contact');
    await page.getByRole('button', { name: 'Enregistrer le compte' }).click();
    // Refused at the field, in French, before anything is sent.
    await page.getByText('Adresse de l’expéditeur invalide (exemple : contact@association.fr)').waitFor();
    await page.getByLabel('Adresse de l’expéditeur').fill('asso@exemple.fr');
    await page.getByLabel('Certificat de l’autorité du serveur (facultatif)').fill(smtp.ca);
    await page.getByRole('button', { name: 'Enregistrer le compte' }).click();
    await page.getByText('Compte d’envoi enregistré').waitFor();
    await page.getByLabel('Adresse de l’essai').fill('moi@exemple.fr');
    await page.getByRole('button', { name: 'Envoyer un essai' }).click();
    await page.getByText('Message d’essai envoyé').waitFor();
    expect(smtp.received.map((m) => m.to)).toEqual([['moi@exemple.fr']]);
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({ path: `${SHOTS}/parametres-envoi-${width}.png`, fullPage: true });
    }

    await go(page, '#/reunions');
    await page.getByRole('button', { name: 'Envoyer les relevés' }).click();
    await page.getByRole('button', { name: 'Envoyer les relevés' }).last().click();
    const result = page.getByRole('dialog', { name: `Relevés ${year} : résultat de l’envoi` });
    await result.getByText('1 e-mail envoyé · 1 personne sans adresse, à qui imprimer le document').waitFor();
    await result
      .getByRole('row', { name: /Brigitte Le Gall/ })
      .getByText('Sans adresse e-mail')
      .waitFor();
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({ path: `${SHOTS}/resultat-envoi-${width}.png` });
    }
    await result.getByText('Envoyés (1)').click();
    await result
      .getByRole('row', { name: /Alice Martin/ })
      .getByText('alice@exemple.fr')
      .waitFor();
    const mail = await parsed(smtp.received[1]);
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('alice@exemple.fr');
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      `Releve participation ${year} Martin-Alice.pdf`,
    ]);
  });
});
