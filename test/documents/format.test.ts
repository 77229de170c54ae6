import {
  formatDate,
  formatDuration,
  formatEuros,
  formatHalfDays,
  formatLongDate,
  formatTime,
  formatTimeRange,
  maskIban,
} from '../../electron/documents/format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('French typography of documents', () => {
  test('amounts in cents print with a grouped thousands, a decimal comma and the euro sign after', () => {
    expect(plain(formatEuros(123456))).toBe('1 234,56 €');
    expect(plain(formatEuros(5))).toBe('0,05 €');
    expect(plain(formatEuros(0))).toBe('0,00 €');
  });

  test('amounts never break across lines', () => {
    expect(formatEuros(123456)).not.toMatch(/ /);
  });

  test('amounts that are not whole cents are refused rather than rounded silently', () => {
    expect(() => formatEuros(12.5)).toThrow();
  });

  test('dates print as day/month/year and as a sentence with the weekday', () => {
    expect(formatDate('2026-11-22')).toBe('22/11/2026');
    expect(formatLongDate('2026-11-22')).toBe('dimanche 22 novembre 2026');
    expect(formatLongDate('2026-05-01')).toBe('vendredi 1er mai 2026');
  });

  test('times and durations print as "14 h 30" and "2 h 30"', () => {
    expect(plain(formatTime('14:30'))).toBe('14 h 30');
    expect(plain(formatTime('09:05'))).toBe('9 h 05');
    expect(plain(formatTimeRange('09:00', '12:30'))).toBe('9 h 00 – 12 h 30');
    expect(plain(formatDuration(150))).toBe('2 h 30');
    expect(plain(formatDuration(120))).toBe('2 h');
    expect(plain(formatDuration(45))).toBe('45 min');
  });

  test('congé de représentation counted in half-days prints in days', () => {
    expect(formatHalfDays(7)).toBe('3,5 jours');
    expect(formatHalfDays(1)).toBe('1 demi-journée');
    expect(formatHalfDays(18)).toBe('9 jours');
  });

  test('an IBAN shows only its last four characters', () => {
    const masked = maskIban('FR76 3000 6000 0112 3456 7890 189');
    expect(masked.endsWith(' 0189')).toBe(true);
    expect(masked).not.toMatch(/FR76|3000|6000/);
  });
});
