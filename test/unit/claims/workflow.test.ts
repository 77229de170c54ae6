import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../electron/ipc/dispatch';
import * as accounting from '../../../electron/treasury/accounting';
import * as claims from '../../../electron/claims/claims';
import * as payments from '../../../electron/treasury/payments';
import * as policies from '../../../electron/claims/policies';
import { confirmSepaBatch } from '../../../electron/treasury/sepa-batches';
import {
  deleteRepresentative,
  updateRepresentative,
  getRepresentative,
} from '../../../electron/register/representatives';
import * as taxReceipts from '../../../electron/treasury/tax-receipts';
import { representativeInput } from '../../../shared/register/representative';
import { createTestApp, type TestApp } from '../../helpers/context';
import { personInput } from '../../helpers/representatives';
import {
  attend,
  draft,
  expense,
  meetingFixture,
  personWithCar,
  trip,
  validated,
  givenAssociation,
} from './fixtures';
import { PAIN_001_XSD } from '../../helpers/sepa-schema';

const XSD = PAIN_001_XSD;
const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const association = (overrides: Record<string, unknown> = {}) => givenAssociation(app.ctx, overrides);

describe('numbering and workflow', () => {
  it('numbers claims at submission, per year, and never reuses a number after refusals and cancellations', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const a = await draft(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 10)]);
    expect(a.number).toBeNull();
    const deletedDraft = await draft(app.ctx, person.id, [trip(vehicleId, '2026-01-11', 10)]);
    await claims.deleteClaim(app.ctx, deletedDraft.id);
    const first = await claims.submitClaim(app.ctx, a.id);
    expect(first.number).toBe('NF-2026-0001');
    await claims.refuseClaim(app.ctx, a.id, 'Hors objet');
    const b = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-12', 10)]);
    expect(b.number).toBe('NF-2026-0002');
    await claims.cancelClaim(app.ctx, b.id, 'Erreur de saisie');
    const c = await draft(app.ctx, person.id, [trip(vehicleId, '2026-01-13', 10)]);
    await claims.submitClaim(app.ctx, c.id);
    await claims.returnToDraft(app.ctx, c.id);
    const again = await claims.submitClaim(app.ctx, c.id);
    expect(again.number).toBe('NF-2026-0003');
    app.setNow('2027-01-03T10:00:00.000Z');
    const d = await draft(app.ctx, person.id, [trip(vehicleId, '2026-12-28', 10)]);
    expect((await claims.submitClaim(app.ctx, d.id)).number).toBe('NF-2027-0001');
  });

  it('records who did each transition and when, and refuses illegal ones in French', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 10)]);
    expect(c.events.map((e) => e.toStatus)).toEqual(['brouillon', 'soumise', 'validee']);
    expect(c.events.every((e) => e.actor === 'test' && e.at.startsWith('2026-11-22'))).toBe(true);
    await expect(
      claims.updateClaim(app.ctx, c.id, { representativeId: person.id, title: null, notes: null, lines: [] }),
    ).rejects.toThrow(/ne se modifie plus/);
    await expect(claims.refuseClaim(app.ctx, c.id, 'x')).rejects.toThrow(
      /Impossible de refuser une note validée/,
    );
    await expect(claims.deleteClaim(app.ctx, c.id)).rejects.toThrow(/brouillon/);
    const cancelled = await claims.cancelClaim(app.ctx, c.id, 'Doublon');
    expect(cancelled.status).toBe('annulee');
    expect(cancelled.cancelReason).toBe('Doublon');
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity', '=', 'claim')
      .execute();
    expect(audit.some((a) => a.action === 'annulée' && (a.details ?? '').includes('Doublon'))).toBe(true);
  });

  it('requires a receipt where the policy says so, checks its type from the bytes, and lets it be opened', async () => {
    const { person } = await personWithCar(app.ctx);
    const c = await draft(app.ctx, person.id, [expense('transport', '2026-03-01', 4560)]);
    await expect(claims.submitClaim(app.ctx, c.id)).rejects.toThrow(
      'Justificatif manquant à la ligne 1 (train du 01/03/2026)\u00a0: joignez le billet de train. C’est nécessaire pour soumettre la note.',
    );
    const line = c.lines[0];
    if (!line) throw new Error('ligne');
    expect(line.warnings).toContain('Justificatif manquant\u00a0: joignez le billet de train');
    await expect(
      claims.attachReceipt(app.ctx, {
        lineId: line.id,
        fileName: 'billet.pdf',
        dataBase64: Buffer.from('pas un pdf').toString('base64'),
      }),
    ).rejects.toThrow(/PDF, JPEG et PNG/);
    const withFile = await claims.attachReceipt(app.ctx, {
      lineId: line.id,
      fileName: 'billet.pdf',
      dataBase64: PDF_BYTES.toString('base64'),
    });
    expect(withFile.lines[0]?.receipts[0]?.mime).toBe('application/pdf');
    const opened = await claims.openReceipt(app.ctx, {
      lineId: line.id,
      hash: withFile.lines[0]?.receipts[0]?.hash ?? '',
    });
    expect(opened.data.equals(PDF_BYTES)).toBe(true);
    expect((await claims.submitClaim(app.ctx, c.id)).status).toBe('soumise');
  });

  it('refuses a vehicle of another person with a French message and saves nothing', async () => {
    const { person } = await personWithCar(app.ctx);
    const other = await personWithCar(app.ctx, {}, { firstName: 'Yannick', lastName: 'Tanguy' });
    await expect(draft(app.ctx, person.id, [trip(other.vehicleId, '2026-01-10', 10)])).rejects.toThrow(
      /n’est pas celui de cette personne/,
    );
    expect(await app.ctx.db.selectFrom('claim').select('id').execute()).toHaveLength(0);
    const result = await dispatch(app.ctx, 'claims:create', {
      representativeId: person.id,
      lines: [{ kind: 'kilometrique', date: '2026-13-01', purpose: '' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/pas une date valide|Indiquez/);
    expect(await app.ctx.db.selectFrom('claim_line').select('id').execute()).toHaveLength(0);
  });

  it('keeps a person or a vehicle with claims from being deleted: the vehicle is archived', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    await draft(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 10)]);
    await expect(deleteRepresentative(app.ctx, person.id)).rejects.toThrow(/archivez/);
    await updateRepresentative(
      app.ctx,
      person.id,
      representativeInput.parse(personInput({ iban: null, vehicles: [] })),
    );
    const after = await getRepresentative(app.ctx, person.id);
    expect(after.vehicles[0]?.archived).toBe(true);
  });
});

describe('from attendance to claim', () => {
  it('proposes one line per meeting attended on site and not yet claimed, with the last distance to the same place', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const m1 = await meetingFixture(app.ctx, { date: '2026-02-10' });
    const m2 = await meetingFixture(app.ctx, { date: '2026-03-10' });
    const remote = await meetingFixture(app.ctx, { date: '2026-04-10', mode: 'distance', place: null });
    const excused = await meetingFixture(app.ctx, { date: '2026-05-10' });
    await attend(app.ctx, m1, person.id);
    await attend(app.ctx, m2, person.id);
    await attend(app.ctx, remote, person.id);
    await attend(app.ctx, excused, person.id, 'excuse');
    const first = await claims.proposeFromAttendance(app.ctx, person.id);
    expect(first.proposals.map((p) => p.meetingId)).toEqual([m1, m2]);
    expect(first.proposals[0]?.distanceTenthKm).toBeNull();
    const created = await claims.createFromAttendance(app.ctx, {
      representativeId: person.id,
      title: null,
      lines: [
        {
          meetingId: m1,
          fromPlace: 'Rennes',
          toPlace: 'CHU Pontchaillou, Rennes',
          distanceTenthKm: 123,
          roundTrip: true,
          vehicleId,
        },
      ],
    });
    expect(created.lines[0]?.meetingId).toBe(m1);
    const second = await claims.proposeFromAttendance(app.ctx, person.id);
    expect(second.proposals.map((p) => p.meetingId)).toEqual([m2]);
    expect(second.proposals[0]?.distanceTenthKm).toBe(123);
    expect(second.proposals[0]?.roundTrip).toBe(true);
  });

  it('refuses a second line for the same person, meeting and kind, and flags same date, kind and amount', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const m1 = await meetingFixture(app.ctx, { date: '2026-02-10' });
    await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 12, { meetingId: m1 })]);
    await expect(
      draft(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 20, { meetingId: m1 })]),
    ).rejects.toThrow(/déjà sur la note/);
    await expect(
      draft(app.ctx, person.id, [
        trip(vehicleId, '2026-02-10', 20, { meetingId: m1 }),
        trip(vehicleId, '2026-02-10', 20, { meetingId: m1 }),
      ]),
    ).rejects.toThrow();
    const parking = await draft(app.ctx, person.id, [
      expense('parking', '2026-02-10', 450, { meetingId: m1 }),
    ]);
    expect(parking.lines[0]?.warnings.some((w) => w.startsWith('Doublon'))).toBe(false);
    const again = await draft(app.ctx, person.id, [expense('parking', '2026-02-10', 450)]);
    expect(again.lines[0]?.warnings.some((w) => w.startsWith('Doublon possible'))).toBe(true);
  });
});

describe('payment', () => {
  it('produces a SEPA file valid against the official schema, leaving out payees without IBAN', async () => {
    await association();
    const a = await personWithCar(app.ctx, {}, { firstName: 'Maëlle', lastName: 'Guérin' });
    const b = await personWithCar(app.ctx, {}, { firstName: 'François', lastName: 'D’Argenson', iban: null });
    const ca = await validated(app.ctx, a.person.id, [trip(a.vehicleId, '2026-01-10', 42.5)]);
    const cb = await validated(app.ctx, b.person.id, [trip(b.vehicleId, '2026-01-10', 10)]);
    const draftOne = await draft(app.ctx, a.person.id, [trip(a.vehicleId, '2026-01-11', 10)]);
    const preview = await payments.previewSepa(app.ctx, [ca.id, cb.id, draftOne.id]);
    expect(preview.included.map((i) => i.claimId)).toEqual([ca.id]);
    expect(preview.excluded.map((e) => e.reason)).toEqual(['IBAN manquant sur la fiche', 'note non validée']);
    const result = await payments.createSepaBatch(app.ctx, {
      claimIds: [ca.id, cb.id],
      executionDate: '2026-11-25',
    });
    const xml = result.file.data.toString('utf8');
    expect(xml).toContain('<EndToEndId>NF-2026-0001</EndToEndId>');
    expect(xml).toContain('<Nm>Maelle Guerin</Nm>');
    expect(xml).toContain(`<InstdAmt Ccy="EUR">27.03</InstdAmt>`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sepa-'));
    try {
      const file = path.join(dir, 'virements.xml');
      writeFileSync(file, xml);
      execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Paid once the treasurer confirms the bank accepted the file (sepa-batches.test.ts).
    expect((await claims.getClaim(app.ctx, ca.id)).status).toBe('validee');
    await confirmSepaBatch(app.ctx, result.batch.id);
    const paid = await claims.getClaim(app.ctx, ca.id);
    expect(paid.status).toBe('payee');
    expect(paid.paymentReference).toBe(result.batch.messageId);
    expect((await claims.getClaim(app.ctx, cb.id)).status).toBe('validee');
    const manual = await claims.markPaid(app.ctx, {
      ids: [cb.id],
      paidOn: '2026-11-23',
      method: 'cheque',
      reference: 'Chèque 123',
    });
    expect(manual.count).toBe(1);
    await expect(
      claims.markPaid(app.ctx, {
        ids: [draftOne.id],
        paidOn: '2026-11-23',
        method: 'cheque',
        reference: null,
      }),
    ).rejects.toThrow(/n’est pas validée/);
  });
});

describe('abandon de frais and tax receipts', () => {
  it('issues one receipt per person and year aggregating renounced claims, numbered, cancel-and-reissue logged', async () => {
    await association();
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c1 = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 100)]);
    const c2 = await draft(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 50)]);
    await claims.submitClaim(app.ctx, c2.id);
    await expect(claims.renounceClaim(app.ctx, c1.id, '2026-01-01')).rejects.toThrow(
      /avant la date des frais/,
    );
    await claims.renounceClaim(app.ctx, c1.id, '2026-03-01');
    const r2 = await claims.renounceClaim(app.ctx, c2.id, '2026-03-02');
    expect(r2.renouncedOn).toBe('2026-03-02');
    expect(r2.validatedAt).not.toBeNull();
    const before = await taxReceipts.taxReceiptYear(app.ctx, 2026);
    expect(before.candidates[0]?.totalCents).toBe(6360 + 3180);
    const [issued] = await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026, representativeId: person.id });
    expect(issued?.number).toBe('RF-2026-0001');
    expect(issued?.amountCents).toBe(9540);
    expect(issued?.giftDates).toEqual(['2026-03-01', '2026-03-02']);
    await expect(claims.cancelClaim(app.ctx, c1.id, 'x')).rejects.toThrow(/RF-2026-0001/);
    const after = await taxReceipts.cancelTaxReceipt(app.ctx, {
      id: issued?.id ?? 0,
      reason: 'Adresse erronée',
      reissue: true,
    });
    expect(after.receipts.map((r) => [r.number, r.cancelled, r.replacedByNumber])).toEqual([
      ['RF-2026-0001', true, 'RF-2026-0002'],
      ['RF-2026-0002', false, null],
    ]);
    expect(after.summary).toEqual({ count: 1, totalCents: 9540, cancelledCount: 1 });
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'tax_receipt')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'reçu fiscal émis',
      'reçu fiscal annulé',
      'reçu fiscal émis',
    ]);
    const pdf = await taxReceipts.taxReceiptPdf(app.ctx, after.receipts[1]?.id ?? 0);
    expect(pdf.data.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('issues one receipt per claim when the setting says so', async () => {
    await association();
    await policies.saveClaimsSettings(app.ctx, { receiptGrouping: 'par_note' });
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c1 = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 100)]);
    const c2 = await validated(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 100)]);
    await claims.renounceClaim(app.ctx, c1.id, '2026-03-01');
    await claims.renounceClaim(app.ctx, c2.id, '2026-03-01');
    const issued = await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 });
    expect(issued.map((r) => r.number)).toEqual(['RF-2026-0001', 'RF-2026-0002']);
  });
});

describe('accounting journal', () => {
  it('writes balanced entries with the claim number, date and accounts from settings', async () => {
    await association();
    await policies.savePolicy(app.ctx, {
      year: 2026,
      mileageMode: 'bareme',
      flatRates: { voiture: 0, moto: 0, cyclomoteur: 0 },
      kinds: [{ kind: 'repas', capCents: null, receiptRequired: false }],
    });
    const { person, vehicleId } = await personWithCar(app.ctx);
    const paid = await validated(app.ctx, person.id, [
      trip(vehicleId, '2026-01-10', 100),
      expense('repas', '2026-01-10', 1500),
    ]);
    await claims.markPaid(app.ctx, {
      ids: [paid.id],
      paidOn: '2026-11-23',
      method: 'virement',
      reference: 'VIR-1',
    });
    const renounced = await validated(app.ctx, person.id, [trip(vehicleId, '2026-02-10', 50)]);
    await claims.renounceClaim(app.ctx, renounced.id, '2026-03-01');
    await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 });
    const entries = await accounting.journalEntries(app.ctx, 2026);
    const debit = entries.reduce((s, e) => s + e.debitCents, 0);
    const credit = entries.reduce((s, e) => s + e.creditCents, 0);
    expect(debit).toBe(credit);
    expect(entries.map((e) => e.account)).toEqual(
      expect.arrayContaining(['6251', '6256', '4681', '512', '75412']),
    );
    expect(entries.every((e) => /^NF-2026-\d{4}$/.test(e.piece) && /^2026-\d\d-\d\d$/.test(e.date))).toBe(
      true,
    );
    const csv = (await accounting.accountingCsv(app.ctx, 2026)).data.toString('utf8');
    expect(csv).toContain('Journal;Date;Pièce;Compte;Libellé;Débit;Crédit');
    expect(csv).toMatch(
      /OD;01\/03\/2026;NF-2026-0002;75412;Abandon de frais Hélène D’Argenson \(reçu RF-2026-0001\);;31,80/,
    );
  });
});
