/**
 * Rules that had several copies (documents, renderer, services) now have one; these tests pin the
 * cases where the copies used to differ.
 */
import * as documentFormat from '../../../electron/documents/format';
import { formatDate as screenDate } from '../../../renderer/format';
import {
  formatHalfDays as screenHalfDays,
  formatLongDate as screenLongDate,
} from '../../../renderer/meetings/format';
import { halfDaysText } from '../../../shared/meetings/conge-rules';
import { frenchDate } from '../../../shared/rules/dates';
import { formatDuration, formatEuros, formatLongDate, weekdayOf } from '../../../shared/rules/format-fr';
import { formalName, personName } from '../../../shared/rules/person-name';
import { fileNamePart } from '../../../shared/rules/text';

describe('one French formatter for screens and documents', () => {
  it('prints the same amount, only with the documents’ no-break space between thousands', () => {
    for (const cents of [0, 5, 123456, -98765432, 100_000_000_00]) {
      expect(documentFormat.formatEuros(cents)).toBe(formatEuros(cents).replace(/\u202f/g, '\u00a0'));
    }
    expect(documentFormat.formatEuros(123456)).toBe('1\u00a0234,56\u00a0€');
  });

  it('prints the same dates', () => {
    expect(documentFormat.formatDate('2026-11-22')).toBe(frenchDate('2026-11-22'));
    expect(screenDate('2026-11-22T10:00:00.000Z')).toBe('22/11/2026');
    expect(documentFormat.formatDate(null)).toBe('');
    expect(screenDate(null)).toBe('—');
    expect(documentFormat.formatLongDate('2026-11-01')).toBe('dimanche 1er novembre 2026');
    expect(screenLongDate('2026-11-12')).toBe(formatLongDate('2026-11-12'));
    expect(formatLongDate('2026-11-12')).toBe('jeudi 12 novembre 2026');
    expect(weekdayOf('2024-02-29')).toBe(4);
  });

  it('prints the same times, durations and half-days', () => {
    expect(documentFormat.formatTime('09:05')).toBe('9\u00a0h\u00a005');
    expect(documentFormat.formatTime('')).toBe('');
    expect(documentFormat.formatDuration(150)).toBe(formatDuration(150));
    expect(formatDuration(-5)).toBe('0\u00a0min');
    expect(formatDuration(89.6)).toBe('1\u00a0h\u00a030');
    expect(screenHalfDays(3)).toBe(halfDaysText(3));
    expect(screenHalfDays(3)).toBe('1,5 jour');
    expect(documentFormat.formatHalfDays(7)).toBe('3,5 jours');
    expect(documentFormat.formatHalfDays(1)).toBe('1 demi-journée');
  });
});

describe('one way to name a person and a file', () => {
  it('names a person with or without civility, leaving out empty parts', () => {
    expect(personName('Anne', 'Martin')).toBe('Anne Martin');
    expect(formalName('Mme', 'Anne', 'Martin')).toBe('Mme Anne Martin');
    expect(formalName('', 'Anne', 'Martin')).toBe('Anne Martin');
    expect(documentFormat.fullName({ civility: 'M.', firstName: 'Jean', lastName: 'Roux' })).toBe(
      'M. Jean Roux',
    );
  });

  it('makes a file-name part without accents or separators, bounded in length', () => {
    expect(fileNamePart('Hélène d’Arc — CDU (CHU)')).toBe('Helene-d-Arc-CDU-CHU');
    expect(fileNamePart('x'.repeat(100))).toHaveLength(80);
    expect(fileNamePart('y'.repeat(100), 60)).toHaveLength(60);
  });
});
