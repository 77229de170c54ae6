import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import {
  closeBrowser,
  describeApp,
  launchApp,
  rawApi,
  savePreparedFile,
  type RunningApp,
} from './fixtures/app';
import { PAIN_001_XSD } from '../helpers/sepa-schema';

const XSD = PAIN_001_XSD;

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel} : ${result.error?.message}`);
  return result.value;
}

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

const isoDaysAgo = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Two representatives with a car and an IBAN, a CDU where both sit, two meetings attended on site. */
async function given(app: RunningApp) {
  await api(app, 'association:save', {
    name: 'Collectif des usagers d’Ille-et-Vilaine',
    addressLine: '12 rue de Saint-Malo',
    postalCode: '35000',
    city: 'Rennes',
    rna: 'W353012345',
    objet: 'Représenter les usagers du système de santé.',
    organismType: 'Association loi 1901 reconnue d’intérêt général',
    president: 'Hélène Dubois-Martin',
    treasurer: 'Bernard Hamon',
    documentPlace: 'Rennes',
    iban: 'FR7630004000031234567890143',
    bic: 'BNPAFRPPXXX',
  });
  const person = (firstName: string, lastName: string, iban: string) =>
    api<{ id: number; vehicles: Array<{ id: number }> }>(app, 'representatives:create', {
      civility: 'Mme',
      firstName,
      lastName,
      employed: false,
      city: 'Vitré',
      postalCode: '35500',
      addressLine: '3 rue des Lilas',
      iban,
      vehicles: [{ label: 'Clio', kind: 'voiture', fiscalPowerCv: 5, electric: false, plate: 'AB-123-CD' }],
    });
  const alice = await person('Alice', 'Martin', 'FR7630006000011234567890189');
  const brigitte = await person('Brigitte', 'Le Gall', 'FR7610107001011234567890129');
  const org = await api<{ id: number }>(app, 'organisations:create', {
    name: 'CHU de Rennes',
    kind: 'etablissement',
    addressLine: '2 rue Henri Le Guilloux',
    postalCode: '35000',
    city: 'Rennes',
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
    meetingPlace: 'CHU Pontchaillou, Rennes',
  });
  for (const p of [alice, brigitte]) {
    await api(app, 'mandates:create', {
      representativeId: p.id,
      instanceId: instance.id,
      role: 'titulaire',
      startDate: '2024-01-01',
      endDate: '2027-12-31',
    });
  }
  const meetings = await api<Array<{ id: number }>>(app, 'meetings:createSeries', {
    instanceId: instance.id,
    startTime: '14:00',
    endTime: '17:00',
    mode: 'sur_place',
    place: 'CHU Pontchaillou, Rennes',
    title: 'Séance plénière',
    dates: [isoDaysAgo(40), isoDaysAgo(20)],
  });
  for (const m of meetings) {
    await api(app, 'meetings:saveAttendance', {
      meetingId: m.id,
      rows: [
        { representativeId: alice.id, status: 'present' },
        { representativeId: brigitte.id, status: 'present' },
      ],
    });
  }
  return { alice: alice.id, brigitte: brigitte.id, brigitteVehicle: brigitte.vehicles[0]?.id ?? 0 };
}

afterAll(() => closeBrowser());

describeApp('Notes de frais, paiement et abandon de frais', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('creates a claim from the meetings attended, submits, validates and pays it in a SEPA file', async () => {
    const { page } = app;
    await given(app);
    const year = new Date().getFullYear();

    await go(page, '#/frais');
    await page.getByText('Aucune note de frais pour l’instant').waitFor();
    await page.getByRole('button', { name: 'Créer la note de frais depuis les présences' }).first().click();
    await page.getByRole('combobox', { name: 'Représentant' }).click();
    await page.getByRole('option', { name: 'MARTIN Alice' }).click();
    const distances = page.getByLabel(/^Distance en km/);
    await distances.first().waitFor();
    expect(await distances.count()).toBe(2);
    await distances.nth(0).fill('42,5');
    await distances.nth(1).fill('42,5');
    await page.getByRole('button', { name: 'Créer la note de frais', exact: true }).click();

    await page.getByRole('heading', { name: 'Note de frais (brouillon)' }).waitFor();
    // 2 × 85 km = 170 km × 0,636 = 108,12 €
    await page.getByTestId('total-note').filter({ hasText: '108,12' }).waitFor();
    await page
      .getByText(/Barème \d{4}, voiture 5/)
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Soumettre' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Soumettre' }).click();
    await page.getByRole('heading', { name: `Note de frais NF-${year}-0001` }).waitFor();

    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Valider' }).click();
    await page.getByText('Validée', { exact: true }).waitFor();

    await go(page, '#/paiements');
    await page.getByRole('checkbox', { name: /Payer NF-\d{4}-0001/ }).waitFor();
    const produce = page.getByRole('button', { name: /Produire le fichier de \d+ virement/ });
    await produce.click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('dialog').getByRole('button', { name: 'Produire le fichier' }).click();
    const download = await downloadPromise;
    const file = await download.path();
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    // Not paid yet: the batch waits until the treasurer says the bank accepted it.
    const batch = page.getByLabel(`Lot VIR-${year}-0001 à transmettre`);
    await batch.waitFor();
    expect((await api<{ rows: unknown[] }>(app, 'claims:list', { status: 'payee' })).rows).toEqual([]);
    await batch.getByRole('button', { name: 'La banque l’a accepté' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Oui, la banque l’a accepté' }).click();
    await page
      .getByRole('table', { name: 'Lots de virements traités' })
      .getByText(`VIR-${year}-0001`)
      .waitFor();

    const list = await api<{ rows: Array<{ number: string; status: string }> }>(app, 'claims:list', {
      status: 'payee',
    });
    expect(list.rows.map((r) => r.number)).toEqual([`NF-${year}-0001`]);
  });

  it('leaves a payee without IBAN unticked, withdraws one payee from a batch, then confirms it', async () => {
    const { page } = app;
    await given(app);
    const year = new Date().getFullYear();
    const validatedClaim = async (firstName: string, lastName: string, iban: string | null) => {
      const p = await api<{ id: number; vehicles: Array<{ id: number }> }>(app, 'representatives:create', {
        civility: 'M.',
        firstName,
        lastName,
        employed: false,
        iban,
        vehicles: [{ label: 'Clio', kind: 'voiture', fiscalPowerCv: 5, electric: false, plate: null }],
      });
      const c = await api<{ id: number }>(app, 'claims:create', {
        representativeId: p.id,
        lines: [
          {
            kind: 'kilometrique',
            date: isoDaysAgo(5),
            purpose: 'Réunion CDU',
            fromPlace: 'Vitré',
            toPlace: 'Rennes',
            distanceTenthKm: 400,
            roundTrip: true,
            vehicleId: p.vehicles[0]?.id,
          },
        ],
      });
      await api(app, 'claims:submit', { id: c.id });
      await api(app, 'claims:validate', { id: c.id });
      return { person: p.id, claim: c.id };
    };
    const paul = await validatedClaim('Paul', 'Bernard', 'FR7630006000011234567890189');
    const yann = await validatedClaim('Yann', 'Kerbrat', 'FR7610107001011234567890129');
    const noIban = await validatedClaim('Zoé', 'Sans-Iban', null);

    await go(page, '#/paiements');
    const zoe = page.getByRole('checkbox', { name: /Payer NF-\d{4}-0003 \(Zoé Sans-Iban\)/ });
    await zoe.waitFor();
    await page.getByText('Compléter l’IBAN').waitFor();
    expect(await zoe.isChecked()).toBe(false);
    expect(await zoe.isDisabled()).toBe(true);
    await page.getByRole('button', { name: /Produire le fichier de 2 virements/ }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('dialog').getByRole('button', { name: 'Produire le fichier' }).click();
    await downloadPromise;

    const batch = page.getByLabel(`Lot VIR-${year}-0001 à transmettre`);
    await batch
      .getByRole('row', { name: /Paul Bernard/ })
      .getByRole('button', { name: 'Retirer du lot' })
      .click();
    await page.getByRole('dialog').getByLabel('Motif').fill('IBAN clôturé, signalé par la banque');
    await page.getByRole('dialog').getByRole('button', { name: 'Retirer du lot' }).click();
    await batch.getByText(/Retiré du lot le .* : IBAN clôturé, signalé par la banque/).waitFor();
    await batch.getByText(`Fichier refait le`, { exact: false }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({ path: `/tmp/treasurer/paiements-lot-${target}-${width}.png`, fullPage: true });
    }
    const again = page.waitForEvent('download');
    await batch.getByRole('button', { name: 'Enregistrer le fichier' }).click();
    const rebuilt = await (await again).path();
    execFileSync('xmllint', ['--noout', '--schema', XSD, rebuilt], { stdio: 'pipe' });
    expect(execFileSync('grep', ['-c', 'Kerbrat', rebuilt]).toString().trim()).toBe('1');
    expect(() => execFileSync('grep', ['-q', 'Bernard', rebuilt])).toThrow();

    await batch.getByRole('button', { name: 'La banque l’a accepté' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Oui, la banque l’a accepté' }).click();
    await page
      .getByRole('table', { name: 'Lots de virements traités' })
      .getByText(`VIR-${year}-0001`)
      .waitFor();
    const status = async (id: number) => (await api<{ status: string }>(app, 'claims:get', { id })).status;
    expect([await status(yann.claim), await status(paul.claim), await status(noIban.claim)]).toEqual([
      'payee',
      'validee',
      'validee',
    ]);
    // Paul is back among the claims to pay.
    await page.getByRole('checkbox', { name: /Payer NF-\d{4}-0001 \(Paul Bernard\)/ }).waitFor();
  });

  it('says which receipt is missing on the line and why submission is blocked, before any confirmation', async () => {
    const { page } = app;
    const f = await given(app);
    const c = await api<{ id: number }>(app, 'claims:create', {
      representativeId: f.brigitte,
      lines: [
        {
          kind: 'transport',
          transportMode: 'train',
          date: isoDaysAgo(3),
          purpose: 'CRSA à Rennes',
          expenseCents: 4560,
        },
      ],
    });
    await go(page, `#/frais/${c.id}`);
    await page.getByText('Justificatif manquant\u00a0: joignez le billet de train').waitFor();
    const blocked = page.getByRole('alert').filter({ hasText: 'La note ne peut pas encore être soumise' });
    await blocked
      .getByText(/Justificatif manquant à la ligne 1 \(train du .*\)\u00a0: joignez le billet de train\./)
      .waitFor();
    const submit = page.getByRole('button', { name: 'Soumettre' });
    expect(await submit.isDisabled()).toBe(true);
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({
        path: `/tmp/treasurer/justificatif-manquant-${target}-${width}.png`,
        fullPage: true,
      });
    }

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Joindre un justificatif à la ligne 1' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'billet.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByRole('table', { name: 'Lignes de la note' }).getByText('billet.pdf').waitFor();
    expect(await blocked.count()).toBe(0);
    await submit.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Soumettre' }).click();
    await page.getByRole('heading', { name: /Note de frais NF-\d{4}-0001/ }).waitFor();
  });

  it('shows the treasurer’s lines in « À faire », filtered on Trésorerie, each gone once done', async () => {
    const { page } = app;
    const f = await given(app);
    const trip = (representativeId: number, vehicleId: number) => ({
      representativeId,
      lines: [
        {
          kind: 'kilometrique',
          date: isoDaysAgo(5),
          purpose: 'Réunion CDU',
          fromPlace: 'Vitré',
          toPlace: 'Rennes',
          distanceTenthKm: 400,
          roundTrip: true,
          vehicleId,
        },
      ],
    });
    const submitted = await api<{ id: number }>(app, 'claims:create', trip(f.brigitte, f.brigitteVehicle));
    await api(app, 'claims:submit', { id: submitted.id });
    const zoe = await api<{ id: number; vehicles: Array<{ id: number }> }>(app, 'representatives:create', {
      civility: 'Mme',
      firstName: 'Zoé',
      lastName: 'Sans-Iban',
      employed: false,
      vehicles: [{ label: 'Clio', kind: 'voiture', fiscalPowerCv: 5, electric: false, plate: null }],
    });
    const blocked = await api<{ id: number }>(app, 'claims:create', trip(zoe.id, zoe.vehicles[0]?.id ?? 0));
    await api(app, 'claims:submit', { id: blocked.id });
    await api(app, 'claims:validate', { id: blocked.id });

    // The home page is « À faire », loaded before the data above: come back to it from another page.
    await go(page, '#/frais');
    await go(page, '#/a-faire');
    await page.getByText(/^Trésorerie \(2\)$/).click();
    const toValidate = page.getByTestId('a-faire-notes-a-valider');
    await toValidate
      .getByText('Mme Brigitte Le Gall')
      .or(toValidate.getByText('Brigitte Le Gall'))
      .first()
      .waitFor();
    await page.getByTestId('a-faire-iban').getByText('IBAN manquant sur la fiche').waitFor();
    expect(await page.getByTestId('a-faire-echeances').count()).toBe(0);
    for (const [width, height] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({
        path: `/tmp/treasurer/a-faire-tresorerie-${target}-${width}.png`,
        fullPage: true,
      });
    }

    await toValidate.getByRole('link', { name: /Examiner la note/ }).click();
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Valider' }).click();
    await page.getByText('Validée', { exact: true }).waitFor();
    await go(page, '#/a-faire?vue=tresorerie');
    await page
      .getByTestId('a-faire-notes-a-valider')
      .getByText('Aucune note soumise n’attend de validation.')
      .waitFor();
    await page
      .getByTestId('a-faire-notes-a-payer')
      .getByRole('link', { name: 'Préparer les virements' })
      .waitFor();

    await page
      .getByTestId('a-faire-iban')
      .getByRole('link', { name: 'Compléter l’IBAN de Zoé Sans-Iban' })
      .click();
    await page.getByLabel('IBAN').first().waitFor();
  });

  it('records the abandon de frais of another claim and issues its reçu fiscal', async () => {
    const { page } = app;
    const f = await given(app);
    const year = new Date().getFullYear();
    const claim = await api<{ id: number }>(app, 'claims:create', {
      representativeId: f.brigitte,
      title: 'Séance de la CDU',
      lines: [
        {
          kind: 'kilometrique',
          date: isoDaysAgo(20),
          purpose: 'Séance de la CDU',
          fromPlace: 'Vitré',
          toPlace: 'Rennes',
          distanceTenthKm: 400,
          roundTrip: true,
          vehicleId: f.brigitteVehicle,
        },
      ],
    });
    await go(page, `#/frais/${claim.id}`);
    await page.getByRole('button', { name: 'Soumettre' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Soumettre' }).click();
    await page.getByRole('heading', { name: /Note de frais NF-/ }).waitFor();
    await page.getByRole('button', { name: 'Abandon de frais' }).click();
    await page
      .getByRole('dialog')
      .getByText(/renonce au remboursement des frais ci-dessus/)
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer l’abandon' }).click();
    await page.getByText('Abandonnée (don)', { exact: true }).waitFor();

    await go(page, '#/recus-fiscaux');
    await page.getByRole('button', { name: 'Émettre le reçu de Brigitte Le Gall' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('dialog').getByRole('button', { name: 'Émettre' }).click();
    await savePreparedFile(page);
    const download = await downloadPromise;
    const text = execFileSync('pdftotext', ['-layout', await download.path(), '-'], {
      encoding: 'utf8',
    }).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain(`RF-${year}-0001`);
    expect(text).toContain('Brigitte Le Gall');
    // 80 km × 0,636 = 50,88 €
    expect(text).toContain('50,88 €');
    expect(text).toMatch(/cinquante euros et quatre-vingt-huit centimes/);
    await page.getByTestId('nombre-recus').filter({ hasText: '1' }).waitFor();
    await page.getByTestId('total-recus').filter({ hasText: '50,88' }).waitFor();
  });

  it('refuses invalid input in French and saves nothing', async () => {
    const { page } = app;
    await given(app);
    await go(page, '#/frais/nouvelle');
    await page.getByRole('combobox', { name: 'Représentant' }).click();
    await page.getByRole('option', { name: 'MARTIN Alice' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Indiquez l’objet du déplacement ou de la dépense').waitFor();
    await page.getByText('Indiquez la distance en km').waitFor();
    await page.getByText('Formulaire incomplet').waitFor();
    const bad = await rawApi(app, 'claims:create', {
      representativeId: 1,
      lines: [{ kind: 'repas', date: '2026-02-30', purpose: 'Repas', expenseCents: -5 }],
    });
    const error = (bad.json as { ok: boolean; error: { message: string } }).error;
    expect(error.message).toMatch(/pas une date valide|Indiquez le montant payé/);
    const list = await api<{ total: number }>(app, 'claims:list', {});
    expect(list.total).toBe(0);
  });
});
