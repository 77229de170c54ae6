import { NBSP, NNBSP } from '../../../shared/rules/format-fr';
import {
  explainFlatRateAllowance,
  explainFlatRateRegularisation,
  explainRegularisation,
  explainTripAllowance,
} from '../../../shared/claims/mileage-explain';
import { tripAllowanceCents } from '../../../shared/claims/mileage-scale';
import { DEFAULT_SCALES, scaleForYear } from '../../../shared/claims/mileage-scale-defaults';

const scale = scaleForYear(DEFAULT_SCALES, 2025);
/** Writes the expected strings with ordinary spaces; French typography is restored for comparison. */
const plain = (text: string): string => text.replaceAll(NNBSP, ' ').replaceAll(NBSP, ' ');

describe('explainTripAllowance', () => {
  it('shows the cumulative formula, what was already paid and the line', () => {
    const text = explainTripAllowance(scale, 'voiture', 5, false, 49500, 1200);
    expect(plain(text)).toBe(
      'Barème 2025, voiture 5 CV : (4 950,0 + 120,0 km) × 0,357 + 1 395 € = 3 204,99 € ; déjà indemnisé pour ce véhicule (4 950,0 km × 0,636) : 3 148,20 € ; ligne = 56,79 €',
    );
    expect(text).toContain(`4${NNBSP}950,0 + 120,0${NBSP}km`);
    expect(text).toContain(`56,79${NBSP}€`);
  });

  it('keeps the short form for the first trip of the year', () => {
    expect(plain(explainTripAllowance(scale, 'voiture', 5, false, 0, 1200))).toBe(
      'Barème 2025, voiture 5 CV : 120,0 km × 0,636 = 76,32 € ; ligne = 76,32 €',
    );
  });

  it('names the bracket when the power is not its own label, and the electric increase', () => {
    expect(plain(explainTripAllowance(scale, 'voiture', 9, true, 0, 1000))).toBe(
      'Barème 2025, voiture 9 CV (tranche 7 CV et plus) électrique : (100,0 km × 0,697) + 20 % = 83,64 € ; ligne = 83,64 €',
    );
    expect(plain(explainTripAllowance(scale, 'cyclomoteur', 1, false, 30000, 10))).toBe(
      'Barème 2025, cyclomoteur : (3 000,0 + 1,0 km) × 0,079 + 711 € = 948,08 € ; déjà indemnisé pour ce véhicule (3 000,0 km × 0,315) : 945,00 € ; ligne = 3,08 €',
    );
  });

  it('names the vehicle by its plate, with the agreement of its kind', () => {
    expect(plain(explainTripAllowance(scale, 'voiture', 5, true, 0, 1200, 'AB-123-CD'))).toBe(
      'Barème 2025, voiture 5 CV électrique immatriculée AB-123-CD : (120,0 km × 0,636) + 20 % = 91,58 € ; ligne = 91,58 €',
    );
    expect(plain(explainTripAllowance(scale, 'cyclomoteur', 1, false, 0, 10, 'AB-12-CD'))).toContain(
      'Barème 2025, cyclomoteur immatriculé AB-12-CD :',
    );
  });

  it('always states the same line amount as tripAllowanceCents', () => {
    for (const before of [0, 10, 49990, 50000, 199990, 250000]) {
      const amount = tripAllowanceCents(scale, 'moto', 4, true, before, 123);
      const text = plain(explainTripAllowance(scale, 'moto', 4, true, before, 123));
      const euros = `${Math.trunc(amount / 100)},${String(amount % 100).padStart(2, '0')} €`;
      expect(text.endsWith(`ligne = ${euros.replace(/\B(?=(\d{3})+,)/g, ' ')}`)).toBe(true);
    }
  });
});

describe('explainFlatRateAllowance', () => {
  it('shows distance × voted rate', () => {
    expect(plain(explainFlatRateAllowance(300, 1200))).toBe(
      'Taux voté : 120,0 km × 0,30 €/km ; ligne = 36,00 €',
    );
  });
});

describe('explainRegularisation', () => {
  it('names the vehicle it settles', () => {
    expect(plain(explainRegularisation(scale, 'moto', 4, false, 35000, [150000], 'GH-789-JK'))).toBe(
      'Barème 2025, moto 4 CV (tranche 3 à 5 CV) immatriculée GH-789-JK : 3 500,0 km × 0,082 + 1 158 € = 1 445,00 € ; déjà indemnisé : 1 500,00 € ; régularisation = -55,00 €',
    );
  });

  it('shows the yearly amount, what was paid and the balance', () => {
    expect(plain(explainRegularisation(scale, 'voiture', 5, false, 60000, [127200, 127200, 127200]))).toBe(
      'Barème 2025, voiture 5 CV : 6 000,0 km × 0,357 + 1 395 € = 3 537,00 € ; déjà indemnisé : 3 816,00 € ; régularisation = -279,00 €',
    );
  });
});

describe('explainFlatRateRegularisation', () => {
  it('shows what the vehicle’s trips are worth at the voted rate against what is fixed', () => {
    expect(
      plain(
        explainFlatRateRegularisation(
          { kind: 'voiture', cv: 9, electric: false, plate: 'AB-123-CD' },
          300,
          60000,
          180000,
          150000,
        ),
      ),
    ).toBe(
      'Taux voté, voiture 9 CV immatriculée AB-123-CD : 6 000,0 km dans l’année, lignes au taux de 0,30 €/km : 1 800,00 € ; déjà indemnisé : 1 500,00 € ; régularisation = 300,00 €',
    );
  });
});
