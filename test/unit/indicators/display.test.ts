/** How figures and their evolution are said, and the formation de base's due calendar. */
import { figureDef, figures } from '../../../shared/indicators/catalogue';
import { evolution, valueDetail, valueText } from '../../../shared/indicators/display';
import { dueCalendar } from '../../../shared/indicators/due-calendar';
import { addMonths } from '../../../shared/rules/dates';

const NBSP = '\u00A0';

describe('figures said in French', () => {
  it('counts agree with their number, durations and amounts are typeset', () => {
    expect(valueText(figureDef('engagedPeople'), { value: 1, of: null })).toBe('1 personne');
    expect(valueText(figureDef('engagedPeople'), { value: 1234, of: null })).toBe('1\u202F234 personnes');
    expect(valueText(figureDef('representationHours'), { value: 810, of: null })).toBe(`13${NBSP}h${NBSP}30`);
    expect(valueText(figureDef('claimsPaid'), { value: 123456, of: 3 })).toBe(`1\u202F234,56${NBSP}€`);
    expect(valueDetail(figureDef('claimsPaid'), { value: 123456, of: 1 })).toBe('1 note de frais');
    expect(valueText(figureDef('congeUsed'), { value: 3, of: 2 })).toBe('1,5 jour');
  });

  it('a part of a whole reads as a percentage and « x sur y »', () => {
    expect(valueText(figureDef('attendanceRate'), { value: 4, of: 6 })).toBe(`67${NBSP}%`);
    expect(valueDetail(figureDef('seats'), { value: 4, of: 6 })).toBe('4 sièges sur 6');
    expect(valueText(figureDef('seats'), { value: 0, of: 0 })).toBe('—');
  });

  it('the evolution says the difference in the figure’s unit, points for a rate', () => {
    expect(
      evolution(figureDef('engagedPeople'), { value: 5, of: null }, { value: 4, of: null }, '2024'),
    ).toEqual({
      trend: 'hausse',
      text: '↑ +1 personne par rapport à 2024',
    });
    expect(
      evolution(figureDef('attendanceRate'), { value: 4, of: 6 }, { value: 1, of: 1 }, '2024').text,
    ).toBe('↓ −33 points par rapport à 2024');
    expect(
      evolution(figureDef('claimsPaid'), { value: 2500, of: 1 }, { value: 2500, of: 1 }, '2024').text,
    ).toBe('= stable par rapport à 2024');
    expect(
      evolution(figureDef('seats'), { value: 1, of: 2 }, { value: 0, of: 0 }, 'la période précédente').trend,
    ).toBe('sans');
  });

  it('every figure of the catalogue has a definition saying what is counted', () => {
    for (const f of figures) expect(f.definition.length).toBeGreaterThan(80);
  });
});

describe('the formation de base’s due calendar', () => {
  it('holds exactly the first-mandate starts whose due date, by addMonths, lies in the period', () => {
    const period = { from: '2026-02-01', to: '2026-03-31', until: '2026-03-31', label: '' };
    const calendar = dueCalendar(period, 6);
    // 31/08/2025 + 6 months falls on 28/02/2026 (clamped), 01/10/2025 on 01/04 (out).
    expect(calendar).toContainEqual(['2025-08-31', '2026-02-28']);
    expect(calendar.find(([start]) => start === '2025-10-01')).toBeUndefined();
    for (const [start, due] of calendar) expect(addMonths(start, 6)).toBe(due);
    // Every day from 01/07/2025 to 31/10/2025 either is in the calendar or falls due outside.
    for (let d = new Date('2025-07-01'); d <= new Date('2025-10-31'); d.setUTCDate(d.getUTCDate() + 1)) {
      const start = d.toISOString().slice(0, 10);
      const due = addMonths(start, 6);
      const inside = due >= period.from && due <= period.to;
      expect(calendar.some(([s]) => s === start)).toBe(inside);
    }
  });
});
