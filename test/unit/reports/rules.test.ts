import {
  confidentialLeftOutNote,
  expectedReportMeetings,
  followUpState,
  reportExcerpt,
} from '../../../shared/reports/report-rules';

describe('where a follow-up stands', () => {
  const today = '2026-11-22';
  it('is done once a day is recorded, whatever its due date', () => {
    expect(followUpState({ dueOn: '2026-01-01', doneOn: '2026-02-01' }, today, 15)).toBe('fait');
  });
  it('is late the day after its due date, not on it', () => {
    expect(followUpState({ dueOn: '2026-11-21', doneOn: null }, today, 15)).toBe('en_retard');
    expect(followUpState({ dueOn: '2026-11-22', doneOn: null }, today, 15)).toBe('a_echeance');
  });
  it('is « à échéance » within the window of « À faire », to do beyond it or without a date', () => {
    expect(followUpState({ dueOn: '2026-12-07', doneOn: null }, today, 15)).toBe('a_echeance');
    expect(followUpState({ dueOn: '2026-12-08', doneOn: null }, today, 15)).toBe('a_faire');
    expect(followUpState({ dueOn: null, doneOn: null }, today, 15)).toBe('a_faire');
  });
});

describe('expected reports', () => {
  it('are those of meetings held at least N days ago, within the last twelve months', () => {
    expect(expectedReportMeetings('2026-11-22', 15)).toEqual({ from: '2025-11-22', to: '2026-11-07' });
    expect(expectedReportMeetings('2026-11-22', 0)).toEqual({ from: '2025-11-22', to: '2026-11-22' });
  });
});

describe('a confidential report', () => {
  const base = { pointsRaised: 'Délais des urgences', positionsTaken: 'Contre la fermeture de nuit' };
  it('shows nothing of its content in a list', () => {
    expect(reportExcerpt({ ...base, confidential: true })).toBeNull();
    expect(reportExcerpt({ ...base, confidential: false })).toBe(
      'Délais des urgences — Contre la fermeture de nuit',
    );
  });
  it('is shortened in a list when long', () => {
    const long = reportExcerpt(
      { pointsRaised: 'mot '.repeat(100), positionsTaken: null, confidential: false },
      40,
    );
    expect(long).toHaveLength(40);
    expect(long?.endsWith('…')).toBe(true);
  });
  it('is left out of the compte rendu d’activité, which says how many were, in real plural', () => {
    expect(confidentialLeftOutNote(0)).toBeNull();
    expect(confidentialLeftOutNote(1)).toBe('1 compte rendu confidentiel ne figure pas dans ce document.');
    expect(confidentialLeftOutNote(3)).toBe(
      '3 comptes rendus confidentiels ne figurent pas dans ce document.',
    );
  });
});
