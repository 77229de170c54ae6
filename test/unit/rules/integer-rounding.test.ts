import {
  assertSafeInteger,
  divideRoundHalfUp,
  IntegerRangeError,
  mulDivRoundHalfUp,
  toSafeNumber,
} from '../../../shared/rules/integer-rounding';

describe('divideRoundHalfUp', () => {
  it('rounds halves up and other values to nearest', () => {
    expect(divideRoundHalfUp(25n, 10n)).toBe(3n);
    expect(divideRoundHalfUp(24n, 10n)).toBe(2n);
    expect(divideRoundHalfUp(26n, 10n)).toBe(3n);
    expect(divideRoundHalfUp(20n, 10n)).toBe(2n);
    expect(divideRoundHalfUp(0n, 7n)).toBe(0n);
  });

  it('rounds negative halves away from zero, mirroring positives', () => {
    expect(divideRoundHalfUp(-25n, 10n)).toBe(-3n);
    expect(divideRoundHalfUp(-24n, 10n)).toBe(-2n);
  });

  it('refuses a non-positive divisor', () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(IntegerRangeError);
    expect(() => divideRoundHalfUp(1n, -2n)).toThrow(IntegerRangeError);
  });
});

describe('mulDivRoundHalfUp', () => {
  it('agrees with the BigInt computation on random inputs, including huge ones', () => {
    let seed = 99;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 20000; i += 1) {
      const a = next() * (i % 3 === 0 ? 4096 : 1) - (i % 5 === 0 ? 2 ** 30 : 0);
      const b = next() % 100000;
      const denominator = 1 + (next() % 20000);
      const expected = divideRoundHalfUp(BigInt(a) * BigInt(b), BigInt(denominator));
      if (Number.isSafeInteger(Number(expected)))
        expect(mulDivRoundHalfUp(a, b, denominator)).toBe(Number(expected));
      else expect(() => mulDivRoundHalfUp(a, b, denominator)).toThrow(IntegerRangeError);
    }
  });

  it('handles exact halves on the fast path', () => {
    expect(mulDivRoundHalfUp(1, 250, 100)).toBe(3);
    expect(mulDivRoundHalfUp(-1, 250, 100)).toBe(-3);
    expect(mulDivRoundHalfUp(3, 250, 100)).toBe(8);
  });

  it('refuses results a number cannot hold', () => {
    expect(() => mulDivRoundHalfUp(Number.MAX_SAFE_INTEGER, 10, 1)).toThrow(IntegerRangeError);
  });
});

describe('assertSafeInteger and toSafeNumber', () => {
  it('accept safe integers only', () => {
    expect(() => assertSafeInteger(3, 'x')).not.toThrow();
    expect(() => assertSafeInteger(0.5, 'Le montant')).toThrow(
      'Le montant doit être un nombre entier (reçu : 0.5)',
    );
    expect(toSafeNumber(42n, 'x')).toBe(42);
    expect(() => toSafeNumber(2n ** 53n, 'Le total')).toThrow('Le total dépasse la capacité de calcul exact');
  });
});
