import { createTestApp } from '../../helpers/context';
import { loadRegisterDemo } from '../../../demo/register';
import { currentCduCycleStart } from '../../../demo/register-cdu';
import { getTodo } from '../../../electron/todo/todo';
import { person } from './fixtures';

describe('register demo data', () => {
  it.each(['2025-12-01', '2026-11-22', '2028-11-29', '2031-03-15'])(
    'loads on %s with terms ending soon, vacant seats and instances below target',
    async (day) => {
      const app = await createTestApp(`${day}T10:00:00.000Z`);
      try {
        for (let i = 0; i < 30; i += 1) await person(app.ctx, `Personne${i}`);
        await loadRegisterDemo(app.ctx);
        const todo = await getTodo(app.ctx);
        expect(todo.instanceCount).toBe(15);
        expect(todo.expiring.count).toBeGreaterThanOrEqual(5);
        expect(todo.expiring.lines.every((e) => e.daysLeft >= 0 && e.daysLeft <= 90)).toBe(true);
        expect(todo.vacancies.count).toBeGreaterThanOrEqual(4);
        expect(todo.belowTarget.count).toBeGreaterThanOrEqual(1);
      } finally {
        await app.close();
      }
    },
  );

  it('follows the 3-year CDU cycle starting 1 December 2025', () => {
    expect(currentCduCycleStart('2026-11-22')).toBe('2025-12-01');
    expect(currentCduCycleStart('2025-11-30')).toBe('2022-12-01');
    expect(currentCduCycleStart('2028-12-01')).toBe('2028-12-01');
  });
});
