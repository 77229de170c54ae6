/** Defects found in review of the claims domain, each pinned by the behaviour it must have. */
import * as accounting from '../../../electron/treasury/accounting';
import * as claims from '../../../electron/claims/claims';
import * as payments from '../../../electron/treasury/payments';
import * as policies from '../../../electron/claims/policies';
import { getRepresentative, updateRepresentative } from '../../../electron/register/representatives';
import * as taxReceipts from '../../../electron/treasury/tax-receipts';
import { claimInput } from '../../../shared/claims/schemas';
import { representativeInput } from '../../../shared/register/representative';
import { createTestApp, type TestApp } from '../../helpers/context';
import { personInput } from '../../helpers/representatives';
import { draft, expense, personWithCar, trip, validated, givenAssociation } from './fixtures';

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const association = (overrides: Record<string, unknown> = {}) => givenAssociation(app.ctx, overrides);

/** Keeps the lines of a claim as they are (ids included) and appends new ones. */
async function addLines(claimId: number, extra: ReturnType<typeof expense>[]) {
  const c = await claims.getClaim(app.ctx, claimId);
  const kept = c.lines.map((l) => ({
    id: l.id,
    kind: l.kind,
    transportMode: l.transportMode,
    date: l.date,
    purpose: l.purpose,
    meetingId: l.meetingId,
    fromPlace: l.fromPlace,
    toPlace: l.toPlace,
    distanceTenthKm: l.distanceTenthKm,
    roundTrip: l.roundTrip,
    vehicleId: l.vehicleId,
    expenseCents: l.expenseCents,
  }));
  return claims.updateClaim(
    app.ctx,
    claimId,
    claimInput.parse({
      representativeId: c.representativeId,
      title: c.title,
      notes: c.notes,
      lines: [...kept, ...extra],
    }),
  );
}

async function attach(claimId: number, lineIndex: number) {
  const c = await claims.getClaim(app.ctx, claimId);
  const line = c.lines[lineIndex];
  if (!line) throw new Error('ligne');
  return claims.attachReceipt(app.ctx, {
    lineId: line.id,
    fileName: 'ticket.pdf',
    dataBase64: PDF_BYTES.toString('base64'),
  });
}

describe('required receipts', () => {
  it('refuses to validate a submitted claim to which lines without their required receipt were added', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c = await draft(app.ctx, person.id, [trip(vehicleId, '2026-03-01', 40)]);
    await claims.submitClaim(app.ctx, c.id);
    await addLines(c.id, [
      expense('parking', '2026-03-01', 1500),
      expense('hebergement', '2026-03-01', 9000),
    ]);
    await expect(claims.validateClaim(app.ctx, c.id)).rejects.toThrow(
      '2 justificatifs manquants\u00a0: ligne 2 (parking du 01/03/2026)\u00a0: joignez le ticket de parking\u00a0; ligne 3 (hébergement du 01/03/2026)\u00a0: joignez la facture de l’hôtel. C’est nécessaire pour valider la note.',
    );
    expect((await claims.getClaim(app.ctx, c.id)).status).toBe('soumise');
    await attach(c.id, 1);
    await attach(c.id, 2);
    expect((await claims.validateClaim(app.ctx, c.id)).status).toBe('validee');
  });

  it('refuses to validate or renounce a claim whose required receipt was detached after submission', async () => {
    const { person } = await personWithCar(app.ctx);
    const c = await draft(app.ctx, person.id, [expense('parking', '2026-03-01', 1500)]);
    const withFile = await attach(c.id, 0);
    await claims.submitClaim(app.ctx, c.id);
    const line = withFile.lines[0];
    await claims.detachReceipt(app.ctx, { lineId: line?.id ?? 0, hash: line?.receipts[0]?.hash ?? '' });
    await expect(claims.validateClaim(app.ctx, c.id)).rejects.toThrow(/Justificatif manquant à la ligne 1/);
    await expect(claims.renounceClaim(app.ctx, c.id, '2026-03-05')).rejects.toThrow(
      'Justificatif manquant à la ligne 1 (parking du 01/03/2026)\u00a0: joignez le ticket de parking. C’est nécessaire pour enregistrer l’abandon de frais.',
    );
    expect((await claims.getClaim(app.ctx, c.id)).status).toBe('soumise');
  });
});

describe('mandatory mentions of the reçu fiscal', () => {
  it('refuses to issue a receipt while a mandatory mention is missing, naming it and where to fill it in, and uses no number', async () => {
    const { person, vehicleId } = await personWithCar(
      app.ctx,
      {},
      { addressLine: null, postalCode: null, city: null },
    );
    const c = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 100)]);
    await claims.renounceClaim(app.ctx, c.id, '2026-03-01');
    const attempt = taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 });
    await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 })).rejects.toThrow(
      'Reçu fiscal non émis, des mentions obligatoires manquent : de l’association : le nom, l’adresse complète (rue, code postal, ville), ' +
        'l’objet, le type d’organisme, le numéro SIREN ou RNA, le nom du trésorier ou du président (signataire), ' +
        'le lieu de signature des documents (« Fait à ») — à compléter dans Paramètres › Association ; ' +
        'l’adresse complète du donateur (Hélène D’Argenson) — à compléter sur sa fiche. Aucun numéro de reçu n’a été utilisé.',
    );
    await association({ documentPlace: null });
    await expect(taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 })).rejects.toThrow(
      /le lieu de signature des documents/,
    );
    await association();
    await expect(taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 })).rejects.toThrow(
      /^Reçu fiscal non émis.*adresse complète du donateur[^;]*$/,
    );
    expect(await app.ctx.db.selectFrom('tax_receipt').select('id').execute()).toHaveLength(0);
    const current = await getRepresentative(app.ctx, person.id);
    await updateRepresentative(
      app.ctx,
      person.id,
      representativeInput.parse(
        personInput({
          iban: current.iban,
          vehicles: current.vehicles.map(({ archived: _archived, inUse: _inUse, ...v }) => v),
        }),
      ),
    );
    const [issued] = await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 });
    expect(issued?.number).toBe('RF-2026-0001');
  });
});

function balanceOf(entries: accounting.JournalEntry[], account: string): number {
  return entries.filter((e) => e.account === account).reduce((s, e) => s + e.debitCents - e.creditCents, 0);
}

describe('accounting of renounced and cancelled claims', () => {
  it('dates the expense of a claim renounced straight from « soumise » no later than the signed renunciation, so 4681 balances within the year', async () => {
    app.setNow('2026-12-20T10:00:00.000Z');
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c = await draft(app.ctx, person.id, [trip(vehicleId, '2026-12-10', 100)]);
    await claims.submitClaim(app.ctx, c.id);
    app.setNow('2027-01-05T10:00:00.000Z');
    await claims.renounceClaim(app.ctx, c.id, '2026-12-28');
    const y2026 = await accounting.journalEntries(app.ctx, 2026);
    expect(y2026.map((e) => [e.date, e.account, e.debitCents, e.creditCents])).toEqual([
      ['2026-12-28', '6251', 6360, 0],
      ['2026-12-28', '4681', 0, 6360],
      ['2026-12-28', '4681', 6360, 0],
      ['2026-12-28', '75412', 0, 6360],
    ]);
    expect(balanceOf(y2026, '4681')).toBe(0);
    expect(await accounting.journalEntries(app.ctx, 2027)).toEqual([]);
  });

  it('keeps the entries of a cancelled validated or renounced claim and reverses them at the cancellation date', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const plain = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 100)]);
    const given = await validated(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 50)]);
    await claims.renounceClaim(app.ctx, given.id, '2026-03-01');
    app.setNow('2027-02-01T10:00:00.000Z');
    await claims.cancelClaim(app.ctx, plain.id, 'Doublon');
    await claims.cancelClaim(app.ctx, given.id, 'Renonciation retirée');
    const y2026 = await accounting.journalEntries(app.ctx, 2026);
    expect(y2026.map((e) => [e.piece, e.account, e.debitCents, e.creditCents])).toEqual([
      ['NF-2026-0002', '6251', 3180, 0],
      ['NF-2026-0002', '4681', 0, 3180],
      ['NF-2026-0002', '4681', 3180, 0],
      ['NF-2026-0002', '75412', 0, 3180],
      ['NF-2026-0001', '6251', 6360, 0],
      ['NF-2026-0001', '4681', 0, 6360],
    ]);
    const y2027 = await accounting.journalEntries(app.ctx, 2027);
    expect(y2027.map((e) => [e.date, e.piece, e.account, e.debitCents, e.creditCents, e.label])).toEqual([
      [
        '2027-02-01',
        'NF-2026-0001',
        '6251',
        0,
        6360,
        'Annulation — Frais Hélène D’Argenson (indemnités kilométriques)',
      ],
      ['2027-02-01', 'NF-2026-0001', '4681', 6360, 0, 'Annulation — Frais à rembourser Hélène D’Argenson'],
      ['2027-02-01', 'NF-2026-0002', '4681', 0, 3180, 'Annulation — Abandon de frais Hélène D’Argenson'],
      ['2027-02-01', 'NF-2026-0002', '75412', 3180, 0, 'Annulation — Abandon de frais Hélène D’Argenson'],
      [
        '2027-02-01',
        'NF-2026-0002',
        '6251',
        0,
        3180,
        'Annulation — Frais Hélène D’Argenson (indemnités kilométriques)',
      ],
      ['2027-02-01', 'NF-2026-0002', '4681', 3180, 0, 'Annulation — Frais à rembourser Hélène D’Argenson'],
    ]);
    const both = [...y2026, ...y2027];
    for (const account of ['6251', '4681', '75412']) expect(balanceOf(both, account)).toBe(0);
  });

  it('dates entries by the local calendar day, not the UTC one', async () => {
    // The machine's clock one hour ahead of UTC, as in Paris in winter (process.env.TZ does not reach Jest's sandbox).
    const ahead = (d: Date) => new Date(d.getTime() + 3_600_000);
    const spies = [
      jest.spyOn(Date.prototype, 'getFullYear').mockImplementation(function (this: Date) {
        return ahead(this).getUTCFullYear();
      }),
      jest.spyOn(Date.prototype, 'getMonth').mockImplementation(function (this: Date) {
        return ahead(this).getUTCMonth();
      }),
      jest.spyOn(Date.prototype, 'getDate').mockImplementation(function (this: Date) {
        return ahead(this).getUTCDate();
      }),
    ];
    try {
      app.setNow('2026-12-31T23:30:00.000Z');
      const { person, vehicleId } = await personWithCar(app.ctx);
      const c = await validated(app.ctx, person.id, [trip(vehicleId, '2026-12-30', 100)]);
      expect(c.validatedAt).toBe('2026-12-31T23:30:00.000Z');
      expect(await accounting.journalEntries(app.ctx, 2026)).toEqual([]);
      expect((await accounting.journalEntries(app.ctx, 2027)).map((e) => e.date)).toEqual([
        '2027-01-01',
        '2027-01-01',
      ]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('policy changes', () => {
  it('reprices the open expense lines and totals of the year (and of later years inheriting the policy) when a cap changes, not frozen ones', async () => {
    const { person } = await personWithCar(app.ctx);
    const policy = (capCents: number | null) =>
      policies.savePolicy(app.ctx, {
        year: 2026,
        mileageMode: 'bareme',
        flatRates: { voiture: 0, moto: 0, cyclomoteur: 0 },
        kinds: [{ kind: 'hebergement', capCents, receiptRequired: false }],
      });
    await policy(null);
    const frozen = await validated(app.ctx, person.id, [expense('hebergement', '2026-03-01', 9000)]);
    const open = await draft(app.ctx, person.id, [
      expense('hebergement', '2026-04-01', 9000),
      expense('repas', '2026-04-01', 1500),
    ]);
    const submitted = await draft(app.ctx, person.id, [expense('hebergement', '2026-05-01', 6000)]);
    await claims.submitClaim(app.ctx, submitted.id);
    const nextYear = await draft(app.ctx, person.id, [expense('hebergement', '2027-01-15', 9000)]);
    expect(open.totalCents).toBe(10500);
    await policy(7000);
    const after = await claims.getClaim(app.ctx, open.id);
    expect(after.lines.map((l) => l.amountCents)).toEqual([7000, 1500]);
    expect(after.totalCents).toBe(8500);
    expect(after.lines[0]?.explanation).toMatch(/plafonnée à 70,00/);
    expect((await claims.getClaim(app.ctx, submitted.id)).totalCents).toBe(6000);
    expect((await claims.getClaim(app.ctx, nextYear.id)).totalCents).toBe(7000);
    expect((await claims.getClaim(app.ctx, frozen.id)).totalCents).toBe(9000);
    await policy(null);
    expect((await claims.getClaim(app.ctx, open.id)).totalCents).toBe(10500);
  });
});

describe('one reçu fiscal per person and year', () => {
  it('cancels and reissues one aggregated receipt, under a new number and logged, when another claim of the year is renounced', async () => {
    await association();
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c1 = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 100)]);
    await claims.renounceClaim(app.ctx, c1.id, '2026-03-01');
    const [first] = await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026, representativeId: person.id });
    expect(first?.number).toBe('RF-2026-0001');
    const c2 = await validated(app.ctx, person.id, [trip(vehicleId, '2026-04-10', 50)]);
    await claims.renounceClaim(app.ctx, c2.id, '2026-05-01');
    expect((await taxReceipts.taxReceiptYear(app.ctx, 2026)).candidates[0]?.replaces).toEqual([
      { number: 'RF-2026-0001', amountCents: 6360 },
    ]);
    const [second] = await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026, representativeId: person.id });
    expect(second?.number).toBe('RF-2026-0002');
    expect(second?.amountCents).toBe(6360 + 3180);
    expect(second?.claimNumbers).toEqual(['NF-2026-0001', 'NF-2026-0002']);
    expect(second?.replacesNumber).toBe('RF-2026-0001');
    const year = await taxReceipts.taxReceiptYear(app.ctx, 2026);
    expect(year.receipts.map((r) => [r.number, r.cancelled, r.replacedByNumber])).toEqual([
      ['RF-2026-0001', true, 'RF-2026-0002'],
      ['RF-2026-0002', false, null],
    ]);
    expect(year.receipts[0]?.cancelReason).toMatch(/Réémis en un seul reçu 2026.*NF-2026-0002/);
    expect(year.summary).toEqual({ count: 1, totalCents: 9540, cancelledCount: 1 });
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'tax_receipt')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'reçu fiscal émis',
      'reçu fiscal annulé',
      'reçu fiscal émis',
    ]);
    expect((await claims.getClaim(app.ctx, c1.id)).taxReceiptNumber).toBe('RF-2026-0002');

    // A correction (cancel and reissue) of the person's receipt also takes a claim renounced since.
    const c3 = await validated(app.ctx, person.id, [trip(vehicleId, '2026-06-10', 10)]);
    await claims.renounceClaim(app.ctx, c3.id, '2026-06-20');
    const corrected = await taxReceipts.cancelTaxReceipt(app.ctx, {
      id: second?.id ?? 0,
      reason: 'Adresse erronée',
      reissue: true,
    });
    const active = corrected.receipts.filter((r) => !r.cancelled);
    expect(active.map((r) => [r.number, r.claimNumbers])).toEqual([
      ['RF-2026-0003', ['NF-2026-0001', 'NF-2026-0002', 'NF-2026-0003']],
    ]);
    expect(corrected.candidates).toEqual([]);
  });
});

describe('SEPA payees', () => {
  it('leaves out, with its reason, a payee whose name has no Latin letter instead of refusing the whole file', async () => {
    await association();
    const latin = await personWithCar(app.ctx, {}, { firstName: 'Maëlle', lastName: 'Guérin' });
    const other = await personWithCar(app.ctx, {}, { firstName: '伟', lastName: '王' });
    const ok = await validated(app.ctx, latin.person.id, [trip(latin.vehicleId, '2026-01-10', 10)]);
    const unnamed = await validated(app.ctx, other.person.id, [trip(other.vehicleId, '2026-01-10', 10)]);
    const reason =
      'nom sans lettre latine : ajoutez sur la fiche une graphie en lettres latines pour le virement';
    expect((await payments.previewSepa(app.ctx, [ok.id, unnamed.id])).excluded.map((e) => e.reason)).toEqual([
      reason,
    ]);
    const result = await payments.createSepaBatch(app.ctx, {
      claimIds: [ok.id, unnamed.id],
      executionDate: '2026-11-25',
    });
    expect(result.batch.paymentCount).toBe(1);
    expect(result.excluded.map((e) => [e.claimId, e.reason])).toEqual([[unnamed.id, reason]]);
    expect((await claims.getClaim(app.ctx, unnamed.id)).status).toBe('validee');
  });
});

describe('flat rates per vehicle kind', () => {
  it('refuses in French to price a trip of a vehicle kind without a voted flat rate, instead of 0 €', async () => {
    const forfait = (moto: number) =>
      policies.savePolicy(app.ctx, {
        year: 2026,
        mileageMode: 'forfait',
        flatRates: { voiture: 300, moto, cyclomoteur: 0 },
        kinds: [],
      });
    await forfait(0);
    const { person, vehicleId } = await personWithCar(app.ctx, { kind: 'moto', cv: 3 });
    const message =
      'Aucun taux forfaitaire n’est voté pour les motos en 2026, alors que des trajets à moto de 2026 sont à calculer : indiquez ce taux dans Paramètres › Frais.';
    await expect(draft(app.ctx, person.id, [trip(vehicleId, '2026-02-01', 100)])).rejects.toThrow(message);
    expect(await app.ctx.db.selectFrom('claim').select('id').execute()).toHaveLength(0);
    await forfait(200);
    const c = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-01', 100)]);
    expect(c.totalCents).toBe(2000);
    // Taking the rate back while open moto trips exist is refused too, and nothing moves.
    await expect(forfait(0)).rejects.toMatchObject({ code: 'VALIDATION', message });
    expect((await policies.getPolicy(app.ctx, 2026)).flatRates.moto).toBe(200);
    expect((await claims.getClaim(app.ctx, c.id)).totalCents).toBe(2000);
  });
});
