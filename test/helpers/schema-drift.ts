/**
 * Where the hand-written table types (db/schema/*.ts) and the migrated database disagree. Each
 * problem names the table and column, says what the database has and what the type says, so that
 * whoever adds a migration knows which line of db/schema to change.
 */
import type { DeclaredColumn, DeclaredTable, ValueKind } from './declared-schema';
import type { SqlColumn, SqlTable } from './migrated-schema';

/** SQLite's type affinity rules (https://sqlite.org/datatype3.html §3.1), mapped to the TypeScript value. */
export function expectedKind(declaredType: string): ValueKind {
  const type = declaredType.toUpperCase();
  if (type.includes('INT')) return 'number';
  if (type.includes('CHAR') || type.includes('CLOB') || type.includes('TEXT')) return 'string';
  if (type === '' || type.includes('BLOB')) return 'Buffer';
  return 'number';
}

/** `integer primary key` alone is the rowid: SQLite fills it when the insert leaves it out. */
function isRowid(table: SqlTable, column: SqlColumn): boolean {
  return (
    column.pk === 1 &&
    column.declaredType.toUpperCase() === 'INTEGER' &&
    table.columns.every((c) => c.pk <= 1)
  );
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(' | ');

export interface DriftOptions {
  /**
   * `table.column` → why the code must always give it although the database has a DEFAULT:
   * such a column stays required on insert (not Generated<>), so no insert can forget it.
   */
  requiredOnInsert?: Readonly<Record<string, string>>;
}

function columnProblems(
  table: SqlTable,
  column: SqlColumn,
  declared: DeclaredColumn,
  where: string,
  options: DriftOptions,
): string[] {
  const at = `${table.name}.${column.name} — ${where}, ${column.name}: ${declared.text}`;
  const problems: string[] = [];
  if (!table.virtual) {
    const kind = expectedKind(column.declaredType);
    const wrong = declared.kinds.filter((k) => k !== kind);
    if (wrong.length > 0 || declared.kinds.length === 0) {
      problems.push(
        `${at}: the column is ${column.declaredType || 'untyped'} in SQL, so its type must be a ${kind}`,
      );
    }
  }
  // A key column never holds NULL here, even where SQLite's legacy rules would let a text key be null.
  const sqlNullable = !column.notNull && column.pk === 0;
  // An FTS column is untyped and never NULL once the triggers fill it: only its presence is compared.
  if (table.virtual) return problems;
  if (sqlNullable && !declared.nullable) {
    problems.push(`${at}: the column accepts NULL (no NOT NULL) but its type has no \`| null\``);
  }
  if (!sqlNullable && declared.nullable) {
    problems.push(`${at}: the column is NOT NULL but its type says \`| null\``);
  }
  const filledByDatabase = column.defaultValue !== null || column.autoincrement || column.generated;
  const required = options.requiredOnInsert?.[`${table.name}.${column.name}`] !== undefined;
  if (column.notNull && filledByDatabase && !declared.generated && !required) {
    const why = column.defaultValue !== null ? `DEFAULT ${column.defaultValue}` : 'a value given by SQLite';
    problems.push(`${at}: the column has ${why}, so its type must be Generated<…> (optional on insert)`);
  }
  if (declared.generated && !filledByDatabase && !isRowid(table, column)) {
    problems.push(
      `${at}: the type is Generated<…> but the column has no DEFAULT: an insert without it would fail`,
    );
  }
  if (column.allowedValues) {
    if (!declared.literals) {
      problems.push(
        `${at}: the column only accepts ${quoted(column.allowedValues)} (CHECK), so its type must be that union`,
      );
    } else if (!sameValues(column.allowedValues, declared.literals)) {
      problems.push(
        `${at}: the CHECK allows ${quoted(column.allowedValues)} but the type allows ${quoted(declared.literals)}`,
      );
    }
  }
  return problems;
}

/** Every disagreement between the migrated database and the `Database` interface; empty when none. */
export function schemaDrift(
  sqlTables: readonly SqlTable[],
  declaredTables: readonly DeclaredTable[],
  options: DriftOptions = {},
): string[] {
  const problems: string[] = [];
  const declaredByName = new Map(declaredTables.map((t) => [t.name, t]));
  const sqlNames = new Set(sqlTables.map((t) => t.name));
  for (const table of sqlTables) {
    const declared = declaredByName.get(table.name);
    if (!declared) {
      // A virtual table (full-text index) may be queried with raw SQL only, without a Kysely type.
      if (!table.virtual) {
        problems.push(
          `${table.name}: the migrations create this table but the Database interface (db/schema/*.ts) has no such table`,
        );
      }
      continue;
    }
    const declaredColumns = new Map(declared.columns.map((c) => [c.name, c]));
    for (const column of table.columns) {
      const declaredColumn = declaredColumns.get(column.name);
      if (!declaredColumn) {
        problems.push(
          `${table.name}.${column.name}: the column exists in the database but not in ${declared.where} (${column.declaredType}${column.notNull ? ' not null' : ''})`,
        );
        continue;
      }
      problems.push(...columnProblems(table, column, declaredColumn, declared.where, options));
    }
    const sqlColumns = new Set(table.columns.map((c) => c.name));
    // A virtual table's rowid and hidden columns (an FTS table's own name, for MATCH) exist without being listed.
    const hidden = table.virtual ? new Set(['rowid', table.name, 'rank']) : new Set<string>();
    for (const column of declared.columns) {
      if (!sqlColumns.has(column.name) && !hidden.has(column.name)) {
        problems.push(
          `${table.name}.${column.name}: ${declared.where} declares this column but no migration creates it`,
        );
      }
    }
  }
  for (const table of declaredTables) {
    if (!sqlNames.has(table.name)) {
      problems.push(`${table.name}: ${table.where} declares this table but no migration creates it`);
    }
  }
  return problems;
}
