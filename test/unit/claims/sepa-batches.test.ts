import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as accounting from '../../../electron/treasury/accounting';
import * as claims from '../../../electron/claims/claims';
import * as payments from '../../../electron/treasury/payments';
import * as batches from '../../../electron/treasury/sepa-batches';
import { createTestApp, type TestApp } from '../../helpers/context';
import { PAIN_001_XSD } from '../../helpers/sepa-schema';
import { personWithCar, trip, validated, givenAssociation } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  await givenAssociation(app.ctx);
});
afterEach(() => app.close());

function checkXsd(xml: string): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sepa-batch-'));
  try {
    const file = path.join(dir, 'virements.xml');
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--schema', PAIN_001_XSD, file], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const xmlOf = (file: { data: Buffer }) => file.data.toString('utf8');

/** Two payees (Maëlle with two claims, Jean with one) in one batch à transmettre. */
async function batchOfTwoPayees() {
  const a = await personWithCar(app.ctx, {}, { firstName: 'Maëlle', lastName: 'Guérin' });
  const b = await personWithCar(app.ctx, {}, { firstName: 'Jean', lastName: 'Le Gall' });
  const a1 = await validated(app.ctx, a.person.id, [trip(a.vehicleId, '2026-01-10', 42.5)]);
  const a2 = await validated(app.ctx, a.person.id, [trip(a.vehicleId, '2026-02-10', 10)]);
  const b1 = await validated(app.ctx, b.person.id, [trip(b.vehicleId, '2026-01-12', 20)]);
  const result = await payments.createSepaBatch(app.ctx, {
    claimIds: [a1.id, a2.id, b1.id],
    executionDate: '2026-11-25',
  });
  return { a, b, a1, a2, b1, result };
}

const paymentEntries = async () =>
  (await accounting.journalEntries(app.ctx, 2026)).filter((e) => e.account === '512');

describe('SEPA batch à transmettre', () => {
  it('produces a valid file but leaves the claims validated, waiting in the batch, with nothing booked as paid', async () => {
    const { a1, b1, result } = await batchOfTwoPayees();
    expect(result.batch.state).toBe('a_transmettre');
    checkXsd(xmlOf(result.file));
    const waiting = await claims.getClaim(app.ctx, a1.id);
    expect(waiting.status).toBe('validee');
    expect(waiting.pendingTransfer).toEqual({
      batchId: result.batch.id,
      messageId: result.batch.messageId,
      executionDate: '2026-11-25',
    });
    expect(waiting.events.at(-1)?.action).toBe(`mise en virement (${result.batch.messageId}, à transmettre)`);
    expect(await paymentEntries()).toEqual([]);
    const [listed] = await batches.listSepaBatches(app.ctx);
    expect(listed?.payees.map((p) => [p.personName, p.claims.length])).toEqual([
      ['Jean Le Gall', 1],
      ['Maëlle Guérin', 2],
    ]);
    // Not in the list of claims to pay, nor in a second batch.
    const toPay = await claims.listClaims(app.ctx, {
      search: '',
      status: 'a_payer',
      year: null,
      representativeId: null,
      sort: 'numero',
      direction: 'asc',
    });
    expect(toPay.rows).toEqual([]);
    const again = await payments.previewSepa(app.ctx, [b1.id]);
    expect(again.excluded.map((e) => e.reason)).toEqual(['déjà dans un lot de virements à transmettre']);
  });

  it('refuses to pay by cheque, cancel or renounce a claim waiting in a batch, in French', async () => {
    const { a1, result } = await batchOfTwoPayees();
    const why = `la note ${a1.number} : elle est dans le lot de virements ${result.batch.messageId} à transmettre`;
    await expect(
      claims.markPaid(app.ctx, { ids: [a1.id], paidOn: '2026-11-22', method: 'cheque', reference: null }),
    ).rejects.toThrow(`Impossible de marquer payée ${why}`);
    await expect(claims.cancelClaim(app.ctx, a1.id, 'Erreur')).rejects.toThrow(`Impossible d’annuler ${why}`);
    await expect(claims.renounceClaim(app.ctx, a1.id, '2026-11-22')).rejects.toThrow(
      `Impossible d’enregistrer l’abandon de frais de ${why}`,
    );
  });

  it('confirms a batch: its claims become paid by transfer as of the execution date, and the journal books the payment', async () => {
    const { a1, a2, b1, result } = await batchOfTwoPayees();
    const confirmed = await batches.confirmSepaBatch(app.ctx, result.batch.id);
    expect(confirmed.state).toBe('confirmee');
    for (const id of [a1.id, a2.id, b1.id]) {
      const c = await claims.getClaim(app.ctx, id);
      expect([c.status, c.paidOn, c.paymentMethod, c.paymentReference, c.pendingTransfer]).toEqual([
        'payee',
        '2026-11-25',
        'virement',
        result.batch.messageId,
        null,
      ]);
    }
    const entries = await paymentEntries();
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.date === '2026-11-25')).toBe(true);
    await expect(batches.confirmSepaBatch(app.ctx, result.batch.id)).rejects.toThrow(
      `Impossible de confirmer le lot ${result.batch.messageId} : il est déjà confirmé par la banque.`,
    );
    await expect(
      batches.cancelSepaBatch(app.ctx, { id: result.batch.id, reason: 'Trop tard' }),
    ).rejects.toThrow(
      `Impossible d’annuler le lot ${result.batch.messageId} : il est déjà confirmé par la banque.`,
    );
  });

  it('cancels a whole batch with a reason: claims back to validated, logged, payable again, nothing booked', async () => {
    const { a1, a2, b1, result } = await batchOfTwoPayees();
    const cancelled = await batches.cancelSepaBatch(app.ctx, {
      id: result.batch.id,
      reason: 'Fichier refusé par la banque',
    });
    expect([cancelled.state, cancelled.cancelReason]).toEqual(['annulee', 'Fichier refusé par la banque']);
    const back = await claims.getClaim(app.ctx, a1.id);
    expect([back.status, back.pendingTransfer]).toEqual(['validee', null]);
    expect(back.events.at(-1)).toMatchObject({
      action: `lot de virements ${result.batch.messageId} annulé`,
      reason: 'Fichier refusé par la banque',
      toStatus: 'validee',
    });
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'sepa_batch')
      .execute();
    expect(audit.map((r) => r.action)).toContain('lot de virements annulé');
    expect(await paymentEntries()).toEqual([]);
    await expect(batches.confirmSepaBatch(app.ctx, result.batch.id)).rejects.toThrow(
      `Impossible de confirmer le lot ${result.batch.messageId} : il est annulé.`,
    );
    const second = await payments.createSepaBatch(app.ctx, {
      claimIds: [a1.id, a2.id, b1.id],
      executionDate: '2026-11-26',
    });
    expect(second.batch.paymentCount).toBe(3);
  });

  it('withdraws one payee with a reason and rebuilds the file without them, under a new identifier', async () => {
    const { a, a1, a2, b1, result } = await batchOfTwoPayees();
    const after = await batches.withdrawSepaPayee(app.ctx, {
      batchId: result.batch.id,
      representativeId: a.person.id,
      reason: 'IBAN clôturé',
    });
    expect([after.state, after.paymentCount, after.totalCents, after.revision]).toEqual([
      'a_transmettre',
      1,
      b1.totalCents,
      2,
    ]);
    expect(after.fileName).toBe(`virements-${result.batch.messageId}-R2.xml`);
    expect(after.payees.find((p) => p.personName === 'Maëlle Guérin')?.withdrawReason).toBe('IBAN clôturé');
    const xml = xmlOf(await batches.downloadSepaBatch(app.ctx, result.batch.id));
    checkXsd(xml);
    expect(xml).toContain(`<MsgId>${result.batch.messageId}-R2</MsgId>`);
    expect(xml).not.toContain('Guerin');
    expect(xml).toContain('<NbOfTxs>1</NbOfTxs>');
    for (const id of [a1.id, a2.id]) {
      const c = await claims.getClaim(app.ctx, id);
      expect([c.status, c.pendingTransfer, c.events.at(-1)?.reason]).toEqual([
        'validee',
        null,
        'IBAN clôturé',
      ]);
    }
    // Now free to be paid by cheque; the other payee is paid once the batch is confirmed.
    await claims.markPaid(app.ctx, {
      ids: [a1.id],
      paidOn: '2026-11-22',
      method: 'cheque',
      reference: 'Ch. 1',
    });
    await batches.confirmSepaBatch(app.ctx, result.batch.id);
    expect((await claims.getClaim(app.ctx, b1.id)).status).toBe('payee');
    expect((await claims.getClaim(app.ctx, a2.id)).status).toBe('validee');
  });

  it('refuses to withdraw the last payee (cancel the batch instead) or someone not in the batch', async () => {
    const { a, b, result } = await batchOfTwoPayees();
    await batches.withdrawSepaPayee(app.ctx, {
      batchId: result.batch.id,
      representativeId: a.person.id,
      reason: 'IBAN clôturé',
    });
    await expect(
      batches.withdrawSepaPayee(app.ctx, {
        batchId: result.batch.id,
        representativeId: a.person.id,
        reason: 'x',
      }),
    ).rejects.toThrow('Cette personne n’est pas (ou plus) dans le lot de virements.');
    await expect(
      batches.withdrawSepaPayee(app.ctx, {
        batchId: result.batch.id,
        representativeId: b.person.id,
        reason: 'x',
      }),
    ).rejects.toThrow(
      'C’est le seul bénéficiaire restant du lot : annulez le lot entier plutôt que de le retirer.',
    );
  });

  it('leaves payees without a valid IBAN out of the preview, with their record to fix', async () => {
    const p = await personWithCar(app.ctx, {}, { firstName: 'Paul', lastName: 'Sans', iban: null });
    const c = await validated(app.ctx, p.person.id, [trip(p.vehicleId, '2026-01-10', 10)]);
    const preview = await payments.previewSepa(app.ctx, [c.id]);
    expect(preview.excluded).toEqual([
      {
        claimId: c.id,
        number: c.number,
        personName: 'Paul Sans',
        representativeId: p.person.id,
        reason: 'IBAN manquant sur la fiche',
      },
    ]);
  });
});
