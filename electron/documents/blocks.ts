/** Blocks of administrative forms: labelled fields, check boxes, signature areas, cancellation marks. */
import type { Doc } from './pdf-document';
import { drawText, widthOf } from './text-engine';
import { COLOR, contentBox, line, text, textHeight } from './layout';

export type Field = [label: string, value: string];

export interface FieldsOptions {
  labelWidth?: number;
  size?: number;
  rowGap?: number;
  /** Bold values: the attestation's facts must stand out from the labels. */
  boldValues?: boolean;
}

/** Label / value rows; empty values are skipped so optional data leaves no holes. */
export function fields(
  doc: Doc,
  rows: Field[],
  x: number,
  y: number,
  width: number,
  options: FieldsOptions = {},
): number {
  const labelWidth = options.labelWidth ?? 130;
  const size = options.size ?? 10;
  const gap = options.rowGap ?? 5;
  let cursor = y;
  for (const [label, value] of rows) {
    if (!value) continue;
    // Labels are 1 pt smaller: lowering them by the ascender difference aligns the baselines.
    const labelBottom = text(doc, label, x, cursor + 0.9, labelWidth - 8, {
      size: size - 1,
      color: COLOR.muted,
    });
    const valueBottom = text(doc, value, x + labelWidth, cursor, width - labelWidth, {
      size,
      font: options.boldValues ? 'bold' : 'regular',
    });
    cursor = Math.max(labelBottom, valueBottom) + gap;
  }
  return cursor - gap;
}

export function fieldsHeight(doc: Doc, rows: Field[], width: number, options: FieldsOptions = {}): number {
  const labelWidth = options.labelWidth ?? 130;
  const size = options.size ?? 10;
  const gap = options.rowGap ?? 5;
  let height = 0;
  for (const [label, value] of rows) {
    if (!value) continue;
    const h = Math.max(
      textHeight(doc, label, labelWidth - 8, { size: size - 1 }),
      textHeight(doc, value, width - labelWidth, { size, font: options.boldValues ? 'bold' : 'regular' }),
    );
    height += h + gap;
  }
  return Math.max(0, height - gap);
}

/** Red framed notice at the top of a cancelled document. */
export function voidBanner(doc: Doc, message: string, y: number): number {
  const { x, width } = contentBox(doc);
  const h = textHeight(doc, message, width - 24, { font: 'bold', size: 11 }) + 14;
  doc.save().rect(x, y, width, h).lineWidth(1.2).fillAndStroke(COLOR.dangerFill, COLOR.danger).restore();
  text(doc, message, x + 12, y + 7.5, width - 24, {
    font: 'bold',
    size: 11,
    color: COLOR.danger,
    align: 'center',
  });
  return y + h + 12;
}

/**
 * Diagonal word across the page, drawn last so it lies over the content
 * (a cancelled document must not be reusable by cropping the banner off).
 */
export function voidWatermark(doc: Doc, word: string): void {
  const cx = doc.page.width / 2;
  const cy = doc.page.height / 2;
  const size = 90;
  const w = widthOf(doc, word, 'bold', size);
  doc.save();
  doc.rotate(-40, { origin: [cx, cy] });
  doc.fillOpacity(0.12);
  drawText(doc, word, cx - w / 2, cy - size * 0.55, w + 10, { font: 'bold', size, color: COLOR.danger });
  doc.restore();
}

export function checkbox(doc: Doc, x: number, y: number, checked: boolean, size = 8.5): void {
  doc.save().rect(x, y, size, size).lineWidth(0.8).strokeColor(COLOR.ink).stroke();
  if (checked) {
    const p = 1.8;
    doc
      .moveTo(x + p, y + p)
      .lineTo(x + size - p, y + size - p)
      .moveTo(x + size - p, y + p)
      .lineTo(x + p, y + size - p)
      .lineWidth(1.2)
      .stroke();
  }
  doc.restore();
}

export interface Choice {
  label: string;
  checked: boolean;
}

/** Check boxes flowing left to right, wrapping to the next line when needed. */
export function choices(doc: Doc, items: Choice[], x: number, y: number, width: number, size = 9.5): number {
  const box = 8.5;
  let cx = x;
  let cy = y;
  const lineHeight = size + 6;
  for (const item of items) {
    const labelWidth = Math.min(
      widthOf(doc, item.label, item.checked ? 'bold' : 'regular', size),
      width - box - 6,
    );
    const itemWidth = box + 5 + labelWidth;
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      cy += lineHeight;
    }
    checkbox(doc, cx, cy + 1, item.checked, box);
    const h = textHeight(doc, item.label, labelWidth + 1, { size, font: item.checked ? 'bold' : 'regular' });
    text(doc, item.label, cx + box + 5, cy, labelWidth + 1, {
      size,
      font: item.checked ? 'bold' : 'regular',
    });
    if (h > lineHeight) cy += h - lineHeight + 2;
    cx += itemWidth + 16;
  }
  return cy + lineHeight - 4;
}

export interface SignatureBlock {
  heading: string;
  lines: string[];
  /** Shown inside the empty frame, e.g. "Signature et cachet". */
  hint?: string;
  /** Height of the frame left for the handwritten signature. */
  height?: number;
}

export const SIGNATURE_HEIGHT = 62;

export function signatureBlock(doc: Doc, block: SignatureBlock, x: number, y: number, width: number): number {
  let cursor = text(doc, block.heading, x, y, width, { font: 'bold', size: 9.5 });
  for (const value of block.lines) cursor = text(doc, value, x, cursor + 1, width, { size: 9.5 });
  cursor += 5;
  const h = block.height ?? SIGNATURE_HEIGHT;
  doc
    .save()
    .roundedRect(x, cursor, width, h, 3)
    .lineWidth(0.6)
    .dash(2, { space: 2 })
    .strokeColor(COLOR.rule)
    .stroke()
    .undash()
    .restore();
  if (block.hint)
    line(doc, block.hint, x + 6, cursor + h - 12, width - 12, { size: 7.5, color: COLOR.muted });
  return cursor + h;
}

export function signatureBlockHeight(doc: Doc, block: SignatureBlock, width: number): number {
  let h = textHeight(doc, block.heading, width, { font: 'bold', size: 9.5 });
  for (const value of block.lines) h += 1 + textHeight(doc, value, width, { size: 9.5 });
  return h + 5 + (block.height ?? SIGNATURE_HEIGHT);
}
