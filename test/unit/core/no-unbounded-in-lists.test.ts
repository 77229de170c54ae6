/**
 * Every `where(column, 'in', …)` of the main process and the repositories takes either a fixed
 * list written in the code (statuses, kinds) or `idList(…)`: a list built from the user's rows
 * would bind one SQL variable per row and break past SQLite's limit (see db/id-list.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** What may follow `'in',`: idList(…), a literal list of strings, or a constant list of statuses. */
const allowed = /^(idList\(|\[\s*'|\[\s*\.\.\.[A-Z_]+\]|[a-z]+Roles\b|roles\b)/;

function offendingInLists(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/'(?:in|not in)',\s*/g)) {
    const rest = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 60);
    if (!allowed.test(rest)) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push(`${path.relative(root, file)}:${line}: ${rest.split('\n')[0]}`);
    }
  }
  return found;
}

describe('id lists in queries', () => {
  it('are passed through idList(), never spread into IN (…)', () => {
    const files = [...sources(path.join(root, 'electron')), ...sources(path.join(root, 'db'))];
    expect(files.flatMap(offendingInLists)).toEqual([]);
  });

  it('the check itself catches a list of ids built from rows', () => {
    const probe = path.join(root, 'test', 'fixtures', 'unbounded-in-list.sample.ts');
    expect(offendingInLists(probe)).toHaveLength(1);
  });
});
