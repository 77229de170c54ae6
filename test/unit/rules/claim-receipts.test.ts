import {
  expectedReceipt,
  missingReceiptText,
  missingReceiptsSentence,
  type ReceiptCheckLine,
} from '../../../shared/rules/claim-receipts';

const line = (over: Partial<ReceiptCheckLine>): ReceiptCheckLine => ({
  kind: 'parking',
  transportMode: null,
  date: '2026-03-01',
  receiptRequired: true,
  receiptCount: 0,
  ...over,
});

describe('missing receipts, in words', () => {
  it('names the receipt each kind of expense needs', () => {
    expect(expectedReceipt({ kind: 'transport', transportMode: 'train' })).toBe('le billet de train');
    expect(expectedReceipt({ kind: 'hebergement', transportMode: null })).toBe('la facture de l’hôtel');
    expect(missingReceiptText({ kind: 'transport', transportMode: 'train' })).toBe(
      'Justificatif manquant\u00a0: joignez le billet de train',
    );
  });

  it('says nothing when every required receipt is there or none is required', () => {
    expect(
      missingReceiptsSentence([
        line({ receiptCount: 1 }),
        line({ kind: 'kilometrique', receiptRequired: false }),
      ]),
    ).toBeNull();
  });

  it('names each line lacking its receipt, with its number, nature and date', () => {
    expect(
      missingReceiptsSentence([
        line({ receiptCount: 1 }),
        line({ kind: 'transport', transportMode: 'train' }),
      ]),
    ).toBe('Justificatif manquant à la ligne 2 (train du 01/03/2026)\u00a0: joignez le billet de train.');
    expect(missingReceiptsSentence([line({}), line({ kind: 'repas', date: '2026-03-02' })])).toBe(
      '2 justificatifs manquants\u00a0: ligne 1 (parking du 01/03/2026)\u00a0: joignez le ticket de parking\u00a0; ligne 2 (repas du 02/03/2026)\u00a0: joignez la note du restaurant.',
    );
  });
});
