import { amountInWords, integerInWords } from '../../../shared/rules/amount-in-words';

/**
 * Reads French number words back into a number, independently of the writer,
 * so that whole ranges can be checked by round trip.
 */
function parseFrench(words: string): number {
  const simple: Record<string, number> = {
    zéro: 0,
    un: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
  };
  const scales: Record<string, number> = {
    million: 1e6,
    millions: 1e6,
    milliard: 1e9,
    milliards: 1e9,
    billion: 1e12,
    billions: 1e12,
  };
  let total = 0;
  let group = 0; // value below one thousand being built
  let thousands = 0; // value of the current "… mille" before a larger noun
  let previous = 0;
  for (const token of words.split(/[ -]/)) {
    if (token === 'et') continue;
    if (token === 'cent' || token === 'cents') {
      group = (group === 0 ? 1 : group) * 100;
    } else if (token === 'mille') {
      thousands += (group === 0 ? 1 : group) * 1000;
      group = 0;
    } else if (token in scales) {
      total += (thousands + group) * (scales[token] ?? 0);
      thousands = 0;
      group = 0;
    } else if (token in simple) {
      const value = simple[token] ?? 0;
      // "quatre-vingt": 4 × 20
      if (value === 20 && previous === 4) group += 80 - 4;
      else group += value;
    } else {
      throw new Error(`unknown token ${token} in "${words}"`);
    }
    previous = simple[token] ?? 0;
  }
  return total + thousands + group;
}

describe('integerInWords, traditional spelling', () => {
  it.each([
    [0, 'zéro'],
    [1, 'un'],
    [2, 'deux'],
    [9, 'neuf'],
    [10, 'dix'],
    [11, 'onze'],
    [12, 'douze'],
    [13, 'treize'],
    [14, 'quatorze'],
    [15, 'quinze'],
    [16, 'seize'],
    [17, 'dix-sept'],
    [18, 'dix-huit'],
    [19, 'dix-neuf'],
    [20, 'vingt'],
    [22, 'vingt-deux'],
    [30, 'trente'],
    [39, 'trente-neuf'],
    [40, 'quarante'],
    [50, 'cinquante'],
    [60, 'soixante'],
    [69, 'soixante-neuf'],
  ])('%i → %s', (n, words) => {
    expect(integerInWords(n)).toBe(words);
  });

  it.each([
    [21, 'vingt et un'],
    [31, 'trente et un'],
    [41, 'quarante et un'],
    [51, 'cinquante et un'],
    [61, 'soixante et un'],
    [71, 'soixante et onze'],
    [81, 'quatre-vingt-un'],
    [91, 'quatre-vingt-onze'],
    [101, 'cent un'],
    [121, 'cent vingt et un'],
    [1001, 'mille un'],
    [21000, 'vingt et un mille'],
    [71071, 'soixante et onze mille soixante et onze'],
  ])('"et" only in 21 to 71: %i → %s', (n, words) => {
    expect(integerInWords(n)).toBe(words);
  });

  it.each([
    [70, 'soixante-dix'],
    [72, 'soixante-douze'],
    [76, 'soixante-seize'],
    [77, 'soixante-dix-sept'],
    [79, 'soixante-dix-neuf'],
    [80, 'quatre-vingts'],
    [82, 'quatre-vingt-deux'],
    [89, 'quatre-vingt-neuf'],
    [90, 'quatre-vingt-dix'],
    [97, 'quatre-vingt-dix-sept'],
    [99, 'quatre-vingt-dix-neuf'],
  ])('vigesimal tens: %i → %s', (n, words) => {
    expect(integerInWords(n)).toBe(words);
  });

  it.each([
    [180, 'cent quatre-vingts'],
    [280, 'deux cent quatre-vingts'],
    [1080, 'mille quatre-vingts'],
    [80000, 'quatre-vingt mille'],
    [80080, 'quatre-vingt mille quatre-vingts'],
    [80_000_000, 'quatre-vingts millions'],
    [80_000_000_000, 'quatre-vingts milliards'],
    [80_000_080, 'quatre-vingts millions quatre-vingts'],
  ])('quatre-vingts takes its s only at the end or before a noun: %i → %s', (n, words) => {
    expect(integerInWords(n)).toBe(words);
  });

  it.each([
    [100, 'cent'],
    [200, 'deux cents'],
    [201, 'deux cent un'],
    [300, 'trois cents'],
    [999, 'neuf cent quatre-vingt-dix-neuf'],
    [1200, 'mille deux cents'],
    [100_000, 'cent mille'],
    [200_000, 'deux cent mille'],
    [200_200, 'deux cent mille deux cents'],
    [200_000_000, 'deux cents millions'],
    [201_000_000, 'deux cent un millions'],
    [900_000_000_000, 'neuf cents milliards'],
  ])('cents takes its s only at the end or before a noun: %i → %s', (n, words) => {
    expect(integerInWords(n)).toBe(words);
  });

  it.each([
    [1000, 'mille'],
    [1100, 'mille cent'],
    [2000, 'deux mille'],
    [10_000, 'dix mille'],
    [999_999, 'neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf'],
    [1_001_000, 'un million mille'],
    [1_000_000_000_000_000, 'mille billions'],
  ])('mille is invariable and never "un mille": %i → %s', (n, words) => {
    expect(integerInWords(n)).toBe(words);
  });

  it.each([
    [1_000_000, 'un million'],
    [1_000_001, 'un million un'],
    [1_200_000, 'un million deux cent mille'],
    [2_000_000, 'deux millions'],
    [21_000_000, 'vingt et un millions'],
    [1_000_000_000, 'un milliard'],
    [2_000_000_000, 'deux milliards'],
    [1_002_003_004, 'un milliard deux millions trois mille quatre'],
    [1_000_000_000_000, 'un billion'],
    [
      Number.MAX_SAFE_INTEGER,
      'neuf mille sept billions cent quatre-vingt-dix-neuf milliards deux cent cinquante-quatre millions sept cent quarante mille neuf cent quatre-vingt-onze',
    ],
  ])('million, milliard, billion are nouns: %i → %s', (n, words) => {
    expect(integerInWords(n)).toBe(words);
  });

  it('reads back to the same number for every value below 200 000', () => {
    for (let n = 0; n < 200_000; n += 1) {
      const words = integerInWords(n);
      if (parseFrench(words) !== n) throw new Error(`${n} → ${words}`);
    }
  });

  it('reads back for large random values', () => {
    let seed = 12345;
    for (let i = 0; i < 5000; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const n = (seed * 4194304 + (seed % 4194304)) % Number.MAX_SAFE_INTEGER;
      expect(parseFrench(integerInWords(n))).toBe(n);
    }
  });

  it('keeps the traditional rules everywhere below a million', () => {
    for (let n = 1; n < 1_000_000; n += 1) {
      const words = integerInWords(n);
      const broken =
        /quatre-vingts ./.test(words) || // quatre-vingts only at the very end
        /cents ./.test(words) || // cents only at the very end
        /^un mille/.test(words) ||
        /milles/.test(words) ||
        /(^|[ -])cent-|-cent|-mille|mille-/.test(words) || // no hyphen around cent or mille
        / {2}/.test(words) ||
        (/ et /.test(words) && !/(vingt|trente|quarante|cinquante|soixante) et (un|onze)( |$)/.test(words));
      if (broken) throw new Error(`${n} → ${words}`);
    }
  });

  it('refuses negative, fractional and unsafe numbers', () => {
    expect(() => integerInWords(-1)).toThrow(RangeError);
    expect(() => integerInWords(1.5)).toThrow(RangeError);
    expect(() => integerInWords(Number.NaN)).toThrow(RangeError);
    expect(() => integerInWords(2 ** 53)).toThrow(RangeError);
  });
});

describe('integerInWords, 1990 reform', () => {
  const reform = { reform1990: true };

  it.each([
    [21, 'vingt-et-un'],
    [71, 'soixante-et-onze'],
    [81, 'quatre-vingt-un'],
    [80, 'quatre-vingts'],
    [200, 'deux-cents'],
    [201, 'deux-cent-un'],
    [1234, 'mille-deux-cent-trente-quatre'],
    [2000, 'deux-mille'],
    [80000, 'quatre-vingt-mille'],
    [1_200_000, 'un million deux-cent-mille'],
    [200_000_000, 'deux-cents millions'],
    [83_000_000_000, 'quatre-vingt-trois milliards'],
    [2_000_021, 'deux millions vingt-et-un'],
  ])('%i → %s', (n, words) => {
    expect(integerInWords(n, reform)).toBe(words);
  });

  it('differs from the traditional spelling only by hyphens below a million', () => {
    for (let n = 0; n < 1_000_000; n += 1) {
      const traditional = integerInWords(n);
      if (integerInWords(n, reform) !== traditional.replaceAll(' ', '-')) throw new Error(`${n}`);
    }
  });

  it('reads back for large random values', () => {
    let seed = 777;
    for (let i = 0; i < 2000; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const n = seed * 1000 + (seed % 1000);
      expect(parseFrench(integerInWords(n, reform))).toBe(n);
    }
  });
});

describe('amountInWords', () => {
  it.each([
    [0, 'zéro euro'],
    [1, 'un centime'],
    [21, 'vingt et un centimes'],
    [80, 'quatre-vingts centimes'],
    [99, 'quatre-vingt-dix-neuf centimes'],
    [100, 'un euro'],
    [101, 'un euro et un centime'],
    [150, 'un euro et cinquante centimes'],
    [200, 'deux euros'],
    [8000, 'quatre-vingts euros'],
    [20000, 'deux cents euros'],
    [123456, 'mille deux cent trente-quatre euros et cinquante-six centimes'],
    [100000, 'mille euros'],
    [20_000_000, 'deux cent mille euros'],
    [100_000_000, "un million d'euros"],
    [100_000_001, "un million d'euros et un centime"],
    [100_000_100, 'un million un euros'],
    [120_000_000, 'un million deux cent mille euros'],
    [200_000_000, "deux millions d'euros"],
    [8_000_000_000, "quatre-vingts millions d'euros"],
    [20_000_000_000, "deux cents millions d'euros"],
    [100_000_000_000, "un milliard d'euros"],
    [300_000_000_042, "trois milliards d'euros et quarante-deux centimes"],
  ])('%i cents → %s', (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });

  it('follows the reform when asked', () => {
    expect(amountInWords(2121, { reform1990: true })).toBe('vingt-et-un euros et vingt-et-un centimes');
    expect(amountInWords(123456, { reform1990: true })).toBe(
      'mille-deux-cent-trente-quatre euros et cinquante-six centimes',
    );
    expect(amountInWords(20_000_000_000, { reform1990: true })).toBe("deux-cents millions d'euros");
  });

  it('refuses negative and fractional cents', () => {
    expect(() => amountInWords(-100)).toThrow(RangeError);
    expect(() => amountInWords(10.5)).toThrow(RangeError);
  });
});
