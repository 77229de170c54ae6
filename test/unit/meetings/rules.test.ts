import { isMandateActiveOn, presenceMinutes, seriesDates } from '../../../shared/meetings/attendance-rules';
import {
  congeDays,
  congeLevel,
  easterSunday,
  halfDaysForDay,
  indemnityCents,
  isJourOuvrable,
  mergedMinutes,
} from '../../../shared/meetings/conge-rules';

describe('mandate active on a date', () => {
  const m = { startDate: '2025-01-01', endDate: '2025-12-31', endedOn: null };
  it('is active from its first to its last day included', () => {
    expect(isMandateActiveOn(m, '2024-12-31')).toBe(false);
    expect(isMandateActiveOn(m, '2025-01-01')).toBe(true);
    expect(isMandateActiveOn(m, '2025-12-31')).toBe(true);
    expect(isMandateActiveOn(m, '2026-01-01')).toBe(false);
  });
  it('stops at the actual end when the mandate was ended early', () => {
    const ended = { ...m, endedOn: '2025-06-30' };
    expect(isMandateActiveOn(ended, '2025-06-30')).toBe(true);
    expect(isMandateActiveOn(ended, '2025-07-01')).toBe(false);
  });
  it('stops at the planned end when it is earlier than the actual end (the register’s rule)', () => {
    const odd = { ...m, endDate: '2025-03-31', endedOn: '2025-06-30' };
    expect(isMandateActiveOn(odd, '2025-03-31')).toBe(true);
    expect(isMandateActiveOn(odd, '2025-04-01')).toBe(false);
  });
  it('has no end when neither end is set', () => {
    expect(isMandateActiveOn({ startDate: '2020-01-01', endDate: null, endedOn: null }, '2040-01-01')).toBe(
      true,
    );
  });
});

describe('hours of presence', () => {
  const meeting = { startTime: '14:00', endTime: '16:30' };
  it('come from the meeting unless the person has own times', () => {
    expect(presenceMinutes(meeting, { startTime: null, endTime: null })).toBe(150);
    expect(presenceMinutes(meeting, { startTime: '14:45', endTime: '16:00' })).toBe(75);
  });
});

describe('dates of a series', () => {
  it('repeats every quarter from the first date', () => {
    expect(seriesDates('2026-03-12', 'trimestrielle', 4)).toEqual([
      '2026-03-12',
      '2026-06-12',
      '2026-09-12',
      '2026-12-12',
    ]);
  });
  it('keeps the end of month without drifting after a short month', () => {
    expect(seriesDates('2026-01-31', 'mensuelle', 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });
  it('repeats weekly across a year end', () => {
    expect(seriesDates('2026-12-24', 'hebdomadaire', 3)).toEqual(['2026-12-24', '2026-12-31', '2027-01-07']);
  });
});

describe('congé de représentation rule', () => {
  it('knows Easter and the public holidays built on it', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(isJourOuvrable('2026-04-06')).toBe(false); // lundi de Pâques
    expect(isJourOuvrable('2026-05-14')).toBe(false); // Ascension
    expect(isJourOuvrable('2026-07-14')).toBe(false);
  });
  it('counts Monday to Saturday, not Sunday', () => {
    expect(isJourOuvrable('2026-11-21')).toBe(true); // samedi
    expect(isJourOuvrable('2026-11-22')).toBe(false); // dimanche
  });
  it('prices up to 4 h as a half-day, more as a full day', () => {
    expect(halfDaysForDay('2026-03-12', 240, 240)).toBe(1);
    expect(halfDaysForDay('2026-03-12', 241, 240)).toBe(2);
    expect(halfDaysForDay('2026-03-12', 0, 240)).toBe(0);
    expect(halfDaysForDay('2026-11-22', 300, 240)).toBe(0);
  });
  it('adds up the meetings of the same day before pricing it', () => {
    const days = congeDays(
      [
        { date: '2026-03-12', startTime: '09:00', endTime: '11:00' },
        { date: '2026-03-12', startTime: '14:00', endTime: '16:30' },
        { date: '2026-03-13', startTime: '10:00', endTime: '11:30' },
      ],
      240,
    );
    expect(days).toEqual([
      { date: '2026-03-12', minutes: 270, halfDays: 2 },
      { date: '2026-03-13', minutes: 90, halfDays: 1 },
    ]);
  });
  it('counts overlapping hours of the same day once', () => {
    const days = congeDays(
      [
        { date: '2026-03-12', startTime: '09:00', endTime: '12:00' },
        { date: '2026-03-12', startTime: '10:00', endTime: '12:00' },
      ],
      240,
    );
    expect(days).toEqual([{ date: '2026-03-12', minutes: 180, halfDays: 1 }]);
    expect(
      mergedMinutes([
        { startTime: '09:00', endTime: '10:00' },
        { startTime: '09:30', endTime: '11:00' },
        { startTime: '11:00', endTime: '11:30' },
        { startTime: '14:00', endTime: '15:00' },
      ]),
    ).toBe(210);
  });
  it('warns when close to the allowance and when over it', () => {
    expect(congeLevel(15, 18, 2)).toBe('ok');
    expect(congeLevel(16, 18, 2)).toBe('proche');
    expect(congeLevel(18, 18, 2)).toBe('proche');
    expect(congeLevel(19, 18, 2)).toBe('depasse');
  });
  it('prices the hourly indemnity once, rounded half up to the cent', () => {
    expect(indemnityCents(150, 840)).toBe(2100);
    expect(indemnityCents(7, 840)).toBe(98);
  });
});
