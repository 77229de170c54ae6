import { renderTaxReceipts } from '../../electron/documents';
import { receiptBoxes } from '../../electron/documents/tax-receipt';
import { association, taxReceipt } from './fixtures';
import { pageCount, pdfFlatText, save } from './poppler';

const ticked = (choices: Array<{ label: string; checked: boolean }>) =>
  choices.filter((c) => c.checked).map((c) => c.label);

describe('reçu fiscal (cerfa n° 11580*05)', () => {
  const file = save('recu-fiscal.pdf', renderTaxReceipts(association(), [taxReceipt()]));
  const text = pdfFlatText(file);

  test('names the cerfa, the receipt number and the beneficiary with address, purpose, type and SIREN/RNA', () => {
    expect(text).toContain('Cerfa n° 11580*05');
    expect(text).toContain('Reçu n° 2026-0003');
    expect(text).toContain('Reçu des dons et versements effectués par les particuliers');
    expect(text).toContain('Bénéficiaire des versements');
    expect(text).toContain('12 rue de l’Hôpital Général, 21000 Dijon');
    expect(text).toContain('Représenter et défendre les droits des usagers');
    expect(text).toContain('Association loi 1901 reconnue d’intérêt général');
    expect(text).toContain('RNA W212004567');
    expect(text).toContain('SIREN 812 345 678');
  });

  test('names the donor and the amount in figures and in words, with the dates of the gifts', () => {
    expect(text).toContain("Hélène D'Argenson");
    expect(text).toContain('3 allée des Tilleuls, 21800 Quetigny');
    expect(text).toContain('1 234,56 €');
    expect(text).toContain('mille deux cent trente-quatre euros et cinquante-six centimes');
    expect(text).toContain('12/03/2026, 30/06/2026, 05/12/2026');
  });

  test('carries the certification of article 200 of the CGI, place, date and signatory', () => {
    expect(text).toContain(
      'Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction d’impôt prévue à l’article 200 du CGI',
    );
    expect(text).toContain('Fait à Dijon, le 10/01/2027');
    expect(text).toContain('Jean-Noël Lefèvre, Trésorier');
    expect(text).toContain('Date et signature');
  });

  test('prints every form, nature and payment option of the cerfa', () => {
    for (const label of [
      'Acte authentique',
      'Acte sous seing privé',
      'Déclaration de don manuel',
      'Numéraire',
      'Titres de sociétés cotés',
      'Frais engagés par les bénévoles, dont ils renoncent expressément au remboursement',
      'Remise d’espèces',
      'Chèque',
      'Virement, prélèvement, carte bancaire',
    ]) {
      expect(text).toContain(label);
    }
  });

  test('ticks the boxes of an abandon de frais: manual gift, volunteers’ expenses, no payment mode', () => {
    const boxes = receiptBoxes(taxReceipt());
    expect(ticked(boxes.form)).toEqual(['Déclaration de don manuel']);
    expect(ticked(boxes.nature)).toEqual(['Autres :']);
    expect(ticked(boxes.natureOther)).toEqual([
      'Frais engagés par les bénévoles, dont ils renoncent expressément au remboursement',
    ]);
    expect(ticked(boxes.payment)).toEqual([]);
  });

  test('ticks numéraire and the payment mode of a cheque gift', () => {
    const boxes = receiptBoxes(
      taxReceipt({ nature: 'numeraire', paymentMode: 'cheque', form: 'acte_authentique' }),
    );
    expect(ticked(boxes.form)).toEqual(['Acte authentique']);
    expect(ticked(boxes.nature)).toEqual(['Numéraire']);
    expect(ticked(boxes.natureOther)).toEqual([]);
    expect(ticked(boxes.payment)).toEqual(['Chèque']);
  });

  test('a cancelled receipt says which receipt replaces it', () => {
    const f = save(
      'recu-annule.pdf',
      renderTaxReceipts(association(), [taxReceipt({ number: '2026-0004', replacedBy: '2026-0007' })]),
    );
    expect(pdfFlatText(f)).toContain('ANNULÉ ET REMPLACÉ PAR LE REÇU N° 2026-0007');
    expect(text).not.toContain('ANNULÉ');
  });

  test('a batch of receipts is one document with one page per receipt', () => {
    const receipts = Array.from({ length: 25 }, (_, i) =>
      taxReceipt({ number: `2026-${String(i + 1).padStart(4, '0')}` }),
    );
    expect(pageCount(save('recus-lot.pdf', renderTaxReceipts(association(), receipts)))).toBe(25);
  });
});
