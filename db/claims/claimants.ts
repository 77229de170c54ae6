/** The people claims are made for, as the claims domain reads them: their record, vehicles and meetings. */
import type { ClaimVehicle } from '../../shared/claims/types';
import type { VehicleKind } from '../../shared/register/representative';
import type { Executor } from '../audit';
import { idList } from '../id-list';
import type { Engagement } from '../../shared/meetings/engagement';
import { engagementColumns, engagementOf } from '../meetings/engagement';

export async function claimantRow(db: Executor, id: number) {
  return db.selectFrom('representative').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ClaimantRow = NonNullable<Awaited<ReturnType<typeof claimantRow>>>;

/** The register's vehicles of a person, archived ones included, in the order they were recorded. */
export async function vehicleRowsOf(db: Executor, representativeId: number) {
  return db
    .selectFrom('vehicle')
    .selectAll()
    .where('representative_id', '=', representativeId)
    .orderBy('id')
    .execute();
}

export async function claimVehiclesOf(db: Executor, representativeId: number): Promise<ClaimVehicle[]> {
  return (await vehicleRowsOf(db, representativeId)).map((v) => ({
    id: v.id,
    label: v.label,
    kind: v.kind as VehicleKind,
    fiscalPowerCv: v.fiscal_power_cv,
    electric: v.electric === 1,
    plate: v.plate,
    archived: v.archived_at !== null,
  }));
}

/** Meetings of instances and sessions of actions by id, with what they belong to, in one query. */
export async function meetingsByIds(
  db: Executor,
  ids: Iterable<number>,
): Promise<Array<{ id: number; date: string; title: string | null; engagement: Engagement }>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return [];
  const rows = await db
    .selectFrom('meeting as m')
    .select(['m.id', 'm.date', 'm.title', 'm.action_id', ...engagementColumns()])
    .where('m.id', 'in', idList(list))
    .execute();
  return rows.map((r) => ({ id: r.id, date: r.date, title: r.title, engagement: engagementOf(r) }));
}
