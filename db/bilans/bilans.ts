/** Bilans d'action: the record, its typed human resources, its versioned free texts. */
import type { BilanSectionKey } from '../../shared/bilans/sections';
import type { StaffLineData } from '../../shared/bilans/fundings';
import type { Executor } from '../audit';

export async function bilansOfFunding(db: Executor, fundingId: number) {
  return db
    .selectFrom('bilan')
    .selectAll()
    .where('funding_id', '=', fundingId)
    .orderBy('period_from', 'desc')
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
}

export async function getBilan(db: Executor, id: number) {
  return db.selectFrom('bilan').selectAll().where('id', '=', id).executeTakeFirst();
}
export type BilanRow = NonNullable<Awaited<ReturnType<typeof getBilan>>>;

export async function bilanOfPeriod(db: Executor, fundingId: number, from: string, to: string) {
  return db
    .selectFrom('bilan')
    .select('id')
    .where('funding_id', '=', fundingId)
    .where('period_from', '=', from)
    .where('period_to', '=', to)
    .executeTakeFirst();
}

export async function insertBilan(
  db: Executor,
  row: { fundingId: number; from: string; to: string; scope: string },
  at: string,
) {
  const inserted = await db
    .insertInto('bilan')
    .values({
      funding_id: row.fundingId,
      period_from: row.from,
      period_to: row.to,
      scope: row.scope,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateBilan(
  db: Executor,
  id: number,
  row: { from: string; to: string; scope: string },
  at: string,
): Promise<void> {
  await db
    .updateTable('bilan')
    .set({ period_from: row.from, period_to: row.to, scope: row.scope, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteBilan(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('bilan').where('id', '=', id).execute();
}

export async function staffLines(db: Executor, bilanId: number, limit: number) {
  return db
    .selectFrom('bilan_staff')
    .selectAll()
    .where('bilan_id', '=', bilanId)
    .orderBy('position')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countStaffLines(db: Executor, bilanId: number): Promise<number> {
  const row = await db
    .selectFrom('bilan_staff')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bilan_id', '=', bilanId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getStaffLine(db: Executor, id: number) {
  return db.selectFrom('bilan_staff').selectAll().where('id', '=', id).executeTakeFirst();
}

const staffValues = (data: StaffLineData) => ({
  role: data.role,
  people: data.people,
  minutes: data.minutes,
  status: data.status,
  steps: data.steps,
});

export async function insertStaffLine(db: Executor, bilanId: number, data: StaffLineData): Promise<void> {
  const last = await db
    .selectFrom('bilan_staff')
    .select((eb) => eb.fn.max<number>('position').as('p'))
    .where('bilan_id', '=', bilanId)
    .executeTakeFirst();
  await db
    .insertInto('bilan_staff')
    .values({ bilan_id: bilanId, position: Number(last?.p ?? 0) + 1, ...staffValues(data) })
    .execute();
}

export async function updateStaffLine(db: Executor, id: number, data: StaffLineData): Promise<void> {
  await db.updateTable('bilan_staff').set(staffValues(data)).where('id', '=', id).execute();
}

export async function deleteStaffLine(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('bilan_staff').where('id', '=', id).execute();
}

/** The current text of each section: its latest version (one row per section, 14 at most). */
export async function currentSections(db: Executor, bilanId: number) {
  return db
    .selectFrom('bilan_section as s')
    .select(['s.section', 's.version', 's.body', 's.saved_at', 's.saved_by'])
    .where('s.bilan_id', '=', bilanId)
    .where((eb) =>
      eb(
        's.version',
        '=',
        eb
          .selectFrom('bilan_section as l')
          .select((e) => e.fn.max<number>('l.version').as('v'))
          .whereRef('l.bilan_id', '=', 's.bilan_id')
          .whereRef('l.section', '=', 's.section'),
      ),
    )
    .execute();
}

export async function latestSection(db: Executor, bilanId: number, section: BilanSectionKey) {
  return db
    .selectFrom('bilan_section')
    .select(['version', 'body'])
    .where('bilan_id', '=', bilanId)
    .where('section', '=', section)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertSectionVersion(
  db: Executor,
  row: { bilanId: number; section: BilanSectionKey; version: number; body: string; at: string; by: string },
): Promise<void> {
  await db
    .insertInto('bilan_section')
    .values({
      bilan_id: row.bilanId,
      section: row.section,
      version: row.version,
      body: row.body,
      saved_at: row.at,
      saved_by: row.by,
    })
    .execute();
}

/** Every version of one section, the latest first (bounded: a text saved more often is rare). */
export async function sectionVersions(
  db: Executor,
  bilanId: number,
  section: BilanSectionKey,
  limit: number,
) {
  return db
    .selectFrom('bilan_section')
    .select(['version', 'body', 'saved_at', 'saved_by'])
    .where('bilan_id', '=', bilanId)
    .where('section', '=', section)
    .orderBy('version', 'desc')
    .limit(limit)
    .execute();
}
