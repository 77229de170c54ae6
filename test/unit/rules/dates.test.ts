import {
  DATE_INVALID,
  DATE_REQUIRED,
  addMonths,
  dateFieldError,
  defaultEndDate,
  futureDateError,
  isIsoDate,
  localTodayIso,
  parseFrenchDate,
} from '../../../shared/rules/dates';

describe('reading a typed date (the one parser of every date field and the import)', () => {
  const currentYear = 2026;
  it.each([
    ['22/11/2026', '2026-11-22'],
    ['2/3/2026', '2026-03-02'],
    ['22/11/26', '2026-11-22'],
    ['1/12/99', null], // 2099 is more than 20 years ahead: 1999 or 2099, not guessed
    ['01/12/46', '2046-12-01'],
    ['01/12/47', null],
    ['22-11-2026', '2026-11-22'],
    ['22.11.2026', '2026-11-22'],
    ['22 11 2026', '2026-11-22'],
    ['22112026', '2026-11-22'],
    ['  22/11/2026  ', '2026-11-22'],
    ['22 / 11 / 2026', '2026-11-22'],
    ['2026-11-22', '2026-11-22'],
    ['2026-11-22T00:00:00', '2026-11-22'],
    ['2026-11-22 08:30', '2026-11-22'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2025', null],
    ['31/04/2026', null],
    ['32/13/2026', null],
    ['00/01/2026', null],
    ['2026-02-30', null],
    ['', null],
    ['   ', null],
    ['demain', null],
    ['22/11', null],
    ['22/11/2026/1', null],
  ])('« %s » → %s', (text, expected) => {
    expect(parseFrenchDate(text, currentYear)).toBe(expected);
  });
});

describe('the message of a date field', () => {
  it('says the date is required when empty, and nothing when it may be empty', () => {
    expect(dateFieldError('')).toBe(DATE_REQUIRED);
    expect(dateFieldError('  ')).toBe(DATE_REQUIRED);
    expect(dateFieldError(null)).toBe(DATE_REQUIRED);
    expect(dateFieldError('', 'La date de début est obligatoire')).toBe('La date de début est obligatoire');
    expect(dateFieldError('', false)).toBeNull();
  });
  it('says the text is not a date when it cannot be read or the day does not exist', () => {
    expect(dateFieldError('32/13/2026')).toBe(DATE_INVALID);
    expect(dateFieldError('2025-02-29')).toBe(DATE_INVALID);
    expect(dateFieldError('32/13/2026', false)).toBe(DATE_INVALID);
    expect(DATE_INVALID).toContain('JJ/MM/AAAA');
  });
  it('accepts a real ISO date', () => {
    expect(dateFieldError('2024-02-29')).toBeNull();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });
});

describe('dates of what was already done', () => {
  it('refuses a date after today, with the last day allowed', () => {
    expect(futureDateError('2026-12-04', '2026-12-03', 'La date de signature')).toBe(
      'La date de signature ne peut pas être dans le futur (au plus tard le 03/12/2026)',
    );
    expect(futureDateError('2026-12-03', '2026-12-03', 'La date de signature')).toBeNull();
    expect(futureDateError('2020-01-01', '2026-12-03', 'La date de signature')).toBeNull();
  });
  it('reads today on the user’s computer as ISO text', () => {
    expect(localTodayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('term arithmetic', () => {
  it('ends a term from a leap day or a month’s last day on the target month’s last day', () => {
    expect(defaultEndDate('2024-02-29', 36)).toBe('2027-02-28');
    expect(defaultEndDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(defaultEndDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(defaultEndDate('2025-12-01', 36)).toBe('2028-11-30');
  });
  it('adds months clamped to the target month, forwards and backwards', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
  });
});
