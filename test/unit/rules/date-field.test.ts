import { dateFieldValue, typedDateError } from '../../../renderer/components/DateField';
import { DATE_INVALID } from '../../../shared/rules/dates';

describe('what the date field passes to its form', () => {
  it('passes the date read from the text, nothing for an empty text, else the text as typed', () => {
    expect(dateFieldValue('22/11/26')).toBe('2026-11-22');
    expect(dateFieldValue('2026-11-22')).toBe('2026-11-22');
    expect(dateFieldValue('   ')).toBe('');
    expect(dateFieldValue(' 32/13/2026 ')).toBe('32/13/2026');
  });

  it('says, once left, that a text is not a date or is past the last day allowed', () => {
    expect(typedDateError('', {})).toBeNull();
    expect(typedDateError('32/13/2026', {})).toBe(DATE_INVALID);
    expect(typedDateError('2026-12-04', { maxDate: '2026-12-03' })).toBe('Au plus tard le 03/12/2026');
    expect(typedDateError('2026-12-04', { maxDate: '2026-12-03', maxDateError: 'Pas dans le futur' })).toBe(
      'Pas dans le futur',
    );
    expect(typedDateError('2026-12-03', { maxDate: '2026-12-03' })).toBeNull();
    expect(typedDateError('2026-01-01', { minDate: '2026-02-01' })).toBe('Au plus tôt le 01/02/2026');
  });
});
