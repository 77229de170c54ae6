/** Writing and reading one compte rendu de mandat with its follow-ups and documents. */
import type { ReportDocumentKind } from '../../shared/reports/schemas';
import { personName } from '../../shared/rules/person-name';
import type { Executor } from '../audit';

export interface ReportValues {
  meetingId: number;
  representativeId: number;
  pointsRaised: string | null;
  positionsTaken: string | null;
  confidential: boolean;
  writtenOn: string;
  author: string;
  searchText: string;
}

export async function reportIdOf(
  db: Executor,
  meetingId: number,
  representativeId: number,
): Promise<number | null> {
  const row = await db
    .selectFrom('mandate_report')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('representative_id', '=', representativeId)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function reportRow(db: Executor, id: number) {
  return db
    .selectFrom('mandate_report as mr')
    .innerJoin('representative as r', 'r.id', 'mr.representative_id')
    .selectAll('mr')
    .select(['r.first_name', 'r.last_name'])
    .where('mr.id', '=', id)
    .executeTakeFirst();
}

export async function insertReport(db: Executor, v: ReportValues, at: string): Promise<number> {
  const row = await db
    .insertInto('mandate_report')
    .values({
      meeting_id: v.meetingId,
      representative_id: v.representativeId,
      points_raised: v.pointsRaised,
      positions_taken: v.positionsTaken,
      confidential: v.confidential ? 1 : 0,
      written_on: v.writtenOn,
      author: v.author,
      search_text: v.searchText,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateReport(db: Executor, id: number, v: ReportValues, at: string): Promise<void> {
  await db
    .updateTable('mandate_report')
    .set({
      points_raised: v.pointsRaised,
      positions_taken: v.positionsTaken,
      confidential: v.confidential ? 1 : 0,
      written_on: v.writtenOn,
      author: v.author,
      search_text: v.searchText,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteReport(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('mandate_report').where('id', '=', id).execute();
}

// ------------------------------------------------------------------ follow-ups

export interface FollowUpValues {
  description: string;
  dueOn: string | null;
  ownerId: number | null;
  ownerText: string | null;
  doneOn: string | null;
}

const followUpColumns = (v: FollowUpValues) => ({
  description: v.description,
  due_on: v.dueOn,
  owner_representative_id: v.ownerId,
  owner_text: v.ownerText,
  done_on: v.doneOn,
});

export async function followUpIdsOf(db: Executor, reportId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('report_follow_up')
    .select('id')
    .where('report_id', '=', reportId)
    .execute();
  return rows.map((r) => r.id);
}

export async function insertFollowUp(db: Executor, reportId: number, v: FollowUpValues, at: string) {
  await db
    .insertInto('report_follow_up')
    .values({ report_id: reportId, ...followUpColumns(v), created_at: at, updated_at: at })
    .execute();
}

export async function updateFollowUp(db: Executor, id: number, v: FollowUpValues, at: string) {
  await db
    .updateTable('report_follow_up')
    .set({ ...followUpColumns(v), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteFollowUp(db: Executor, id: number) {
  await db.deleteFrom('report_follow_up').where('id', '=', id).execute();
}

export async function setFollowUpDone(db: Executor, id: number, doneOn: string | null, at: string) {
  await db
    .updateTable('report_follow_up')
    .set({ done_on: doneOn, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function followUpRow(db: Executor, id: number) {
  return db.selectFrom('report_follow_up').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The follow-ups of a report, by due date (those without a date last), then as written. */
export async function followUpsOf(db: Executor, reportId: number) {
  const rows = await db
    .selectFrom('report_follow_up as f')
    .leftJoin('representative as p', 'p.id', 'f.owner_representative_id')
    .selectAll('f')
    .select(['p.first_name as owner_first_name', 'p.last_name as owner_last_name'])
    .where('f.report_id', '=', reportId)
    .orderBy((eb) => eb.case().when('f.due_on', 'is', null).then(1).else(0).end())
    .orderBy('f.due_on')
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({ ...r, owner_name: ownerName(r) }));
}

export function ownerName(r: {
  owner_text: string | null;
  owner_first_name: string | null;
  owner_last_name: string | null;
}): string | null {
  if (r.owner_first_name !== null || r.owner_last_name !== null)
    return personName(r.owner_first_name ?? '', r.owner_last_name ?? '');
  return r.owner_text;
}

// ------------------------------------------------------------------ documents

export async function attachDocument(
  db: Executor,
  reportId: number,
  hash: string,
  kind: ReportDocumentKind,
  at: string,
): Promise<void> {
  await db
    .insertInto('report_document')
    .values({ report_id: reportId, file_hash: hash, kind, created_at: at })
    .onConflict((oc) => oc.columns(['report_id', 'file_hash']).doUpdateSet({ kind }))
    .execute();
}

export async function detachDocument(db: Executor, reportId: number, hash: string): Promise<void> {
  await db
    .deleteFrom('report_document')
    .where('report_id', '=', reportId)
    .where('file_hash', '=', hash)
    .execute();
}

export async function isDocumentOf(db: Executor, reportId: number, hash: string): Promise<boolean> {
  const row = await db
    .selectFrom('report_document')
    .select('report_id')
    .where('report_id', '=', reportId)
    .where('file_hash', '=', hash)
    .executeTakeFirst();
  return row !== undefined;
}

export async function documentsOf(db: Executor, reportId: number) {
  return db
    .selectFrom('report_document as d')
    .innerJoin('stored_file as f', 'f.hash', 'd.file_hash')
    .select(['f.hash', 'd.kind', 'f.mime', 'f.size', 'f.original_name'])
    .where('d.report_id', '=', reportId)
    .orderBy('d.created_at')
    .orderBy('f.hash')
    .execute();
}

/** The reports written for a meeting, with their counts of open follow-ups and documents. */
export async function reportsOfMeeting(db: Executor, meetingId: number) {
  return db
    .selectFrom('mandate_report as mr')
    .select((eb) => [
      'mr.id',
      'mr.representative_id',
      'mr.written_on',
      'mr.confidential',
      eb
        .selectFrom('report_follow_up as f')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('f.report_id', '=', 'mr.id')
        .where('f.done_on', 'is', null)
        .as('open_follow_ups'),
      eb
        .selectFrom('report_document as d')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('d.report_id', '=', 'mr.id')
        .as('document_count'),
    ])
    .where('mr.meeting_id', '=', meetingId)
    .execute();
}
