import {
  formatEuros,
  formatInteger,
  formatKm,
  formatRateMilli,
  formatTenths,
  NBSP,
  NNBSP,
} from '../../../shared/rules/format-fr';

describe('formatEuros', () => {
  it('writes cents as French euros with a narrow no-break space between thousands', () => {
    expect(formatEuros(123456)).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatEuros(123456789)).toBe(`1${NNBSP}234${NNBSP}567,89${NBSP}€`);
  });

  it('pads cents and handles small amounts', () => {
    expect(formatEuros(0)).toBe(`0,00${NBSP}€`);
    expect(formatEuros(5)).toBe(`0,05${NBSP}€`);
    expect(formatEuros(50)).toBe(`0,50${NBSP}€`);
    expect(formatEuros(100)).toBe(`1,00${NBSP}€`);
    expect(formatEuros(99999)).toBe(`999,99${NBSP}€`);
  });

  it('writes negative amounts with a leading minus', () => {
    expect(formatEuros(-123456)).toBe(`-1${NNBSP}234,56${NBSP}€`);
    expect(formatEuros(-5)).toBe(`-0,05${NBSP}€`);
  });

  it('agrees with Intl currency formatting', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    for (const cents of [0, 1, 99, 100, 123456, 100000000, 987654321]) {
      expect(formatEuros(cents)).toBe(intl.format(cents / 100));
    }
  });

  it('stays exact beyond what floating-point euros could hold', () => {
    expect(formatEuros(9007199254740991)).toBe(`90${NNBSP}071${NNBSP}992${NNBSP}547${NNBSP}409,91${NBSP}€`);
  });

  it('can drop zero cents and the symbol', () => {
    expect(formatEuros(139500, { dropZeroCents: true })).toBe(`1${NNBSP}395${NBSP}€`);
    expect(formatEuros(139550, { dropZeroCents: true })).toBe(`1${NNBSP}395,50${NBSP}€`);
    expect(formatEuros(139550, { withoutSymbol: true })).toBe(`1${NNBSP}395,50`);
  });

  it('refuses fractional cents', () => {
    expect(() => formatEuros(1.5)).toThrow(RangeError);
    expect(() => formatEuros(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatKm and formatTenths', () => {
  it('writes tenths of km with one decimal', () => {
    expect(formatKm(12345)).toBe(`1${NNBSP}234,5${NBSP}km`);
    expect(formatKm(1200)).toBe(`120,0${NBSP}km`);
    expect(formatKm(0)).toBe(`0,0${NBSP}km`);
    expect(formatKm(9)).toBe(`0,9${NBSP}km`);
    expect(formatTenths(50001)).toBe(`5${NNBSP}000,1`);
    expect(formatTenths(-15)).toBe('-1,5');
  });

  it('refuses fractional tenths', () => {
    expect(() => formatKm(0.5)).toThrow(RangeError);
  });
});

describe('formatRateMilli', () => {
  it('writes thousandths of a euro, keeping at least two decimals', () => {
    expect(formatRateMilli(357)).toBe('0,357');
    expect(formatRateMilli(470)).toBe('0,47');
    expect(formatRateMilli(300)).toBe('0,30');
    expect(formatRateMilli(1000)).toBe('1,00');
    expect(formatRateMilli(1255)).toBe('1,255');
    expect(formatRateMilli(5)).toBe('0,005');
    expect(formatRateMilli(0)).toBe('0,00');
  });
});

describe('formatInteger', () => {
  it('groups thousands', () => {
    expect(formatInteger(1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(-1000)).toBe(`-1${NNBSP}000`);
  });
});
