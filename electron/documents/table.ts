/** Tables that break across pages without splitting a row, repeating their header row. */
import type { Doc } from './pdf-document';
import { COLOR, bottomLimit, hRule, text, textHeight } from './layout';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Cell {
  text: string;
  /** Second, smaller line(s) under the main text (details, explanations). */
  detail?: string;
  bold?: boolean;
  color?: string;
}

export type CellValue = string | Cell;

export interface TableOptions {
  columns: Column[];
  rows: CellValue[][];
  x: number;
  y: number;
  size?: number;
  /** Called when a row does not fit: adds a page and returns where the table resumes. */
  newPage: () => number;
  /** Rows printed after the body (totals), bold, on a tinted background. */
  footerRows?: CellValue[][];
  /**
   * Height of the block that follows (a signature): if it would land alone on the next
   * page, the last rows move there with it.
   */
  keepWithNext?: number;
}

/** Body rows carried over with the block that follows the table. */
const ROWS_KEPT_WITH_NEXT = 3;

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.5;

function asCell(value: CellValue): Cell {
  return typeof value === 'string' ? { text: value } : value;
}

function cellHeight(doc: Doc, cell: Cell, width: number, size: number): number {
  let h = textHeight(doc, cell.text || ' ', width, {
    size,
    font: cell.bold ? 'bold' : 'regular',
    lineGap: 1,
  });
  if (cell.detail) h += 1 + textHeight(doc, cell.detail, width, { size: size - 1.5, lineGap: 0.5 });
  return h;
}

function rowHeight(doc: Doc, columns: Column[], row: Cell[], size: number): number {
  let h = 0;
  columns.forEach((col, i) => {
    const cell = row[i];
    if (cell) h = Math.max(h, cellHeight(doc, cell, col.width - 2 * CELL_PAD_X, size));
  });
  return h + 2 * CELL_PAD_Y;
}

function drawRow(
  doc: Doc,
  columns: Column[],
  row: Cell[],
  x: number,
  y: number,
  height: number,
  size: number,
  fill?: string,
): void {
  const total = columns.reduce((s, c) => s + c.width, 0);
  if (fill) doc.save().rect(x, y, total, height).fill(fill).restore();
  let cx = x;
  columns.forEach((col, i) => {
    const cell = row[i];
    if (cell) {
      const w = col.width - 2 * CELL_PAD_X;
      const bottom = text(doc, cell.text, cx + CELL_PAD_X, y + CELL_PAD_Y, w, {
        size,
        font: cell.bold ? 'bold' : 'regular',
        color: cell.color ?? COLOR.ink,
        align: col.align ?? 'left',
        lineGap: 1,
      });
      if (cell.detail) {
        text(doc, cell.detail, cx + CELL_PAD_X, bottom + 1, w, {
          size: size - 1.5,
          color: COLOR.muted,
          align: col.align ?? 'left',
          lineGap: 0.5,
        });
      }
    }
    cx += col.width;
  });
  hRule(doc, x, y + height, total, COLOR.rule, 0.5);
}

function drawHeader(doc: Doc, columns: Column[], x: number, y: number, size: number): number {
  const cells = columns.map((c) => ({ text: c.header, bold: true, color: COLOR.accent }));
  const h = rowHeight(doc, columns, cells, size - 0.5);
  drawRow(doc, columns, cells, x, y, h, size - 0.5, COLOR.fill);
  hRule(
    doc,
    x,
    y + h,
    columns.reduce((s, c) => s + c.width, 0),
    COLOR.accent,
    0.8,
  );
  return y + h;
}

/**
 * A table that never splits a row: when the next row does not fit above the bottom
 * margin, `newPage` is called and the header row is drawn again on the new page.
 */
export function table(doc: Doc, options: TableOptions): number {
  const size = options.size ?? 9;
  const { columns, x } = options;
  let y = drawHeader(doc, columns, x, options.y, size);
  const body = options.rows.map((r) => r.map(asCell));
  const footer = (options.footerRows ?? []).map((r) => r.map((c) => ({ ...asCell(c), bold: true })));
  const all = [
    ...body.map((r) => ({ cells: r, footer: false })),
    ...footer.map((r) => ({ cells: r, footer: true })),
  ];
  const heights = all.map((row) => rowHeight(doc, columns, row.cells, size));
  const after = options.keepWithNext ?? 0;
  let rest = heights.reduce((s, h) => s + h, 0);
  all.forEach((row, index) => {
    const h = heights[index] ?? 0;
    const rowsLeft = all.length - index - footer.length;
    const lastRowsStartHere =
      after > 0 && index > 0 && rowsLeft === Math.min(ROWS_KEPT_WITH_NEXT, all.length - footer.length - 1);
    const tailOrphaned =
      lastRowsStartHere && y + rest <= bottomLimit(doc) && y + rest + after > bottomLimit(doc);
    if (y + h > bottomLimit(doc) || tailOrphaned) {
      y = drawHeader(doc, columns, x, options.newPage(), size);
    }
    rest -= h;
    const fill = row.footer ? COLOR.fill : index % 2 === 1 ? COLOR.zebra : undefined;
    drawRow(doc, columns, row.cells, x, y, h, size, fill);
    y += h;
  });
  return y;
}
