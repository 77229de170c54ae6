/** Snapshots of issued documents (table issued_document, migration 0014). */
import type { Executor } from '../audit';

export interface IssuedDocumentRow {
  id: number;
  variant: string;
  fileHash: string | null;
  data: string;
  createdAt: string;
}

const columns = ['id', 'variant', 'file_hash', 'data', 'created_at'] as const;

const toRow = (r: {
  id: number;
  variant: string;
  file_hash: string | null;
  data: string;
  created_at: string;
}) => ({
  id: r.id,
  variant: r.variant,
  fileHash: r.file_hash,
  data: r.data,
  createdAt: r.created_at,
});

/** The snapshot of this state of the document, else the first one taken (what was issued). */
export async function findSnapshot(
  db: Executor,
  kind: string,
  recordId: number,
  variant: string,
): Promise<{ exact: IssuedDocumentRow | null; first: IssuedDocumentRow | null }> {
  const rows = await db
    .selectFrom('issued_document')
    .select(columns)
    .where('kind', '=', kind)
    .where('record_id', '=', recordId)
    .orderBy('id')
    .execute();
  const exact = rows.find((r) => r.variant === variant);
  return { exact: exact ? toRow(exact) : null, first: rows[0] ? toRow(rows[0]) : null };
}

/** Records a state of the document; a second call for the same state keeps the first. */
export async function insertSnapshot(
  db: Executor,
  row: { kind: string; recordId: number; variant: string; data: string; fileHash: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('issued_document')
    .values({
      kind: row.kind,
      record_id: row.recordId,
      variant: row.variant,
      data: row.data,
      file_hash: row.fileHash,
      created_at: row.at,
    })
    .onConflict((oc) => oc.columns(['kind', 'record_id', 'variant']).doNothing())
    .execute();
}

export async function setSnapshotFile(db: Executor, id: number, fileHash: string): Promise<void> {
  await db
    .updateTable('issued_document')
    .set({ file_hash: fileHash })
    .where('id', '=', id)
    .where('file_hash', 'is', null)
    .execute();
}

export function snapshotsOfRecord(db: Executor, kind: string, recordId: number) {
  return db
    .selectFrom('issued_document')
    .select(columns)
    .where('kind', '=', kind)
    .where('record_id', '=', recordId)
    .orderBy('id')
    .execute();
}

/** An erasure: new data, the old bytes dropped (they are printed again from the data). */
export async function redactSnapshot(db: Executor, id: number, data: string, at: string): Promise<void> {
  await db
    .updateTable('issued_document')
    .set({ data, file_hash: null, redacted_at: at })
    .where('id', '=', id)
    .execute();
}
