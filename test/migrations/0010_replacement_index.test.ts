import { CompiledQuery } from 'kysely';
import { openDatabase } from '../../db/connection';

describe('migration 0010 (who replaced whom, by index)', () => {
  it('reads the replacements of a period from the replaced lines, not from every meeting of the period', async () => {
    const open = await openDatabase(':memory:');
    const { db } = open;
    // The statement the congé warnings run (db/meetings/attendance.ts, replacementsInPeriod).
    const query = db
      .selectFrom('attendance as a')
      .crossJoin('meeting as m')
      .whereRef('m.id', '=', 'a.meeting_id')
      .select(['a.meeting_id', 'a.replaced_by_id'])
      .where('a.status', '=', 'remplace')
      .where('a.replaced_by_id', 'is not', null)
      .where('m.date', '>=', '2026-01-01')
      .where('m.date', '<=', '2026-12-31')
      .compile();
    const plan = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    expect(plan.rows.map((r) => r.detail)).toEqual([
      expect.stringContaining('USING INDEX attendance_replaced_by_idx'),
      expect.stringContaining('USING INTEGER PRIMARY KEY'),
    ]);
    await open.close();
  });
});
