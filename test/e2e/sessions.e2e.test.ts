/**
 * A session of an action from creation to the claim: the action is a fixture (written by the
 * actions domain on its own branch), the session, its participants and the attestation de
 * participation go through the interface, then « Créer la note de frais depuis les présences »
 * proposes the session.
 */
import { execFileSync } from 'node:child_process';
import type { Download, Page } from 'playwright-core';
import { openDatabase } from '../../db/connection';
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

const shots = '/tmp/sessions';
async function screenshots(page: Page, name: string) {
  for (const [w, h] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${shots}/${name}-${w}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

/** The action, carried by a CPTS, written in the file before the application opens it. */
async function seedAction(dbFile: string): Promise<void> {
  const { db, close } = await openDatabase(dbFile);
  const at = new Date().toISOString();
  const org = await db
    .insertInto('organisation')
    .values({ name: 'CPTS du Pays de Rennes', kind: 'cpts', created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('action')
    .values({
      kind: 'action',
      project_id: null,
      title: 'Forum santé des jeunes',
      carrier: 'organisation',
      organisation_id: org.id,
      instance_id: null,
      theme_id: null,
      phase: null,
      involvement_level: null,
      status: 'en_cours',
      start_date: null,
      end_date: null,
      place: 'Salle de la Cité, Rennes',
      description: null,
      expected_beneficiaries: null,
      actual_beneficiaries: null,
      partners: null,
      attestation_kind: 'participation',
      search_text: 'forum sante des jeunes',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await close();
}

afterAll(() => closeBrowser());

describeApp('Séances d’une action', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target, { seed: seedAction });
  });
  afterEach(() => app.close());

  it('creates a session, adds two participants, prints the attestation de participation and claims the trip', async () => {
    const { page } = app;
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
    const person = (civility: string, firstName: string, lastName: string) =>
      api<{ id: number }>(app, 'representatives:create', {
        civility,
        firstName,
        lastName,
        city: 'Rennes',
        employed: false,
        employer: null,
        vehicles: [{ label: 'Voiture', kind: 'voiture', fiscalPowerCv: 5, electric: false, plate: null }],
      });
    await person('Mme', 'Alice', 'Martin');
    await person('M.', 'Bruno', 'Le Gall');
    const today = localToday();

    await go(page, '#/actions/1/seances/nouvelle');
    await page.getByRole('heading', { name: 'Nouvelle séance' }).waitFor();
    await page.getByText('Forum santé des jeunes (CPTS du Pays de Rennes)', { exact: false }).waitFor();
    expect(await filledValue(page.getByLabel('Lieu'), 'Salle de la Cité, Rennes')).toBe(
      'Salle de la Cité, Rennes',
    );
    await screenshots(page, 'session-form');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await page.getByText('Corrigez les champs signalés en rouge.').waitFor();
    const date = page.getByLabel(/^Date/);
    await date.fill(`${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`);
    await date.press('Tab');
    await page.getByLabel(/^Début/).fill('9h');
    await page.getByLabel(/^Fin/).fill('12:30');
    await page.getByLabel(/^Fin/).press('Tab');
    await page.getByLabel('Intitulé de la séance').fill('Stand prévention');
    await page.getByLabel('Participants hors registre').fill('42');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await page.getByText('Séance créée').waitFor();
    await page.getByRole('heading', { name: /^Stand prévention —/ }).waitFor();
    await page.getByRole('link', { name: 'Forum santé des jeunes' }).first().waitFor();
    await page.getByText('Personne n’est encore noté.', { exact: false }).waitFor();
    await screenshots(page, 'session-empty');

    const add = async (search: string, option: RegExp, role: string | null) => {
      await page.getByRole('button', { name: 'Ajouter un participant' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Personne' }).fill(search);
      await page.getByRole('option', { name: option }).click();
      if (role) await dialog.getByText(role, { exact: true }).click();
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Présence enregistrée').first().waitFor();
      await dialog.waitFor({ state: 'hidden' });
    };
    await add('mart', /MARTIN Alice/, 'Animatrice / intervenante');
    await page.getByRole('button', { name: 'Ajouter un participant' }).click();
    await screenshots(page, 'session-add-participant');
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
    await add('gall', /LE GALL Bruno/, null);
    const table = page.getByRole('table', { name: 'Participants de la séance' });
    await table.getByRole('row', { name: /Alice Martin.*Animatrice \/ intervenante.*Présente/ }).waitFor();
    await table.getByRole('row', { name: /Bruno Le Gall.*Participant.*Présent/ }).waitFor();
    await page.getByText('2 personnes présentes du registre, et 42 participants hors registre').waitFor();

    // Refused at the boundary, in French: a session in the past cannot take the same person twice
    // with hours outside it.
    const refused = await rawApi(app, 'sessions:saveParticipant', {
      meetingId: 1,
      representativeId: 1,
      status: 'present',
      role: 'participant',
      startTime: '08:00',
      endTime: '10:00',
    });
    expect(JSON.stringify(refused.json)).toContain('déborde de la séance');

    if (target === 'navigateur') {
      const download = page.waitForEvent('download');
      await table
        .getByRole('row', { name: /Alice Martin/ })
        .getByRole('button', { name: 'Attestation' })
        .click();
      await savePreparedFile(page);
      const text = await pdfText(await download);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('ATTESTATION DE PARTICIPATION');
      expect(flat).toContain('« Forum santé des jeunes », portée par CPTS du Pays de Rennes');
      expect(flat).toContain('Animatrice / intervenante');
      expect(flat).not.toMatch(/L3142|Code du travail/);
      await page
        .getByRole('table', { name: 'Attestations délivrées' })
        .getByText(`ATT-${today.slice(0, 4)}-0001`)
        .waitFor();
    }
    await screenshots(page, 'session-page');

    // The trip to the forum is defrayable like a meeting's.
    await go(page, '#/frais');
    await page.getByRole('button', { name: 'Créer la note de frais depuis les présences' }).first().click();
    await page.getByRole('combobox', { name: 'Représentant' }).click();
    await page.getByRole('option', { name: 'MARTIN Alice' }).click();
    const proposals = page.getByRole('table', { name: 'Réunions proposées' });
    await proposals
      .getByText('Séance Forum santé des jeunes (CPTS du Pays de Rennes)', { exact: false })
      .waitFor();
    expect(await filledValue(proposals.getByLabel(/^Destination/).first(), 'Salle de la Cité, Rennes')).toBe(
      'Salle de la Cité, Rennes',
    );
    await page
      .getByLabel(/^Distance en km/)
      .first()
      .fill('12');
    await screenshots(page, 'claim-from-presences');
    await page.getByRole('button', { name: 'Créer la note de frais', exact: true }).click();
    await page.getByRole('heading', { name: 'Note de frais (brouillon)' }).waitFor();
    const claims = await api<{ rows: Array<{ id: number }> }>(app, 'claims:list', {});
    const claim = await api<{ lines: Array<{ meetingId: number | null; purpose: string }> }>(
      app,
      'claims:get',
      {
        id: claims.rows[0]?.id,
      },
    );
    expect(claim.lines[0]).toMatchObject({
      meetingId: 1,
      purpose: 'Séance Forum santé des jeunes (CPTS du Pays de Rennes) — Stand prévention',
    });
  });
});
