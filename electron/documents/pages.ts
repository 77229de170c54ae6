/** Pages of a batch: footers with "Page x / y" per record, continuation pages. */
import type { Doc } from './pdf-document';
import { COLOR, contentBox, hRule, line } from './layout';

export interface FooterText {
  left: string;
  /** e.g. "Page 2 / 3" */
  right: string;
}

/** Below the bottom margin: only our text engine writes there (pdfkit's text() would break the page). */
export function footer(doc: Doc, content: FooterText): void {
  const { x, width } = contentBox(doc);
  const y = doc.page.height - 38;
  hRule(doc, x, y - 6, width, COLOR.rule, 0.5);
  line(doc, content.left, x, y, width - 90, { size: 7.5, color: COLOR.muted });
  line(doc, content.right, x + width - 85, y, 85, { size: 7.5, color: COLOR.muted, align: 'right' });
}

/**
 * Renders one record per call to `draw` (which may add pages), then numbers the pages
 * of that record "Page x / y" and flushes them, so memory stays flat in long batches.
 * Requires a document created with bufferPages.
 */
export function renderRecords<T>(
  doc: Doc,
  items: readonly T[],
  draw: (item: T) => void,
  footerLeft: (item: T) => string,
): void {
  for (const item of items) {
    const start = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
    draw(item);
    const range = doc.bufferedPageRange();
    const end = range.start + range.count;
    const left = footerLeft(item);
    for (let p = start; p < end; p++) {
      doc.switchToPage(p);
      footer(doc, { left, right: `Page ${p - start + 1} / ${end - start}` });
    }
    doc.flushPages();
  }
}

/**
 * A page continuing a document: no letterhead, a discreet running header instead so a
 * loose sheet still says what it belongs to. Returns where content starts.
 */
export function continuationPage(doc: Doc, running: string): number {
  doc.addPage();
  const { x, width } = contentBox(doc);
  line(doc, `${running} (suite)`, x, 34, width, { size: 8, color: COLOR.muted });
  hRule(doc, x, 47, width, COLOR.rule, 0.5);
  return 60;
}
