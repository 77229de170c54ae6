import { saveAssociation } from '../../electron/association/association';
import { claimPdf } from '../../electron/claims/claim-documents';
import * as claims from '../../electron/claims/claims';
import { issueTaxReceipts, taxReceiptPdf } from '../../electron/treasury/tax-receipts';
import { associationInput } from '../../shared/association/schemas';
import { createTestApp, type TestApp } from '../helpers/context';
import { draft, expense, personWithCar, trip } from '../unit/claims/fixtures';
import { pdfFlatText, pdfRawFlatText, save } from './poppler';

let app: TestApp;
let claimId = 0;
let receiptId = 0;

beforeAll(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  await saveAssociation(
    app.ctx,
    associationInput.parse({
      name: 'Collectif des usagers de santé d’Ille-et-Vilaine',
      addressLine: '12 rue de Saint-Malo',
      postalCode: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      siren: null,
      objet: 'Représenter et défendre les intérêts des usagers du système de santé',
      organismType: 'Association loi 1901 reconnue d’intérêt général',
      president: 'Hélène Dubois-Martin',
      treasurer: 'Bernard Hamon',
      documentPlace: 'Rennes',
      iban: 'FR7630004000031234567890143',
      bic: 'BNPAFRPPXXX',
    }),
  );
  const { person, vehicleId } = await personWithCar(
    app.ctx,
    { cv: 5, electric: true },
    { firstName: 'Maëlle', lastName: 'Guérin' },
  );
  const c = await draft(app.ctx, person.id, [
    trip(vehicleId, '2026-03-10', 42.5, {
      roundTrip: true,
      fromPlace: 'Vitré',
      toPlace: 'CHU Pontchaillou, Rennes',
      purpose: 'Séance de la CDU',
    }),
    expense('peage', '2026-03-10', 380, { purpose: 'Péage A84' }),
    expense('parking', '2026-03-10', 650, { purpose: 'Parking du CHU' }),
  ]);
  const parking = c.lines.find((l) => l.kind === 'parking');
  await claims.attachReceipt(app.ctx, {
    lineId: parking?.id ?? 0,
    fileName: 'ticket-parking.pdf',
    dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
  });
  await claims.submitClaim(app.ctx, c.id);
  await claims.validateClaim(app.ctx, c.id);
  await claims.renounceClaim(app.ctx, c.id, '2026-03-20');
  claimId = c.id;
  const [receipt] = await issueTaxReceipts(app.ctx, { year: 2026, representativeId: person.id });
  receiptId = receipt?.id ?? 0;
});
afterAll(() => app.close());

describe('état de frais produced from a claim', () => {
  test('lists the lines with how each amount was computed, the receipts, the total and the renunciation', async () => {
    const file = await claimPdf(app.ctx, claimId);
    const path = save('etat-de-frais.pdf', file.data);
    const text = pdfFlatText(path);
    const raw = pdfRawFlatText(path);
    expect(file.fileName).toBe('etat-de-frais-NF-2026-0001.pdf');
    expect(text).toContain('ÉTAT DE FRAIS DE DÉPLACEMENT');
    expect(text).toContain('NF-2026-0001');
    expect(text).toContain('Maëlle Guérin');
    expect(raw).toContain('Séance de la CDU');
    expect(raw).toMatch(/Vitré → CHU Pontchaillou, Rennes/);
    // 85 km × 0,636 × 1,2 = 64,872 → 64,87 €
    expect(raw).toMatch(/Barème 2026, voiture 5 CV électrique/);
    expect(text).toContain('64,87 €');
    expect(raw).toContain('ticket-parking.pdf');
    expect(text).toContain(`${(6487 + 380 + 650) / 100}`.replace('.', ','));
    expect(text).toMatch(
      /renonce au remboursement des frais ci-dessus et les laisse à l’association en tant que don/,
    );
    expect(text).toContain('20/03/2026');
  });
});

describe('reçu fiscal for the abandon de frais', () => {
  test('carries the mentions of cerfa 11580*05, the amount in figures and in words', async () => {
    const file = await taxReceiptPdf(app.ctx, receiptId);
    const path = save('recu-fiscal.pdf', file.data);
    const text = pdfFlatText(path);
    expect(text).toContain('11580');
    expect(text).toContain('RF-2026-0001');
    expect(text).toContain('Collectif des usagers de santé d’Ille-et-Vilaine');
    expect(text).toContain('12 rue de Saint-Malo');
    expect(text).toContain('W353012345');
    expect(text).toContain('Représenter et défendre les intérêts des usagers du système de santé');
    expect(text).toContain('Association loi 1901 reconnue d’intérêt général');
    expect(text).toContain('Maëlle Guérin');
    expect(text).toContain('75,17 €');
    expect(text).toMatch(/soixante-quinze euros et dix-sept centimes/i);
    expect(text).toContain('20/03/2026');
    expect(text).toContain('Déclaration de don manuel');
    expect(text).toMatch(/Frais engagés par les bénévoles/);
    expect(text).toMatch(
      /certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction d’impôt prévue à l’article 200 du CGI/,
    );
    expect(text).toContain('Rennes');
    expect(text).toContain('Bernard Hamon');
  });
});
