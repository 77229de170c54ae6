import { computationText, frenchSpacing } from '../../../shared/rules/french-spacing';

describe('French spacing on screen', () => {
  it('keeps « » with their word and : ; ! ? with the word before, on one line', () => {
    expect(frenchSpacing('Code postal : « 7500 » est complété ; vérifiez !')).toBe(
      'Code postal\u00a0: «\u00a07500\u00a0» est complété\u00a0; vérifiez\u00a0!',
    );
    expect(frenchSpacing('déjà\u00a0: insécable')).toBe('déjà\u00a0: insécable');
  });

  it('keeps a plate and « = amount » whole in a computation', () => {
    expect(computationText('voiture 7 CV immatriculée EF-456-GH : 2 000,0 km × 0,697 = 1 394,00 €')).toBe(
      'voiture 7 CV immatriculée EF\u2011456\u2011GH\u00a0: 2 000,0 km × 0,697\u00a0=\u00a01 394,00 €',
    );
  });
});
