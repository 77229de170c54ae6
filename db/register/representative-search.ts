/**
 * « Every word typed is found somewhere in the folded text of a person », as conditions on
 * `representative`, in the two shapes that keep a keystroke fast at 100,000 people:
 *
 * - `indexedMatch`: the words of three characters or more looked up in the trigram index
 *   `representative_fts` (migration 0006). Best when few people match: the rows come from the
 *   index, whatever the size of the register.
 * - `scanMatch`: `LIKE '%word%'` on every word. Best when many people match: read in name order
 *   through the (archived_at, search_text) index, a page is found after a few hundred entries,
 *   whereas the trigram index would hand over every match to be fetched and sorted.
 *
 * Both say exactly the same thing (a trigram phrase matches the same substrings as LIKE on the
 * same folded text); the repository picks one per request from the size of the trigram answer.
 * This file and db/id-list.ts hold the SQLite-specific spellings of the repositories; a
 * PostgreSQL dialect would use pg_trgm (`search_text like …` over a GIN trigram index) here.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../audit';

/** Words shorter than this cannot be cut into trigrams: they are always matched with LIKE. */
const MIN_TRIGRAM = 3;

/** A phrase of FTS5's query syntax, quotes doubled: nothing typed becomes an operator. */
const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

function likeOf(term: string): RawBuilder<boolean> {
  // ESCAPE makes % and _ typed by the user plain characters (standard SQL, also PostgreSQL).
  const pattern = `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`representative.search_text like ${pattern} escape '\\'`;
}

export const indexableTerms = (terms: readonly string[]) => terms.filter((t) => t.length >= MIN_TRIGRAM);

function ftsQuery(terms: readonly string[]): string {
  return indexableTerms(terms).map(phrase).join(' ');
}

/**
 * How many people the trigram index finds for the words, counting no further than `cap`
 * (the archived filter and the short words are not applied: an upper bound of the answer).
 */
export async function indexedCandidates(
  db: Executor,
  terms: readonly string[],
  cap: number,
): Promise<number> {
  const row = await sql<{ n: number }>`select count(*) as n from
    (select rowid from representative_fts where representative_fts match ${ftsQuery(terms)} limit ${cap})`.execute(
    db,
  );
  return Number(row.rows[0]?.n ?? 0);
}

/** The words as conditions answered by the trigram index (short words by LIKE on its rows). */
export function indexedMatch(terms: readonly string[]): RawBuilder<boolean>[] {
  const conditions: RawBuilder<boolean>[] = [];
  if (indexableTerms(terms).length > 0) {
    conditions.push(
      sql<boolean>`representative.id in (select rowid from representative_fts where representative_fts match ${ftsQuery(terms)})`,
    );
  }
  for (const term of terms) if (term.length < MIN_TRIGRAM) conditions.push(likeOf(term));
  return conditions;
}

/** The words as LIKE conditions, read along whatever index gives the order. */
export function scanMatch(terms: readonly string[]): RawBuilder<boolean>[] {
  return terms.map(likeOf);
}
