import { frenchSpacing } from '../../../shared/rules/french-spacing';

describe('French spacing on screen', () => {
  it('keeps « » with their word and : ; ! ? with the word before, on one line', () => {
    expect(frenchSpacing('Code postal : « 7500 » est complété ; vérifiez !')).toBe(
      'Code postal\u00a0: «\u00a07500\u00a0» est complété\u00a0; vérifiez\u00a0!',
    );
    expect(frenchSpacing('déjà\u00a0: insécable')).toBe('déjà\u00a0: insécable');
  });
});
