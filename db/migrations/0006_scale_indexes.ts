/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from 'kysely';

/**
 * Scale without cliffs: what the representatives search, « À faire » and the instances list need
 * to stay fast at 100,000 people.
 *
 * - `representative_fts`: a trigram full-text index over the folded search text, so that a word
 *   of three characters or more is found without reading every row. External content (the text
 *   lives once, in `representative`), kept in step by triggers, so that no service has to
 *   remember it; archiving changes no text, the archived filter reads `representative` itself.
 * - `representative_state_search_idx` (archived_at, search_text): the list of active people in
 *   name order, and a LIKE over it, read from the index alone and stopped after one page.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create virtual table representative_fts using fts5(
    search_text, content='representative', content_rowid='id', tokenize='trigram'
  )`.execute(db);
  await sql`create trigger representative_fts_insert after insert on representative begin
    insert into representative_fts(rowid, search_text) values (new.id, new.search_text);
  end`.execute(db);
  await sql`create trigger representative_fts_delete after delete on representative begin
    insert into representative_fts(representative_fts, rowid, search_text)
      values ('delete', old.id, old.search_text);
  end`.execute(db);
  await sql`create trigger representative_fts_update after update of search_text on representative begin
    insert into representative_fts(representative_fts, rowid, search_text)
      values ('delete', old.id, old.search_text);
    insert into representative_fts(rowid, search_text) values (new.id, new.search_text);
  end`.execute(db);
  await sql`insert into representative_fts(representative_fts) values ('rebuild')`.execute(db);

  await db.schema
    .createIndex('representative_state_search_idx')
    .on('representative')
    .columns(['archived_at', 'search_text'])
    .execute();
}
