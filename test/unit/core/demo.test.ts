import { loadDemoData } from '../../../demo';
import { createTestApp } from '../../helpers/context';

describe('the demo data set', () => {
  it.each([
    '2026-11-22T10:00:00.000Z',
    '2026-12-03T16:00:00.000Z',
    '2027-03-15T10:00:00.000Z',
    '2028-01-02T10:00:00.000Z',
  ])(
    'loads completely on %s, with claims in the year of the date',
    async (now) => {
      const app = await createTestApp(now);
      await loadDemoData(app.ctx);
      const count = async (table: 'representative' | 'instance' | 'mandate' | 'meeting' | 'claim') =>
        (
          await app.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n;
      // 30 representatives, and 4 people engaged in actions (patient partners, a pair-aidante, a volunteer).
      expect(await count('representative')).toBe(34);
      expect(await count('instance')).toBeGreaterThanOrEqual(15);
      expect(await count('mandate')).toBeGreaterThan(20);
      expect(await count('meeting')).toBeGreaterThan(100);
      expect(await count('claim')).toBeGreaterThan(10);
      await app.close();
    },
    60_000,
  );

  it('refuses to load into a database that already holds data', async () => {
    const app = await createTestApp();
    await loadDemoData(app.ctx);
    await expect(loadDemoData(app.ctx)).rejects.toThrow('déjà des données');
    await app.close();
  });
});
