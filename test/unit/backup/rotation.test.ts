/** The rotation on hand-built lists of dates: which archives are kept, which removed. */
import { isoWeekKey, rotate } from '../../../shared/backup/rotation';
import { automaticBackupDue, backupTooOld } from '../../../shared/backup/due';

const at = (takenAt: string) => ({ id: takenAt, takenAt });

describe('rotation', () => {
  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months', () => {
    // One backup a day from 2026-01-01 to 2026-12-03, and two on the last day.
    const list = [];
    for (let t = Date.UTC(2026, 0, 1); t <= Date.UTC(2026, 11, 3); t += 86_400_000) {
      list.push(at(`${new Date(t).toISOString().slice(0, 10)}T18:00:00`));
    }
    list.push(at('2026-12-03T09:00:00'));
    const { keep, remove } = rotate(list, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    expect(keep).toEqual([
      // 7 days
      '2026-12-03T18:00:00',
      '2026-12-02T18:00:00',
      '2026-12-01T18:00:00',
      '2026-11-30T18:00:00',
      '2026-11-29T18:00:00',
      '2026-11-28T18:00:00',
      '2026-11-27T18:00:00',
      // the Sundays ending the previous weeks (the week of 30/11 is kept by its newest: 03/12)
      '2026-11-22T18:00:00',
      '2026-11-15T18:00:00',
      // the last day of each earlier month
      '2026-10-31T18:00:00',
      '2026-09-30T18:00:00',
      '2026-08-31T18:00:00',
      '2026-07-31T18:00:00',
      '2026-06-30T18:00:00',
      '2026-05-31T18:00:00',
      '2026-04-30T18:00:00',
      '2026-03-31T18:00:00',
      '2026-02-28T18:00:00',
      '2026-01-31T18:00:00',
    ]);
    expect(remove).toContain('2026-12-03T09:00:00');
    expect(remove).toContain('2026-11-26T18:00:00');
    expect(keep.length + remove.length).toBe(list.length);
  });

  it('counts days that have a backup, not calendar days, and always keeps the newest', () => {
    const list = ['2026-01-05', '2026-03-10', '2026-03-11', '2026-06-01'].map((d) => at(`${d}T12:00:00`));
    expect(rotate(list, { keepDaily: 2, keepWeekly: 0, keepMonthly: 0 }).remove).toEqual([
      '2026-03-10T12:00:00',
      '2026-01-05T12:00:00',
    ]);
    expect(rotate([at('2026-01-01T00:00:00')], { keepDaily: 0, keepWeekly: 0, keepMonthly: 0 }).keep).toEqual(
      ['2026-01-01T00:00:00'],
    );
  });

  it('reads ISO weeks across the new year', () => {
    expect(isoWeekKey('2026-12-31')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-03')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-04')).toBe('2027-W01');
    expect(isoWeekKey('2025-12-29')).toBe('2026-W01');
  });
});

describe('when a backup is due', () => {
  it('makes at most one automatic backup a calendar day', () => {
    expect(automaticBackupDue(null, new Date(2026, 11, 3, 18))).toBe(true);
    expect(automaticBackupDue(new Date(2026, 11, 3, 9).toISOString(), new Date(2026, 11, 3, 18))).toBe(false);
    expect(automaticBackupDue(new Date(2026, 11, 2, 23).toISOString(), new Date(2026, 11, 3, 0, 30))).toBe(
      true,
    );
  });

  it('says a backup is too old strictly after N days', () => {
    const last = new Date(2026, 10, 26, 12).toISOString();
    expect(backupTooOld(last, new Date(2026, 11, 3, 8), 7)).toBe(false);
    expect(backupTooOld(last, new Date(2026, 11, 4, 8), 7)).toBe(true);
  });
});
