/**
 * What the code believes: the tables and columns of the Kysely `Database` interface (db/schema.ts
 * and db/schema/*.ts), read with the TypeScript type checker so that aliases (`Flag`), unions
 * imported from shared/ and `Generated<>` are resolved exactly as the compiler sees them.
 */
import path from 'node:path';
import ts from 'typescript';

export type ValueKind = 'number' | 'string' | 'Buffer';

export interface DeclaredColumn {
  name: string;
  /** The kinds of the non-null members of the selected type; anything else is spelled out. */
  kinds: (ValueKind | `other: ${string}`)[];
  nullable: boolean;
  /** `Generated<>` (or any column type whose insert accepts undefined): the database gives a value. */
  generated: boolean;
  /** The string literals when the type is a union of them (`'present' | 'absent'`), else null. */
  literals: string[] | null;
  /** The type as written by the compiler, for messages. */
  text: string;
}

export interface DeclaredTable {
  name: string;
  /** Where it is declared, e.g. `db/schema/meetings.ts (AttendanceTable)`. */
  where: string;
  columns: DeclaredColumn[];
}

const root = path.resolve(__dirname, '..', '..');

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  // Only the schema and what it imports are needed: no DOM, no jest globals (Node's, for Buffer).
  return { ...parsed.options, noEmit: true, lib: ['lib.es2023.d.ts'], types: ['node'] };
}

/** Parsed files kept between calls: a second reading (with overrides) then only re-checks. */
const parsedFiles = new Map<string, ts.SourceFile>();

function kindOf(type: ts.Type, checker: ts.TypeChecker): ValueKind | `other: ${string}` {
  if (type.flags & ts.TypeFlags.NumberLike) return 'number';
  if (type.flags & ts.TypeFlags.StringLike) return 'string';
  const name = type.getSymbol()?.getName();
  if (name === 'Buffer' || name === 'Uint8Array') return 'Buffer';
  return `other: ${checker.typeToString(type)}`;
}

function describeColumn(symbol: ts.Symbol, checker: ts.TypeChecker): DeclaredColumn {
  const declared = checker.getTypeOfSymbol(symbol);
  // Kysely's ColumnType<S, I, U> (and so Generated<T>) carries its three types as phantom properties.
  const selectSymbol = declared.getProperty('__select__');
  const insertSymbol = declared.getProperty('__insert__');
  const selected = selectSymbol ? checker.getTypeOfSymbol(selectSymbol) : declared;
  const inserted = insertSymbol ? checker.getTypeOfSymbol(insertSymbol) : declared;
  const insertMembers = inserted.isUnion() ? inserted.types : [inserted];
  const generated = insertMembers.some((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Never));
  const members = selected.isUnion() ? selected.types : [selected];
  const nullable = members.some((t) => t.flags & ts.TypeFlags.Null);
  const values = members.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  const literals = values.every((t) => t.isStringLiteral())
    ? values.map((t) => (t as ts.StringLiteralType).value).sort()
    : null;
  return {
    name: symbol.getName(),
    kinds: [...new Set(values.map((t) => kindOf(t, checker)))],
    nullable,
    generated,
    literals: literals && literals.length > 0 ? literals : null,
    text: checker.typeToString(declared),
  };
}

/**
 * Reads the `Database` interface. `overrides` replaces the text of some files (paths relative to
 * the repository root), so that a test can check what a drifted copy of a schema file would give.
 */
export function readDeclaredSchema(overrides: Record<string, string> = {}): DeclaredTable[] {
  const options = compilerOptions();
  const replaced = new Map(Object.entries(overrides).map(([file, text]) => [path.join(root, file), text]));
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => replaced.get(path.resolve(file)) ?? readFile(file);
  host.getSourceFile = (file, language, onError, shouldCreate) => {
    const text = replaced.get(path.resolve(file));
    if (text !== undefined) return ts.createSourceFile(file, text, language, true);
    const cached = parsedFiles.get(file) ?? getSourceFile(file, language, onError, shouldCreate);
    if (cached) parsedFiles.set(file, cached);
    return cached;
  };
  const entry = path.join(root, 'db', 'schema.ts');
  const program = ts.createProgram({ rootNames: [entry], options, host });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const databaseSymbol =
    moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'Database');
  if (!databaseSymbol) throw new Error('db/schema.ts does not export a Database interface');
  const database = checker.getDeclaredTypeOfSymbol(databaseSymbol);
  return checker
    .getPropertiesOfType(database)
    .map((tableSymbol) => {
      const tableType = checker.getTypeOfSymbol(tableSymbol);
      const columns = checker.getPropertiesOfType(tableType).map((c) => describeColumn(c, checker));
      const declaration = tableType.getSymbol()?.declarations?.[0];
      const where = declaration
        ? `${path.relative(root, declaration.getSourceFile().fileName)} (${tableType.getSymbol()?.getName()})`
        : 'db/schema';
      return { name: tableSymbol.getName(), where, columns };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
