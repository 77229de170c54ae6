import { sql } from 'kysely';
import { saveAssociation, getAssociation } from '../../../electron/association/association';
import {
  issueAttestation,
  reprintAttestation,
  voidAttestation,
} from '../../../electron/attestations/attestations';
import * as claims from '../../../electron/claims/claims';
import { claimPdf } from '../../../electron/claims/claim-documents';
import { createMeeting } from '../../../electron/meetings/meetings';
import { saveAttendance } from '../../../electron/meetings/attendance';
import { getRepresentative, updateRepresentative } from '../../../electron/register/representatives';
import type { ServiceContext } from '../../../electron/service-context';
import * as taxReceipts from '../../../electron/treasury/tax-receipts';
import { associationInput } from '../../../shared/association/schemas';
import { attendanceRowInput, meetingInput } from '../../../shared/meetings/schemas';
import { representativeInput } from '../../../shared/register/representative';
import { createTestApp, type TestApp } from '../../helpers/context';
import { givenAssociation, personWithCar, trip, validated } from '../claims/fixtures';
import { givenCdu } from '../meetings/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.close());

/** The person renamed (and moved) through the register, their vehicles kept. */
async function rename(ctx: ServiceContext, id: number, lastName: string): Promise<void> {
  const p = await getRepresentative(ctx, id);
  await updateRepresentative(
    ctx,
    id,
    representativeInput.parse({
      civility: p.civility,
      firstName: p.firstName,
      lastName,
      addressLine: '1 place Neuve',
      postalCode: '29200',
      city: 'Brest',
      email: p.email,
      phone: p.phone,
      employed: p.employed,
      employer: p.employer,
      originAssociation: p.originAssociation,
      iban: p.iban,
      bic: p.bic,
      notes: p.notes,
      vehicles: p.vehicles.map((v) => ({
        id: v.id,
        label: v.label,
        kind: v.kind,
        fiscalPowerCv: v.fiscalPowerCv,
        electric: v.electric,
        plate: v.plate,
      })),
    }),
  );
}

/** A new treasurer: the letterhead and signature of documents issued from now on change. */
async function newTreasurer(ctx: ServiceContext): Promise<void> {
  // What is read includes the logo and the time of the last change, which the form does not send.
  const { hasLogo: _hasLogo, logoDataUrl: _logo, updatedAt: _updatedAt, ...a } = await getAssociation(ctx);
  await saveAssociation(
    ctx,
    associationInput.parse({ ...a, treasurer: 'Zoé Nouvelle', name: `${a.name} (nouveau nom)` }),
  );
}

describe('issued documents reprinted byte for byte', () => {
  it('a paid claim’s état de frais, after the person was renamed', async () => {
    await givenAssociation(app.ctx);
    const { person, vehicleId } = await personWithCar(app.ctx, {}, { lastName: 'Martin' });
    const claim = await validated(app.ctx, person.id, [trip(vehicleId, '2026-10-10', 120)]);
    await claims.markPaid(app.ctx, {
      ids: [claim.id],
      paidOn: '2026-11-20',
      method: 'virement',
      reference: null,
    });
    const first = await claimPdf(app.ctx, claim.id);
    app.setNow('2027-02-01T08:00:00.000Z');
    await rename(app.ctx, person.id, 'Durand');
    await newTreasurer(app.ctx);
    const again = await claimPdf(app.ctx, claim.id);
    expect(again.data.equals(first.data)).toBe(true);
  });

  it('a reçu fiscal, after the donor was renamed, and its cancelled state from what was issued', async () => {
    await givenAssociation(app.ctx);
    const { person, vehicleId } = await personWithCar(app.ctx, {}, { lastName: 'Martin' });
    const claim = await validated(app.ctx, person.id, [trip(vehicleId, '2026-10-10', 120)]);
    await claims.renounceClaim(app.ctx, claim.id, '2026-11-01');
    const [issued] = await taxReceipts.issueTaxReceipts(app.ctx, { year: 2026, representativeId: person.id });
    const id = issued?.id ?? 0;
    const first = await taxReceipts.taxReceiptPdf(app.ctx, id);
    app.setNow('2027-02-01T08:00:00.000Z');
    await rename(app.ctx, person.id, 'Durand');
    await newTreasurer(app.ctx);
    expect((await taxReceipts.taxReceiptPdf(app.ctx, id)).data.equals(first.data)).toBe(true);
    await taxReceipts.cancelTaxReceipt(app.ctx, { id, reason: 'Erreur', reissue: false });
    const cancelled = await taxReceipts.taxReceiptPdf(app.ctx, id);
    expect(cancelled.data.equals(first.data)).toBe(false);
    expect((await taxReceipts.taxReceiptPdf(app.ctx, id)).data.equals(cancelled.data)).toBe(true);
  });

  it('an attestation, after the person was renamed; voided, it is reprinted the same each time', async () => {
    const f = await givenCdu(app.ctx);
    const m = await createMeeting(
      app.ctx,
      meetingInput.parse({
        instanceId: f.instanceId,
        date: '2026-11-12',
        startTime: '14:00',
        endTime: '16:30',
        mode: 'sur_place',
      }),
    );
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [attendanceRowInput.parse({ representativeId: f.alice, status: 'present' })],
    });
    const issued = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    const row = await app.ctx.db.selectFrom('attestation').select('id').executeTakeFirstOrThrow();
    app.setNow('2027-02-01T08:00:00.000Z');
    await rename(app.ctx, f.alice, 'Durand');
    await newTreasurer(app.ctx);
    expect((await reprintAttestation(app.ctx, row.id)).data.equals(issued.data)).toBe(true);
    await voidAttestation(app.ctx, { id: row.id, reason: 'Erreur de date' });
    const voided = await reprintAttestation(app.ctx, row.id);
    expect(voided.data.equals(issued.data)).toBe(false);
    expect((await reprintAttestation(app.ctx, row.id)).data.equals(voided.data)).toBe(true);
  });

  it('a document issued before snapshots existed is snapshotted at its first reprint', async () => {
    await givenAssociation(app.ctx);
    const { person, vehicleId } = await personWithCar(app.ctx, {}, { lastName: 'Martin' });
    const claim = await validated(app.ctx, person.id, [trip(vehicleId, '2026-10-10', 120)]);
    await claims.markPaid(app.ctx, {
      ids: [claim.id],
      paidOn: '2026-11-20',
      method: 'virement',
      reference: null,
    });
    await sql`DELETE FROM issued_document`.execute(app.ctx.db);
    const first = await claimPdf(app.ctx, claim.id);
    app.setNow('2027-02-01T08:00:00.000Z');
    await rename(app.ctx, person.id, 'Durand');
    expect((await claimPdf(app.ctx, claim.id)).data.equals(first.data)).toBe(true);
  });
});
