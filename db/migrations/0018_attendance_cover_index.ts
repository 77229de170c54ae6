/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from 'kysely';

/**
 * The dashboard sums, meeting by meeting, who was expected, who sat and for how long. Through the
 * unique (meeting_id, representative_id) index SQLite then read each attendance row from the table
 * (≈ 200,000 for two years on the bench data set); with status, mandate flag and own times in the
 * index, the year's meetings are answered from the index alone (903 → 536 ms for that statement
 * on the bench host under load, the larger part of the dashboard). Costs one more index entry per
 * attendance row written.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('attendance_meeting_cover_idx')
    .on('attendance')
    .columns(['meeting_id', 'status', 'non_mandated', 'start_time', 'end_time'])
    .execute();
}
