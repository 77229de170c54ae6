/**
 * What the migrations actually build: every table and column of a migrated database as SQLite
 * reports them (`PRAGMA table_list` / `table_xinfo`), and a readable text dump of the schema for
 * the committed snapshot. Used by test/migrations/schema-types.test.ts.
 */
import { sql, type Kysely } from 'kysely';

export interface SqlColumn {
  name: string;
  /** As written in the migration (`integer`, `text`, `blob`…), '' when none was given. */
  declaredType: string;
  notNull: boolean;
  /** The DEFAULT expression as SQL text, null when there is none. */
  defaultValue: string | null;
  /** Position in the primary key (1-based), 0 when not part of it. */
  pk: number;
  /** `integer primary key autoincrement`: SQLite gives the value. */
  autoincrement: boolean;
  /** A generated column (`generated always as …`): never written. */
  generated: boolean;
  /** The values allowed by a `check (column in (…))` constraint, null when there is none. */
  allowedValues: string[] | null;
}

export interface SqlTable {
  name: string;
  /** FTS and other virtual tables are compared by their columns only (their types are not declared). */
  virtual: boolean;
  columns: SqlColumn[];
}

interface TableListRow {
  schema: string;
  name: string;
  type: string;
}

interface TableXInfoRow {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
  hidden: number;
}

/** `check (status in ('a', 'b'))` or `check ("status" in ('a', 'b'))`, anywhere in the CREATE TABLE. */
function allowedValuesByColumn(createSql: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const pattern = /check\s*\(\s*"?(\w+)"?\s+in\s*\(([^)]*)\)\s*\)/gi;
  for (const match of createSql.matchAll(pattern)) {
    const [, column, list] = match;
    if (!column || list === undefined) continue;
    const values = [...list.matchAll(/'((?:[^']|'')*)'/g)].map((v) => (v[1] ?? '').replace(/''/g, "'"));
    found.set(column, values);
  }
  return found;
}

function isAutoincrement(createSql: string, column: string): boolean {
  const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`"?${escaped}"?\\s+integer\\s+primary\\s+key\\s+autoincrement`, 'i').test(createSql);
}

/** Every user table of the main schema (SQLite's own `sqlite_*` tables and FTS shadow tables left out). */
export async function readMigratedSchema(db: Kysely<unknown>): Promise<SqlTable[]> {
  const list = await sql<TableListRow>`pragma table_list`.execute(db);
  const tables = list.rows
    .filter((t) => t.schema === 'main' && (t.type === 'table' || t.type === 'virtual'))
    .filter((t) => !t.name.startsWith('sqlite_'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const result: SqlTable[] = [];
  for (const table of tables) {
    const master = await sql<{
      sql: string;
    }>`select sql from sqlite_master where name = ${table.name}`.execute(db);
    const createSql = master.rows[0]?.sql ?? '';
    const checks = allowedValuesByColumn(createSql);
    const info = await sql<TableXInfoRow>`select * from pragma_table_xinfo(${table.name})`.execute(db);
    result.push({
      name: table.name,
      virtual: table.type === 'virtual',
      columns: info.rows
        // hidden = 1: the hidden columns of a virtual table (an FTS table's own name, rank); 2 and 3 are generated columns.
        .filter((c) => c.hidden !== 1)
        .map((c) => ({
          name: c.name,
          declaredType: c.type,
          notNull: c.notnull === 1,
          defaultValue: c.dflt_value,
          pk: c.pk,
          autoincrement: isAutoincrement(createSql, c.name),
          generated: c.hidden === 2 || c.hidden === 3,
          allowedValues: checks.get(c.name) ?? null,
        })),
    });
  }
  return result;
}

/** Splits `a, b (c, d), 'e, f'` on the commas that are not inside parentheses or quotes. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const char of body) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** One column or constraint per line, so that a changed column is one changed line in a diff. */
function formatCreateTable(createSql: string): string {
  const open = createSql.indexOf('(');
  const close = createSql.lastIndexOf(')');
  if (open < 0 || close < open) return createSql;
  const head = createSql.slice(0, open).trim();
  const tail = createSql.slice(close + 1).trim();
  const items = splitTopLevel(createSql.slice(open + 1, close));
  return `${head} (\n${items.map((item) => `  ${item}`).join(',\n')}\n)${tail ? ` ${tail}` : ''}`;
}

const typeOrder: Record<string, number> = { table: 0, index: 1, trigger: 2, view: 3 };

/**
 * The migrated schema as text: each table (one column per line) followed by its indexes and
 * triggers, tables in alphabetical order. Committed as test/migrations/schema.snapshot.sql.
 */
export async function schemaSnapshot(db: Kysely<unknown>, version: number): Promise<string> {
  const rows = await sql<{ type: string; name: string; tbl_name: string; sql: string }>`
    select type, name, tbl_name, sql from sqlite_master
    where sql is not null and name not like 'sqlite_%'`.execute(db);
  // FTS shadow tables (`<name>_data`, `_idx`…) are created by their virtual table: listing the latter says it all.
  const shadow = new Set(
    (
      await sql<{ name: string }>`select name from pragma_table_list where type = 'shadow'`.execute(db)
    ).rows.map((r) => r.name),
  );
  const objects = rows.rows
    .filter((r) => !shadow.has(r.tbl_name))
    .sort(
      (a, b) =>
        a.tbl_name.localeCompare(b.tbl_name) ||
        (typeOrder[a.type] ?? 9) - (typeOrder[b.type] ?? 9) ||
        a.name.localeCompare(b.name),
    );
  const statements = objects.map((o) => `${o.type === 'table' ? formatCreateTable(o.sql) : o.sql};`);
  return [
    '-- The database schema after every migration, written by test/migrations/schema-types.test.ts.',
    '-- Do not edit: after adding a migration, regenerate it with',
    '--   UPDATE_SCHEMA_SNAPSHOT=1 npx jest test/migrations/schema-types.test.ts',
    `-- Schema version ${version}.`,
    '',
    statements.join('\n\n'),
    '',
  ].join('\n');
}
