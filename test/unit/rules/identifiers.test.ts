import {
  hasValidLuhnChecksum,
  isValidEmail,
  isValidFrenchPostalCode,
  isValidRna,
  isValidSiren,
  isValidSiret,
  normalizePhoneFr,
  normalizeRna,
} from '../../../shared/rules/identifiers';

describe('hasValidLuhnChecksum', () => {
  it('implements the Luhn algorithm', () => {
    expect(hasValidLuhnChecksum('79927398713')).toBe(true);
    expect(hasValidLuhnChecksum('79927398710')).toBe(false);
    expect(hasValidLuhnChecksum('0')).toBe(true);
    expect(hasValidLuhnChecksum('')).toBe(false);
    expect(hasValidLuhnChecksum('12a')).toBe(false);
  });

  it('catches every single-digit error on a SIREN', () => {
    const siren = '732829320';
    for (let position = 0; position < siren.length; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const changed = `${siren.slice(0, position)}${digit}${siren.slice(position + 1)}`;
        expect(hasValidLuhnChecksum(changed)).toBe(changed === siren);
      }
    }
  });
});

describe('isValidSiren', () => {
  it.each(['732829320', '443061841', '552 081 317', ' 552.081.317 ', '356000000'])('accepts %s', (text) => {
    expect(isValidSiren(text)).toBe(true);
  });

  it.each(['732829321', '73282932', '7328293200', 'ABCDEFGHI', '', '732829320a'])('refuses %p', (text) => {
    expect(isValidSiren(text)).toBe(false);
  });
});

describe('isValidSiret', () => {
  it.each(['55208131766522', '732 829 320 00074', '35600000000048'])('accepts %s', (text) => {
    expect(isValidSiret(text)).toBe(true);
  });

  it.each(['55208131766523', '5520813176652', '552081317665221', '54206547900016'])('refuses %s', (text) => {
    expect(isValidSiret(text)).toBe(false);
  });

  it('accepts La Poste establishments by their digit sum unless told not to', () => {
    // Not Luhn-valid, digits sum to 30.
    expect(hasValidLuhnChecksum('35600000012346')).toBe(false);
    expect(isValidSiret('35600000012346')).toBe(true);
    expect(isValidSiret('356 000 000 49837')).toBe(true);
    expect(isValidSiret('35600000012346', { laPosteException: false })).toBe(false);
    // Digit sum 29: refused even for La Poste.
    expect(isValidSiret('35600000012345')).toBe(false);
    // The digit-sum rule is only for La Poste's SIREN.
    expect(isValidSiret('73282932012346')).toBe(false);
  });
});

describe('isValidRna', () => {
  it.each(['W751234567', 'w751234567', 'W 751 234 567', 'W2A1000123', 'W9R2004567', 'W001234567'])(
    'accepts %s',
    (text) => {
      expect(isValidRna(text)).toBe(true);
    },
  );

  it.each(['751234567', 'W75123456', 'W7512345678', 'X751234567', 'WA51234567', 'W75123456A', ''])(
    'refuses %p',
    (text) => {
      expect(isValidRna(text)).toBe(false);
    },
  );

  it('normalises', () => {
    expect(normalizeRna(' w 751-234-567 ')).toBe('W751234567');
    expect(normalizeRna('W75')).toBeNull();
  });
});

describe('isValidFrenchPostalCode', () => {
  it.each(['75013', '01000', '20000', '20200', '97400', '98000', ' 33000 '])('accepts %s', (text) => {
    expect(isValidFrenchPostalCode(text)).toBe(true);
  });

  it.each(['2A000', '2B200', '7501', '750130', '00100', '75 013', 'abcde', ''])('refuses %p', (text) => {
    expect(isValidFrenchPostalCode(text)).toBe(false);
  });
});

describe('isValidEmail', () => {
  it.each([
    'marie.curie@example.fr',
    'a+tag@sub.domain.org',
    'prenom@example.fr',
    "o'neil@asso-sante.fr",
    '  x@y.fr  ',
    'user@xn--frgbolaget-q5a.se',
  ])('accepts %s', (text) => {
    expect(isValidEmail(text)).toBe(true);
  });

  it.each([
    'plain',
    '@example.fr',
    'marie@',
    'marie@example',
    'marie@@example.fr',
    'marie curie@example.fr',
    '.marie@example.fr',
    'marie.@example.fr',
    'ma..rie@example.fr',
    'marie@-example.fr',
    'marie@example-.fr',
    'marie@example..fr',
    'marie@example.f',
    'marie@example.12',
    `${'a'.repeat(65)}@example.fr`,
    `a@${'b'.repeat(250)}.fr`,
  ])('refuses %p', (text) => {
    expect(isValidEmail(text)).toBe(false);
  });
});

describe('normalizePhoneFr', () => {
  it.each([
    ['0612345678', '06 12 34 56 78'],
    ['06 12 34 56 78', '06 12 34 56 78'],
    ['06.12.34.56.78', '06 12 34 56 78'],
    ['06-12-34-56-78', '06 12 34 56 78'],
    ['+33612345678', '06 12 34 56 78'],
    ['+33 6 12 34 56 78', '06 12 34 56 78'],
    ['0033 6 12 34 56 78', '06 12 34 56 78'],
    ['+33 (0)1 42 34 56 78', '01 42 34 56 78'],
    ['01\u00A042\u00A034\u00A056\u00A078', '01 42 34 56 78'],
    ['+262 692 12 34 56', '06 92 12 34 56'],
    ['+590 590 12 34 56', '05 90 12 34 56'],
    ['0969 32 15 15', '09 69 32 15 15'],
  ])('%s → %s', (text, expected) => {
    expect(normalizePhoneFr(text)).toBe(expected);
  });

  it.each([
    '',
    '061234567',
    '06123456789',
    '0012345678',
    '+44 20 7946 0958',
    '+33 0612',
    'abc',
    '+3361234567a',
  ])('refuses %p', (text) => {
    expect(normalizePhoneFr(text)).toBeNull();
  });
});
