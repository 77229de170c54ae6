/**
 * A list of ids bound as ONE parameter, for `where(column, 'in', idList(ids))`.
 *
 * Why: `IN (?, ?, …)` built from the user's rows binds one variable per id, and SQLite refuses a
 * statement with more than 32,766 of them (« too many SQL variables »): « À faire » and the relevés
 * failed past that many employed people. json_each reads the same list from a single JSON text,
 * whatever its length, and the statement text stays the same for every size.
 * This is the one SQLite-specific spelling of an id list; a PostgreSQL dialect would use
 * `select unnest(?::int[])` here.
 */
import { sql, type RawBuilder } from 'kysely';

export function idList(ids: Iterable<number>): RawBuilder<number> {
  const list: number[] = [];
  for (const id of ids) {
    // Ids come from our own queries; refusing anything else keeps the JSON text honest.
    if (!Number.isSafeInteger(id)) throw new TypeError(`Identifiant invalide : ${String(id)}`);
    list.push(id);
  }
  return sql<number>`(select value from json_each(${JSON.stringify(list)}))`;
}
