import { mandateRoleLabel } from '../../../shared/rules/agreement';
import {
  addDays,
  addMonths,
  baseTrainingDue,
  charterStatus,
  currentCharterVersion,
  daysBetween,
  defaultEndDate,
  effectiveEnd,
  endsWithin,
  exceedsSeats,
  findOverlap,
  isActiveOn,
  mandateMonthsFor,
  maxConcurrent,
  periodsOverlap,
  vacantSeats,
} from '../../../shared/register/register-rules';

describe('dates of terms', () => {
  it('counts a 3-year CDU term from 01/12/2025 to 30/11/2028', () => {
    expect(defaultEndDate('2025-12-01', 36)).toBe('2028-11-30');
  });
  it('counts a 5-year CTS term', () => {
    expect(defaultEndDate('2024-01-15', 60)).toBe('2029-01-14');
  });
  it('leaves the end open when the instance has no term length', () => {
    expect(defaultEndDate('2025-01-01', null)).toBeNull();
  });
  it('ends a term started on a leap day or a month’s last day on the last day of the target month, not a day short', () => {
    expect(defaultEndDate('2024-02-29', 36)).toBe('2027-02-28');
    expect(defaultEndDate('2024-02-29', 48)).toBe('2028-02-28');
    expect(defaultEndDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(defaultEndDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(defaultEndDate('2025-03-31', 1)).toBe('2025-04-30');
    expect(defaultEndDate('2025-01-30', 1)).toBe('2025-02-28');
    expect(defaultEndDate('2025-01-28', 1)).toBe('2025-02-27');
  });
  it('lands on the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
  it('adds days across years and counts days between dates', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2026-11-22', '2027-02-20')).toBe(90);
    expect(daysBetween('2026-11-22', '2026-11-20')).toBe(-2);
  });
  it('prefers the instance length over the type default', () => {
    expect(mandateMonthsFor(24, 36)).toBe(24);
    expect(mandateMonthsFor(null, 36)).toBe(36);
    expect(mandateMonthsFor(null, null)).toBeNull();
  });
});

describe('periods of mandates', () => {
  it('stops a mandate on the day it was ended, before its planned end', () => {
    expect(effectiveEnd({ startDate: '2025-01-01', endDate: '2027-12-31', endedOn: '2026-03-10' })).toBe(
      '2026-03-10',
    );
    expect(effectiveEnd({ startDate: '2025-01-01', endDate: '2027-12-31', endedOn: null })).toBe(
      '2027-12-31',
    );
    expect(effectiveEnd({ startDate: '2025-01-01', endDate: null, endedOn: '2026-01-01' })).toBe(
      '2026-01-01',
    );
  });
  it('is active from its first to its last day included', () => {
    const m = { startDate: '2025-12-01', endDate: '2028-11-30', endedOn: null };
    expect(isActiveOn(m, '2025-11-30')).toBe(false);
    expect(isActiveOn(m, '2025-12-01')).toBe(true);
    expect(isActiveOn(m, '2028-11-30')).toBe(true);
    expect(isActiveOn(m, '2028-12-01')).toBe(false);
    expect(isActiveOn({ startDate: '2020-01-01', endDate: null, endedOn: null }, '2090-01-01')).toBe(true);
  });
  it('sees an overlap when two periods share a day, not when one follows the other', () => {
    expect(
      periodsOverlap({ start: '2025-01-01', end: '2025-12-31' }, { start: '2025-12-31', end: '2026-12-31' }),
    ).toBe(true);
    expect(
      periodsOverlap({ start: '2025-01-01', end: '2025-12-31' }, { start: '2026-01-01', end: null }),
    ).toBe(false);
    expect(
      periodsOverlap({ start: '2025-01-01', end: null }, { start: '2030-01-01', end: '2030-02-01' }),
    ).toBe(true);
  });
  it('finds the overlapping mandate of the same person', () => {
    const existing = [
      { id: 1, period: { start: '2019-12-01', end: '2022-11-30' } },
      { id: 2, period: { start: '2022-12-01', end: '2025-11-30' } },
    ];
    expect(findOverlap(existing, { start: '2025-12-01', end: '2028-11-30' })).toBeUndefined();
    expect(findOverlap(existing, { start: '2025-06-01', end: '2028-11-30' })?.id).toBe(2);
  });
  it('flags a term ending within the warning window only', () => {
    expect(endsWithin('2027-02-20', '2026-11-22', 90)).toBe(true);
    expect(endsWithin('2027-02-21', '2026-11-22', 90)).toBe(false);
    expect(endsWithin('2026-11-21', '2026-11-22', 90)).toBe(false);
    expect(endsWithin(null, '2026-11-22', 90)).toBe(false);
  });
});

describe('seats', () => {
  it('counts the busiest day inside the new period', () => {
    const periods = [
      { start: '2025-01-01', end: '2025-06-30' },
      { start: '2025-07-01', end: '2025-12-31' },
      { start: '2025-03-01', end: '2025-03-31' },
    ];
    expect(maxConcurrent(periods, { start: '2025-01-01', end: '2025-12-31' })).toBe(2);
    expect(maxConcurrent(periods, { start: '2025-05-01', end: '2025-12-31' })).toBe(1);
    expect(maxConcurrent(periods, { start: '2026-01-01', end: null })).toBe(0);
  });
  it('frees a seat the day after a mandate ends', () => {
    const periods = [{ start: '2022-12-01', end: '2025-11-30' }];
    expect(maxConcurrent(periods, { start: '2025-12-01', end: '2028-11-30' })).toBe(0);
  });
  it('refuses a third titulaire on two seats, accepts a successor', () => {
    const holders = [
      { start: '2025-12-01', end: '2028-11-30' },
      { start: '2025-12-01', end: '2026-05-31' },
    ];
    expect(exceedsSeats(2, holders, { start: '2026-01-01', end: '2028-11-30' })).toEqual({
      exceeds: true,
      busiest: 2,
    });
    expect(exceedsSeats(2, holders, { start: '2026-06-01', end: '2028-11-30' })).toEqual({
      exceeds: false,
      busiest: 1,
    });
    expect(exceedsSeats(0, [], { start: '2026-06-01', end: null }).exceeds).toBe(true);
  });
  it('counts vacant seats, never below zero', () => {
    expect(vacantSeats(2, 1)).toBe(1);
    expect(vacantSeats(2, 3)).toBe(0);
  });
});

describe('formation de base', () => {
  const base = { firstMandateStart: '2026-06-01', hasBaseTraining: false, delayMonths: 6, soonDays: 90 };
  it('is due six months after the first mandate', () => {
    expect(baseTrainingDue({ ...base, today: '2026-07-01' })).toEqual({
      status: 'a_jour',
      dueDate: '2026-12-01',
    });
  });
  it('is due soon within the warning window', () => {
    expect(baseTrainingDue({ ...base, today: '2026-11-22' }).status).toBe('bientot');
  });
  it('is overdue after the due date', () => {
    expect(baseTrainingDue({ ...base, today: '2026-12-02' }).status).toBe('en_retard');
  });
  it('is settled once followed, whatever the date', () => {
    expect(baseTrainingDue({ ...base, hasBaseTraining: true, today: '2027-12-02' }).status).toBe('a_jour');
  });
  it('does not concern someone who never held a mandate', () => {
    expect(baseTrainingDue({ ...base, firstMandateStart: null, today: '2027-12-02' }).status).toBe(
      'non_concerne',
    );
  });
});

describe('charte d’engagement', () => {
  const v1 = { id: 1, effectiveDate: '2024-01-01' };
  const v2 = { id: 2, effectiveDate: '2026-09-01' };
  it('says nothing to sign when no charter is published', () => {
    expect(
      charterStatus({ currentVersion: null, lastSignature: null, latestMandateStart: '2025-01-01' }),
    ).toBe('sans_charte');
  });
  it('says never signed', () => {
    expect(charterStatus({ currentVersion: v1, lastSignature: null, latestMandateStart: null })).toBe(
      'jamais_signee',
    );
  });
  it('asks to sign again when a newer version is in force', () => {
    expect(
      charterStatus({
        currentVersion: v2,
        lastSignature: { version: v1, signedOn: '2024-02-01' },
        latestMandateStart: '2023-01-01',
      }),
    ).toBe('a_resigner');
  });
  it('asks to sign again when a mandate started after the signature', () => {
    expect(
      charterStatus({
        currentVersion: v1,
        lastSignature: { version: v1, signedOn: '2024-02-01' },
        latestMandateStart: '2025-12-01',
      }),
    ).toBe('a_resigner');
  });
  it('is up to date when the current version was signed after the latest mandate started', () => {
    expect(
      charterStatus({
        currentVersion: v2,
        lastSignature: { version: v2, signedOn: '2026-09-10' },
        latestMandateStart: '2025-12-01',
      }),
    ).toBe('a_jour');
  });
  it('takes the version in force today, not a future one', () => {
    expect(currentCharterVersion([v1, v2], '2026-08-31')).toEqual(v1);
    expect(currentCharterVersion([v1, v2], '2026-09-01')).toEqual(v2);
    expect(currentCharterVersion([], '2026-09-01')).toBeNull();
  });
});

describe('role labels', () => {
  it('say « Présidente », « Suppléante », « Trésorière » for a woman and keep the others', () => {
    expect(mandateRoleLabel('president', null, 'Mme')).toBe('Présidente');
    expect(mandateRoleLabel('suppleant', null, 'Mme')).toBe('Suppléante');
    expect(mandateRoleLabel('tresorier', null, 'Mme')).toBe('Trésorière');
    expect(mandateRoleLabel('vice_president', null, 'Mme')).toBe('Vice-présidente');
    expect(mandateRoleLabel('titulaire', null, 'Mme')).toBe('Titulaire');
    expect(mandateRoleLabel('president', null, 'M.')).toBe('Président');
    expect(mandateRoleLabel('suppleant', null, '')).toBe('Suppléant');
  });
});
