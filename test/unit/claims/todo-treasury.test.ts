import * as claims from '../../../electron/claims/claims';
import * as payments from '../../../electron/treasury/payments';
import * as batches from '../../../electron/treasury/sepa-batches';
import * as taxReceipts from '../../../electron/treasury/tax-receipts';
import { getTodo } from '../../../electron/todo/todo';
import { markReceiptsDeclared } from '../../../electron/todo/todo-treasury';
import { createTestApp, type TestApp } from '../../helpers/context';
import { draft, personWithCar, trip, validated, givenAssociation } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  await givenAssociation(app.ctx);
});
afterEach(() => app.close());

const treasury = async () => (await getTodo(app.ctx)).treasury;

describe('« À faire » for the treasurer', () => {
  it('lists submitted claims to validate, then validated ones to pay, each gone once done', async () => {
    const { person, vehicleId } = await personWithCar(
      app.ctx,
      {},
      { firstName: 'Maëlle', lastName: 'Guérin' },
    );
    const c = await draft(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 42.5)]);
    await claims.submitClaim(app.ctx, c.id);
    let t = await treasury();
    expect(t.toValidate.count).toBe(1);
    expect(t.toValidate.lines[0]).toMatchObject({ claimId: c.id, personName: 'Maëlle Guérin' });
    expect(t.toPay.count).toBe(0);
    const v = await claims.validateClaim(app.ctx, c.id);
    t = await treasury();
    expect([t.toValidate.count, t.toPay.count, t.toPay.totalCents]).toEqual([0, 1, v.totalCents]);
    await claims.markPaid(app.ctx, { ids: [c.id], paidOn: '2026-11-22', method: 'cheque', reference: null });
    t = await treasury();
    expect([t.toValidate.count, t.toPay.count, t.blockedByIban.count]).toEqual([0, 0, 0]);
  });

  it('shows validated claims blocked by a missing or invalid IBAN per person, until the record is fixed', async () => {
    const a = await personWithCar(app.ctx, {}, { firstName: 'Paul', lastName: 'Sans', iban: null });
    const b = await personWithCar(
      app.ctx,
      {},
      { firstName: 'Rose', lastName: 'Faux', iban: 'BR1500000000000010932840814P2' },
    );
    await validated(app.ctx, a.person.id, [trip(a.vehicleId, '2026-01-10', 10)]);
    await validated(app.ctx, a.person.id, [trip(a.vehicleId, '2026-02-10', 10)]);
    await validated(app.ctx, b.person.id, [trip(b.vehicleId, '2026-01-10', 10)]);
    let t = await treasury();
    expect(t.blockedByIban.count).toBe(2);
    expect(t.blockedByIban.lines.map((l) => [l.personName, l.claimCount, l.problem])).toEqual([
      ['Rose Faux', 1, expect.stringMatching(/IBAN/) as unknown],
      ['Paul Sans', 2, 'IBAN manquant sur la fiche'],
    ]);
    expect(t.toPay.count).toBe(0);
    await app.ctx.db
      .updateTable('representative')
      .set({ iban: 'FR7630006000011234567890189' })
      .where('id', '=', a.person.id)
      .execute();
    t = await treasury();
    expect(t.blockedByIban.lines.map((l) => l.personName)).toEqual(['Rose Faux']);
    expect(t.toPay.count).toBe(2);
  });

  it('asks to confirm batches à transmettre, flagged late once the execution date passed, gone once confirmed', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c = await validated(app.ctx, person.id, [trip(vehicleId, '2026-01-10', 10)]);
    const { batch } = await payments.createSepaBatch(app.ctx, {
      claimIds: [c.id],
      executionDate: '2026-11-25',
    });
    let t = await treasury();
    expect(t.toPay.count).toBe(0);
    expect(t.batchesToConfirm.lines).toEqual([
      {
        batchId: batch.id,
        messageId: batch.messageId,
        executionDate: '2026-11-25',
        paymentCount: 1,
        totalCents: c.totalCents,
        overdue: false,
      },
    ]);
    app.setNow('2026-11-27T10:00:00.000Z');
    expect((await treasury()).batchesToConfirm.lines[0]?.overdue).toBe(true);
    await batches.confirmSepaBatch(app.ctx, batch.id);
    t = await treasury();
    expect(t.batchesToConfirm.count).toBe(0);
  });

  it('lists renounced claims without a reçu fiscal until it is issued', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c = await validated(app.ctx, person.id, [trip(vehicleId, '2026-03-01', 100)]);
    await claims.renounceClaim(app.ctx, c.id, '2026-03-05');
    let t = await treasury();
    expect([t.renouncedWithoutReceipt.count, t.renouncedWithoutReceipt.years]).toEqual([1, [2026]]);
    expect(t.renouncedWithoutReceipt.lines[0]).toMatchObject({ claimId: c.id, since: '2026-03-05' });
    await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 });
    t = await treasury();
    expect(t.renouncedWithoutReceipt.count).toBe(0);
  });

  it('reminds from January to May of the declaration of last year’s reçus, until marked declared', async () => {
    const { person, vehicleId } = await personWithCar(app.ctx);
    const c = await validated(app.ctx, person.id, [trip(vehicleId, '2026-03-01', 100)]);
    await claims.renounceClaim(app.ctx, c.id, '2026-03-05');
    await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026 });
    expect((await treasury()).declaration).toBeNull();
    app.setNow('2027-02-10T10:00:00.000Z');
    expect((await treasury()).declaration).toEqual({ year: 2026, receiptCount: 1, totalCents: c.totalCents });
    app.setNow('2027-06-01T10:00:00.000Z');
    expect((await treasury()).declaration).toBeNull();
    app.setNow('2027-05-31T10:00:00.000Z');
    await expect(markReceiptsDeclared(app.ctx, 2027)).rejects.toThrow('Seule une année terminée se déclare.');
    await markReceiptsDeclared(app.ctx, 2026);
    expect((await treasury()).declaration).toBeNull();
  });
});
