import { formatClockTime, formatDuration } from '../../../shared/rules/format-fr';

describe('times in French', () => {
  it('writes a clock time « 9 h 05 » with no-break spaces', () => {
    expect(formatClockTime('09:05')).toBe('9\u00a0h\u00a005');
    expect(formatClockTime('14:30')).toBe('14\u00a0h\u00a030');
  });
  it('writes a duration in hours and minutes', () => {
    expect(formatDuration(840)).toBe('14\u00a0h');
    expect(formatDuration(210)).toBe('3\u00a0h\u00a030');
    expect(formatDuration(45)).toBe('45\u00a0min');
  });
});
