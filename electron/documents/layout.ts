/**
 * Drawing primitives shared by every document: colours, text in a column, single lines,
 * rules and panels. The page furniture built on them lives beside this module
 * (letterhead.ts, blocks.ts, table.ts, pages.ts). Everything takes explicit coordinates
 * and returns the y where the next block starts, so document modules read top to bottom
 * like the page.
 */
import type { Doc } from './pdf-document';
import type { FontRole } from './fonts';
import {
  drawLines,
  drawText,
  lineStep,
  measureText,
  widthOf,
  wrapText,
  type TextOptions,
} from './text-engine';

export const COLOR = {
  ink: '#1b1f24',
  muted: '#5b6472',
  accent: '#1f4e79',
  rule: '#c5ccd6',
  fill: '#edf1f6',
  zebra: '#f7f9fb',
  danger: '#b3261e',
  dangerFill: '#fdecea',
  ok: '#1e6b3a',
  warn: '#a55a00',
} as const;

export interface TextStyle {
  font?: FontRole;
  size?: number;
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  lineGap?: number;
}

export interface Box {
  x: number;
  width: number;
}

export function contentBox(doc: Doc): Box {
  const { margins, width } = doc.page;
  return { x: margins.left, width: width - margins.left - margins.right };
}

export function bottomLimit(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

function options(style: TextStyle): TextOptions {
  return {
    font: style.font ?? 'regular',
    size: style.size ?? 10,
    color: style.color ?? COLOR.ink,
    align: style.align ?? 'left',
    lineGap: style.lineGap ?? 1.5,
  };
}

/** Wrapped text in a column; returns the y below it. */
export function text(
  doc: Doc,
  value: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle = {},
): number {
  return drawText(doc, value, x, y, width, options(style));
}

/**
 * A paragraph that may continue on the next page (charter text): splits between lines,
 * never leaving a single line alone at the bottom or the top of a page.
 */
export function flowText(
  doc: Doc,
  value: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  newPage: () => number,
): number {
  const o = options(style);
  const lines = wrapText(doc, value, width, o);
  const step = lineStep(doc, o);
  let rest = lines.slice();
  let cursor = y;
  while (rest.length > 0) {
    let fit = Math.floor((bottomLimit(doc) - cursor + 0.01) / step);
    if (fit < rest.length) {
      if (rest.length - fit < 2) fit = rest.length - 2;
      if (fit < 2) {
        cursor = newPage();
        continue;
      }
    }
    const part = rest.slice(0, fit);
    cursor = drawLines(doc, part, x, cursor, width, o);
    rest = rest.slice(fit);
    if (rest.length > 0) cursor = newPage();
  }
  return cursor;
}

export function textHeight(doc: Doc, value: string, width: number, style: TextStyle = {}): number {
  return measureText(doc, value, width, options(style));
}

/** One line that must not wrap: shrinks the font if the value is too long for the width. */
export function line(
  doc: Doc,
  value: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle = {},
): void {
  const o = options(style);
  let size = o.size;
  while (size > 6 && widthOf(doc, value, o.font, size) > width) size -= 0.5;
  drawText(doc, value, x, y, width + 1, { ...o, size });
}

export function hRule(
  doc: Doc,
  x: number,
  y: number,
  width: number,
  color: string = COLOR.rule,
  weight = 0.6,
): void {
  doc
    .save()
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(weight)
    .strokeColor(color)
    .stroke()
    .restore();
}

/** A light panel behind a block whose height is known beforehand. */
export function panel(
  doc: Doc,
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string = COLOR.zebra,
): void {
  doc.save().roundedRect(x, y, width, height, 3).lineWidth(0.6).fillAndStroke(fill, COLOR.rule).restore();
}
