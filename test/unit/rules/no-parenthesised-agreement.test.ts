/**
 * No text shown to a user may write an agreement or a plural in parentheses (« noté(e) »,
 * « 1 trajet(s) », « Le/La »): the words agree with the civility (shared/rules/agreement.ts) and
 * the counts (shared/rules/plural.ts). The source is read with the TypeScript parser so that only
 * string literals, template parts and JSX text count — not comments, not regular expressions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..', '..');
const scanned = ['electron', 'renderer', 'shared', 'db'];

/** Letters directly followed by a parenthesised ending, « Le/La », or a median dot ending. */
const forbidden = /\p{L}\((?:e|s|es|x|ère|ne|le|ve|trice|euse)\)|\b[Ll]e\/[Ll]a\b|\p{L}·(?:e|s|es)\b/u;

/**
 * Literals that are read, never printed: the spellings an import file may use in its column
 * headers, and the offices formerly stored with « (e) » that are now read back as the office.
 */
const allowed = new Set([
  'electron/exchange/column-mapping.ts:salarié(e)',
  'shared/rules/agreement.ts:Président(e)',
  'shared/rules/agreement.ts:Présidente(e)',
  'shared/rules/agreement.ts:Trésorier(ère)',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export function offendingLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      if (forbidden.test(node.text)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${file}:${line}: ${node.text.trim()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing text', () => {
  it('never writes « (e) », « (s) » or « Le/La »', () => {
    const offences = scanned
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .flatMap((path) => {
        const file = relative(root, path).split('\\').join('/');
        return offendingLiterals(file, readFileSync(path, 'utf8')).filter(
          (o) => !allowed.has(`${file}:${o.slice(o.indexOf(': ') + 2)}`),
        );
      });
    expect(offences).toEqual([]);
  });

  it('finds them in strings, templates and JSX but not in comments or regular expressions', () => {
    const sample = [
      '// noté(e) in a comment',
      '/* les trajet(s) */',
      'const r = /salarié(e)/;',
      "const a = 'Présent(e)';",
      'const b = `${n} trajet(s)`;',
      'const c = <p>Le/La représentant</p>;',
    ].join('\n');
    const found = offendingLiterals('sample.tsx', sample);
    expect(found).toHaveLength(3);
    expect(found[0]).toContain('Présent(e)');
    expect(found[1]).toContain('trajet(s)');
    expect(found[2]).toContain('Le/La');
  });
});
