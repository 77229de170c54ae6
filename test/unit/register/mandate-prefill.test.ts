import { addDays } from '../../../shared/rules/dates';
import { defaultEndDate } from '../../../shared/register/register-rules';
import { prefilledEndDate } from '../../../renderer/register/mandate-prefill';

describe('the end the mandate form prefills', () => {
  it('is 28/02/2027 for a 36-month term from 29/02/2024, as the server computes it', () => {
    expect(prefilledEndDate('2024-02-29', 36)).toBe('2027-02-28');
    expect(defaultEndDate('2024-02-29', 36)).toBe('2027-02-28');
  });

  it('ends 31/01 + 1 month on the last day of February', () => {
    expect(prefilledEndDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(prefilledEndDate('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('equals the server’s end for every start of two years and every term up to 5 years', () => {
    const differences: string[] = [];
    for (let start = '2024-01-01'; start <= '2025-12-31'; start = addDays(start, 1)) {
      for (const months of [1, 2, 3, 6, 12, 24, 36, 48, 60]) {
        const form = prefilledEndDate(start, months);
        const server = defaultEndDate(start, months);
        if (form !== server) differences.push(`${start} + ${months}: ${String(form)} ≠ ${String(server)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('leaves the end alone while the start is not a date, and open without a term length', () => {
    expect(prefilledEndDate('', 36)).toBeUndefined();
    expect(prefilledEndDate('32/13/2026', 36)).toBeUndefined();
    expect(prefilledEndDate(null, 36)).toBeUndefined();
    expect(prefilledEndDate('2026-01-01', null)).toBeNull();
  });
});
