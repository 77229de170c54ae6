import type { Executor } from './audit';

export interface StoredFileRow {
  hash: string;
  mime: string;
  size: number;
  originalName: string;
  createdAt: string;
}

/** Same content, same hash: a second save of the same bytes keeps the first record. */
export async function insertStoredFile(db: Executor, file: StoredFileRow): Promise<void> {
  await db
    .insertInto('stored_file')
    .values({
      hash: file.hash,
      mime: file.mime,
      size: file.size,
      original_name: file.originalName,
      created_at: file.createdAt,
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .execute();
}

export async function getStoredFile(db: Executor, hash: string): Promise<StoredFileRow | null> {
  const row = await db.selectFrom('stored_file').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (!row) return null;
  return {
    hash: row.hash,
    mime: row.mime,
    size: row.size,
    originalName: row.original_name,
    createdAt: row.created_at,
  };
}
