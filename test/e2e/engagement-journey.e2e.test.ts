/**
 * Issue 10's whole journey for an action, from a volunteer's seat and on the demo's data: the
 * action created through « Actions et projets », a past session with two people of the register
 * (one leading it), the attestation de participation, the trip claimed from the presences, then the
 * compte rendu with a follow-up that « À faire » brings back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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

const pad = (n: number) => String(n).padStart(2, '0');
/** A local date `days` from today (negative: in the past), as the app's clock sees it. */
const isoInDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const french = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** « Date jeudi 26 novembre 2026 » (or « 1er ») as the attestation writes the session's day. */
const longDate = (iso: string) => {
  const day = Number(iso.slice(8, 10));
  const month = new Date(`${iso}T12:00:00`).toLocaleDateString('fr-FR', { month: 'long' });
  return new RegExp(`Date \\p{L}+ ${day === 1 ? '1er' : day} ${month} ${iso.slice(0, 4)}`, 'u');
};

async function pdfText(download: Download): Promise<string> {
  const file = await download.path();
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
}

const SHOTS = process.env.PORTE_VOIX_SHOTS ?? '/tmp/journey';
async function shoot(page: Page, name: string, target: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/${name}-${target}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

const TITLE = 'Atelier bien vivre avec son diabète';
const CARRIER = 'CPTS du Pays de Vitré';

afterAll(() => closeBrowser());

describeApp('Parcours d’une action, de la création au suivi', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target, { demo: true });
  });
  afterEach(() => app.close());

  it('creates an action, holds a session, attests, claims the trip, reports and follows up', async () => {
    const { page } = app;
    const sessionDate = isoInDays(-7);
    const dueOn = isoInDays(10);

    // 1. The action, carried by an organisation of the demo, through the menu and the form.
    await page.getByRole('link', { name: 'Actions et projets' }).first().click();
    await page.getByRole('button', { name: 'Nouvelle action ou projet' }).click();
    await page.getByRole('heading', { name: 'Nouvelle action' }).waitFor();
    await page.getByLabel('Titre').fill(TITLE);
    await page.getByRole('radio', { name: 'Une organisation' }).check();
    await page.getByRole('combobox', { name: 'Organisation' }).click();
    await page.getByRole('option', { name: CARRIER }).click();
    await page.getByLabel('Lieu').fill('Maison de santé de Vitré');
    await page.getByRole('radio', { name: 'Attestation de participation' }).check();
    await shoot(page, '01-action-form', target);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText(CARRIER).first().waitFor();
    await page.getByText('Aucune séance pour l’instant', { exact: false }).waitFor();
    await shoot(page, '02-action-detail', target);

    // 2. A session held a week ago.
    await page.getByRole('button', { name: 'Ajouter une séance' }).click();
    await page.getByRole('heading', { name: 'Nouvelle séance' }).waitFor();
    await page.getByText(`${TITLE} (${CARRIER})`, { exact: false }).waitFor();
    expect(await filledValue(page.getByLabel('Lieu'), 'Maison de santé de Vitré')).toBe(
      'Maison de santé de Vitré',
    );
    const date = page.getByLabel(/^Date/);
    await date.fill(french(sessionDate));
    await date.press('Tab');
    await page.getByLabel(/^Début/).fill('14:00');
    await page.getByLabel(/^Fin/).fill('17:00');
    await page.getByLabel(/^Fin/).press('Tab');
    await page.getByLabel('Intitulé de la séance').fill('Première rencontre');
    await shoot(page, '03-session-form', target);
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await page.getByText('Séance créée').waitFor();
    await page.getByRole('heading', { name: /^Première rencontre —/ }).waitFor();
    const sessionUrl = page.url();
    const sessionHash = sessionUrl.slice(sessionUrl.indexOf('#'));
    expect(sessionHash).toMatch(/^#\/seances\/\d+$/);

    // 3. Two people of the register, the first one leading the session.
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
    await add('Guérin', /GUÉRIN Maëlle/, 'Animatrice / intervenante');
    await add('Le Goff', /LE GOFF Jean-Pierre/, null);
    const participants = page.getByRole('table', { name: 'Participants de la séance' });
    await participants
      .getByRole('row', { name: /Maëlle Guérin.*Animatrice \/ intervenante.*Présente/ })
      .waitFor();
    await participants.getByRole('row', { name: /Jean-Pierre Le Goff.*Participant.*Présent/ }).waitFor();
    await shoot(page, '04-session-participants', target);

    // 4. Her attestation de participation: no article of the Code du travail.
    if (target === 'navigateur') {
      const download = page.waitForEvent('download');
      await participants
        .getByRole('row', { name: /Maëlle Guérin/ })
        .getByRole('button', { name: 'Attestation' })
        .click();
      await savePreparedFile(page);
      const text = await pdfText(await download);
      expect(text).toContain('ATTESTATION DE PARTICIPATION');
      expect(text).toContain(`« ${TITLE} », portée par ${CARRIER}`);
      expect(text).toContain('Maëlle Guérin');
      expect(text).toContain('Animatrice / intervenante');
      expect(text).toMatch(longDate(sessionDate));
      expect(text).not.toMatch(/L3142|Code du travail/);
      await page.getByRole('table', { name: 'Attestations délivrées' }).getByText(/^ATT-/).waitFor();
      // The date beside the reference is in the interface's font, not the browser's serif default.
      const fontOf = (selector: string) =>
        participants
          .getByRole('row', { name: /Maëlle Guérin/ })
          .getByText(selector, { exact: false })
          .last()
          .evaluate((e) => getComputedStyle(e).fontFamily);
      expect(await fontOf(`du ${french(isoInDays(0))}`)).toBe(await fontOf('Maëlle Guérin'));
      await shoot(page, '05-session-attestation', target);
    }

    // 5. « Notes de frais » › from the presences: the session is proposed under the action's title.
    await page.getByRole('link', { name: 'Notes de frais' }).first().click();
    await page.getByRole('button', { name: 'Créer la note de frais depuis les présences' }).first().click();
    await page.getByRole('combobox', { name: 'Représentant' }).click();
    await page.getByRole('option', { name: 'GUÉRIN Maëlle' }).click();
    const proposals = page.getByRole('table', { name: 'Réunions proposées' });
    const label = `${french(sessionDate)} — Séance ${TITLE} (${CARRIER})`;
    const ours = proposals.getByRole('row').filter({ hasText: label });
    await ours.waitFor();
    await ours.getByText('Première rencontre').waitFor();
    expect(await filledValue(ours.getByLabel(/^Destination/), 'Maison de santé de Vitré')).toBe(
      'Maison de santé de Vitré',
    );
    // Only this session goes on the claim: her other presences of the demo stay proposed for later.
    const boxes = proposals.getByRole('checkbox', { name: /^Inclure la réunion du / });
    for (let i = 0; i < (await boxes.count()); i += 1) {
      const box = boxes.nth(i);
      const name = (await box.getAttribute('aria-label')) ?? '';
      if (!name.includes(label)) await box.uncheck();
    }
    await ours.getByLabel(/^Distance en km/).fill('18');
    await shoot(page, '06-claim-proposals', target);
    await page.getByRole('button', { name: 'Créer la note de frais', exact: true }).click();
    await page.getByRole('heading', { name: 'Note de frais (brouillon)' }).waitFor();
    const claimUrl = page.url();
    const claimId = Number(/#\/frais\/(\d+)/.exec(claimUrl)?.[1]);
    const claim = await api<{ lines: Array<{ meetingId: number | null; purpose: string }> }>(
      app,
      'claims:get',
      { id: claimId },
    );
    expect(claim.lines).toHaveLength(1);
    expect(claim.lines[0]?.purpose).toBe(`Séance ${TITLE} (${CARRIER}) — Première rencontre`);
    expect(claim.lines[0]?.meetingId).toBe(Number(sessionHash.split('/').pop()));
    await shoot(page, '07-claim', target);

    // 6. Back on the session: her compte rendu, with one follow-up due in ten days.
    await go(page, sessionHash);
    const reports = page.getByTestId('comptes-rendus-reunion');
    await reports.getByText('Pas encore de compte rendu').first().waitFor();
    await reports.getByRole('link', { name: 'Rédiger le compte rendu de Maëlle Guérin' }).click();
    await page.getByRole('heading', { name: 'Compte rendu de Maëlle Guérin' }).waitFor();
    await page
      .getByLabel('Points soulevés')
      .fill('Les participants demandent un atelier sur l’alimentation au quotidien.');
    await page.getByRole('button', { name: 'Ajouter un suivi' }).click();
    const followUp = page.getByTestId('suivi-1');
    await followUp.getByLabel(/Ce qu’il faut faire/).fill('Proposer une date pour l’atelier alimentation');
    const due = followUp.getByLabel('Échéance');
    await due.fill(french(dueOn));
    await due.press('Tab');
    await shoot(page, '08-report-form', target);
    await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await page.getByText('Compte rendu enregistré').waitFor();
    await go(page, sessionHash);
    await reports
      .getByRole('row', { name: /Maëlle Guérin/ })
      .getByText('1 suivi ouvert')
      .waitFor();
    await shoot(page, '09-session-reports', target);

    // 7. « À faire » brings the follow-up back.
    await page.getByRole('link', { name: 'À faire' }).first().click();
    const dueSection = page.getByTestId('a-faire-suivis');
    const line = dueSection
      .getByRole('row')
      .filter({ hasText: 'Proposer une date pour l’atelier alimentation' });
    await line.waitFor();
    await line.getByText(`Échéance le ${french(dueOn)}`).waitFor();
    await line.getByText('compte rendu de Maëlle Guérin', { exact: false }).waitFor();
    await dueSection.scrollIntoViewIfNeeded();
    await shoot(page, '10-a-faire-suivis', target);
  });
});
