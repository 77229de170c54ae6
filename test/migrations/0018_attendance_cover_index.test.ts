import { CompiledQuery } from 'kysely';
import { openDatabase } from '../../db/connection';

describe('migration 0018 (attendance summed from the index alone)', () => {
  it('reads who was expected, who sat and their own times of a meeting without visiting the table', async () => {
    const open = await openDatabase(':memory:');
    // The shape of the dashboard's meetings aggregate (db/indicators/meeting-figures.ts).
    const plan = await open.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(
        `explain query plan select mt.id, sum(a.non_mandated = 0), sum(a.status in ('present', 'distance')),
          sum(coalesce(a.end_time, mt.end_time) > coalesce(a.start_time, mt.start_time))
         from meeting mt left join attendance a on a.meeting_id = mt.id
         where mt.date between '2025-01-01' and '2025-12-31' group by mt.id`,
      ),
    );
    expect(plan.rows.map((r) => r.detail)).toContainEqual(
      expect.stringContaining('USING COVERING INDEX attendance_meeting_cover_idx'),
    );
    await open.close();
  });
});
