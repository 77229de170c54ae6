import { execFileSync } from 'node:child_process';
import type { Download, Page } from 'playwright-core';
import {
  closeBrowser,
  describeApp,
  launchApp,
  rawApi,
  savePreparedFile,
  type RunningApp,
  filledValue,
} from './fixtures/app';

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel} : ${result.error?.message}`);
  return result.value;
}

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

async function pdfText(download: Download): Promise<string> {
  const file = await download.path();
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

const localToday = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** A CDU with two titulaires and a suppléante paired with the first, built through the API. */
async function givenCdu(app: RunningApp) {
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
  const person = (firstName: string, lastName: string, employer: string | null) =>
    api<{ id: number }>(app, 'representatives:create', {
      civility: 'Mme',
      firstName,
      lastName,
      employed: employer !== null,
      employer,
      vehicles: [],
    });
  const alice = await person('Alice', 'Martin', 'Mairie de Rennes');
  const bruno = await person('Brigitte', 'Le Gall', null);
  const chloe = await person('Chloé', 'Dupont', 'Clinique Saint-Yves');
  const org = await api<{ id: number }>(app, 'organisations:create', {
    name: 'CHU de Rennes',
    kind: 'etablissement',
    addressLine: '2 rue Henri Le Guilloux',
    postalCode: '35000',
    city: 'Rennes',
  });
  const types = await api<Array<{ id: number; code: string }>>(app, 'instanceTypes:list', {});
  const cdu = types.find((t) => t.code === 'CDU');
  const instance = await api<{ id: number }>(app, 'instances:create', {
    organisationId: org.id,
    typeId: cdu?.id,
    name: 'CDU du CHU de Rennes',
    seatsTitulaire: 2,
    seatsSuppleant: 2,
    targetMin: 2,
    mandateMonths: null,
    involvementLevel: null,
    participationForm: null,
    meetingPlace: 'Salle du conseil, bâtiment A',
  });
  const mandate = (representativeId: number, role: string) =>
    api<{ id: number }>(app, 'mandates:create', {
      representativeId,
      instanceId: instance.id,
      role,
      startDate: '2024-01-01',
      endDate: '2027-12-31',
    });
  await mandate(alice.id, 'titulaire');
  await mandate(bruno.id, 'titulaire');
  await mandate(chloe.id, 'suppleant');
  return { instanceId: instance.id, alice: alice.id, bruno: bruno.id, chloe: chloe.id };
}

afterAll(() => closeBrowser());

describeApp('Réunions, présences et attestations', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('creates a meeting, records a replacement, prints the attestation and reprints it with the same reference', async () => {
    const { page } = app;
    const f = await givenCdu(app);
    const today = localToday();

    await go(page, '#/reunions');
    await page.getByText('Aucune réunion pour l’instant').waitFor();
    await page.getByRole('button', { name: 'Nouvelle réunion' }).first().click();
    await page.getByLabel('Instance').first().click();
    await page.getByRole('option', { name: /CDU du CHU de Rennes/ }).click();
    const date = page.getByLabel(/^Date/);
    await date.fill(`${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`);
    await date.press('Tab');
    await page.getByLabel(/^Début/).fill('14h');
    await page.getByLabel(/^Fin/).fill('16:30');
    await page.getByLabel(/^Fin/).press('Tab');
    expect(await filledValue(page.getByLabel(/^Début/), '14:00')).toBe('14:00');
    await page.getByLabel('Objet').fill('Séance plénière');
    expect(await filledValue(page.getByLabel('Lieu'), 'Salle du conseil, bâtiment A')).toBe(
      'Salle du conseil, bâtiment A',
    );
    await page.getByRole('button', { name: 'Créer la réunion' }).click();
    await page.getByText('Réunion créée').waitFor();

    // The grid lists the three people holding a mandate that day.
    const grid = page.getByRole('table', { name: 'Grille des présences' });
    await grid.getByText('Alice Martin').waitFor();
    await grid
      .getByText('3 personnes attendues', { exact: false })
      .or(page.getByText('3 personnes attendues', { exact: false }))
      .first()
      .waitFor();

    const aliceRow = page.getByTestId(`presence-${f.alice}`);
    await aliceRow.getByText('Remplacée', { exact: true }).click();
    // The paired or only suppléant is proposed; choosing it marks her present.
    expect(await filledValue(aliceRow.getByLabel(/Suppléant qui a siégé/), 'Chloé Dupont')).toBe(
      'Chloé Dupont',
    );
    await page.getByTestId(`presence-${f.bruno}`).getByText('Présente', { exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await page.getByText('Présences enregistrées').waitFor();
    const chloeRow = page.getByTestId(`presence-${f.chloe}`);
    await chloeRow.getByText('Siège en remplacement de Alice Martin').waitFor();
    await page.screenshot({ path: `/tmp/meetings-e2e-grid-${target}.png`, fullPage: true });

    // Refused with a French message: a presence in the future is checked at the boundary too.
    const refused = await rawApi(app, 'meetings:saveAttendance', {
      meetingId: 1,
      rows: [
        { representativeId: f.alice, status: 'present' },
        { representativeId: f.alice, status: 'absent' },
      ],
    });
    expect(JSON.stringify(refused.json)).toContain('figure deux fois');

    if (target === 'navigateur') {
      const first = page.waitForEvent('download');
      await chloeRow.getByRole('button', { name: 'Attestation de Chloé Dupont' }).click();
      await savePreparedFile(page);
      const text = await pdfText(await first);
      expect(text).toContain('ATT-');
      const reference = /ATT-\d{4}-\d{4}/.exec(text)?.[0] ?? '';
      expect(reference).toBe(`ATT-${today.slice(0, 4)}-0001`);
      expect(text).toContain('Mme Chloé Dupont');
      expect(text).toContain('Clinique Saint-Yves');
      expect(text.replace(/\s+/g, ' ')).toContain('Présente en qualité de suppléante, en remplacement');
      expect(text).toContain('de 14 h 00 à 16 h 30, soit 2 h 30');
      await chloeRow
        .getByRole('button', { name: 'Attestation de Chloé Dupont' })
        .getByText(reference)
        .waitFor();

      const second = page.waitForEvent('download');
      await chloeRow.getByRole('button', { name: 'Attestation de Chloé Dupont' }).click();
      await savePreparedFile(page);
      const again = await pdfText(await second);
      expect(/ATT-\d{4}-\d{4}/.exec(again)?.[0]).toBe(reference);
      await page.getByText('Attestation réimprimée').waitFor();
      const list = page.getByRole('table', { name: 'Attestations délivrées' });
      await list.getByText(reference).waitFor();
      expect(await list.getByRole('row').count()).toBe(2);
      await page.screenshot({ path: `/tmp/meetings-e2e-attestations-${target}.png`, fullPage: true });
    }
  });

  it('moves a meeting after warning that its attestations will be voided, then cancels it with a reason', async () => {
    const { page } = app;
    const f = await givenCdu(app);
    const meeting = await api<{ id: number }>(app, 'meetings:create', {
      instanceId: f.instanceId,
      date: '2026-03-12',
      startTime: '14:00',
      endTime: '16:30',
      mode: 'sur_place',
    });
    await api(app, 'meetings:saveAttendance', {
      meetingId: meeting.id,
      rows: [{ representativeId: f.alice, status: 'present' }],
    });
    const issued = await api<{ reference: string }>(app, 'attestations:issue', {
      meetingId: meeting.id,
      representativeId: f.alice,
    });

    await go(page, `#/reunions/${meeting.id}/modifier`);
    await page.getByText('Des attestations ont été délivrées').waitFor();
    const date = page.getByLabel(/^Date/);
    await date.fill('13/03/2026');
    await date.press('Tab');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Déplacer et annuler les attestations' })
      .click();
    await page.getByText('Réunion enregistrée').waitFor();
    const list = page.getByRole('table', { name: 'Attestations délivrées' });
    await list.getByText('Réunion déplacée du 12/03/2026 au 13/03/2026', { exact: false }).waitFor();
    await list.getByText(issued.reference).waitFor();

    await page.getByRole('button', { name: 'Annuler la réunion' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/Motif de l’annulation/)
      .fill('Quorum non atteint');
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler la réunion' }).click();
    await page.getByText(/Annulée le .* — Quorum non atteint/).waitFor();
    await page.getByRole('button', { name: 'Rétablir la réunion' }).waitFor();
    const refused = await rawApi(app, 'meetings:saveAttendance', { meetingId: meeting.id, rows: [] });
    expect(JSON.stringify(refused.json)).toContain('Cette réunion est annulée');
    await page.screenshot({ path: `/tmp/meetings-e2e-cancelled-${target}.png`, fullPage: true });
  });
});
