/** The bench table, for the terminal and as markdown for the README. */
import { formatMs, formatRatio, type BenchRow } from './measure';

const HEADERS = ['measure', 'median', 'p95', 'floor (median)', 'ratio', 'target', 'runs'];

function cells(row: BenchRow): string[] {
  const target = row.target ? `${row.target.text} ${row.target.met(row) ? '✓' : '✗'}` : '';
  return [
    row.name,
    formatMs(row.subject.median),
    formatMs(row.subject.p95),
    row.floor ? `${formatMs(row.floor.median)} (${row.floorLabel})` : '—',
    row.ratio === null ? '—' : formatRatio(row.ratio),
    target,
    String(row.subject.runs),
  ];
}

export function textTable(rows: readonly BenchRow[]): string {
  const table = [HEADERS, ...rows.map(cells)];
  const widths = HEADERS.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
  return [
    line(HEADERS),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map((r) => line(cells(r))),
  ].join('\n');
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(escape).join(' | ')} |`),
  ].join('\n');
}

export function printRows(rows: readonly BenchRow[]): void {
  console.log(textTable(rows));
}
