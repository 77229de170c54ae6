import { renderExpenseClaim } from '../../electron/documents';
import { association, expenseClaim } from './fixtures';
import { pageCount, pdfRawFlatText, save } from './poppler';

describe('état de frais de déplacement', () => {
  const file = save('etat-de-frais.pdf', renderExpenseClaim(association(), [expenseClaim(false)]));
  const text = pdfRawFlatText(file);

  test('identifies the claim, its period and the volunteer, with the IBAN masked', () => {
    expect(text).toContain('ÉTAT DE FRAIS DE DÉPLACEMENT');
    expect(text).toContain('N° NF-2026-0001');
    expect(text).toContain('Statut : Validée');
    expect(text).toContain('Période du 01/11/2026 au 30/11/2026');
    expect(text).toContain("Mme Hélène D'Argenson");
    expect(text).toContain('•••• 0189');
    expect(text).not.toContain('3000 6000');
  });

  test('details each line: date, kind, purpose, trip, km, vehicle, computation, receipts, amount', () => {
    expect(text).toContain('22/11/2026');
    expect(text).toContain('Indemnités kilométriques');
    expect(text).toContain('Quetigny → Dijon (124 km)');
    expect(text).toContain('Voiture 5 CV électrique AB-123-CD');
    expect(text).toContain('124 km × 0,636 €/km × 1,20 (véhicule électrique) = 94,64 €');
    expect(text).toContain('94,64 €');
    expect(text).toContain('Justificatif : billet-sncf-27-11.pdf');
    expect(text).toContain('Sans justificatif');
  });

  test('totals the claim and carries the "certifié exact" and approval blocks', () => {
    expect(text).toContain('Total 195,44 €');
    expect(text).toContain('Certifié exact');
    expect(text).toContain('Visa du trésorier');
    expect(text).toContain('Signature de la bénévole');
    expect(text).toContain('Validé le 04/12/2026');
    expect(text).not.toContain('renonce au remboursement');
  });

  test('the treasurer’s visa names the treasurer of the association, whoever clicked « Valider »', () => {
    const t = pdfRawFlatText(
      save('etat-de-frais-visa.pdf', renderExpenseClaim(association(), [expenseClaim(false)])),
    );
    expect(t).toContain('Visa du trésorier Jean-Noël Lefèvre Validé le 04/12/2026');
    expect(t).not.toContain('utilisateur');
  });

  test('with no treasurer known, the visa leaves a line to write the name by hand, never a placeholder', () => {
    const noTreasurer = { ...association(), treasurer: '' };
    const validated = pdfRawFlatText(
      save('etat-de-frais-sans-tresorier.pdf', renderExpenseClaim(noTreasurer, [expenseClaim(false)])),
    );
    expect(validated).toMatch(/Visa du trésorier Nom : …+ Validé le 04\/12\/2026/);
    const submitted = pdfRawFlatText(
      save(
        'etat-de-frais-sans-tresorier-soumis.pdf',
        renderExpenseClaim(noTreasurer, [{ ...expenseClaim(false), approval: null }]),
      ),
    );
    expect(submitted).toMatch(/Visa du trésorier Nom : …+ Le …… \/ …… \/ …………/);
  });

  test('a renounced claim carries the written renunciation, dated', () => {
    const t = pdfRawFlatText(
      save('etat-de-frais-abandon.pdf', renderExpenseClaim(association(), [expenseClaim(true)])),
    );
    expect(t).toContain(
      "Je soussignée Mme Hélène D'Argenson renonce au remboursement des frais ci-dessus et les laisse à l’association en tant que don.",
    );
    expect(t).toContain('Fait à Dijon, le 05/12/2026');
    expect(t).toContain('Montant abandonné : 195,44 €');
    expect(t).not.toContain('Visa du trésorier');
  });

  test('several claims go in one document, each on its own pages', () => {
    const f = save(
      'etats-de-frais-lot.pdf',
      renderExpenseClaim(association(), [expenseClaim(false), expenseClaim(true), expenseClaim(false)]),
    );
    expect(pageCount(f)).toBe(3);
  });
});
