/** The top of a document's first page: association identity, title, section headings. */
import type { Doc } from './pdf-document';
import type { AssociationIdentity } from './types';
import { documentImage } from './logo-image';
import { postalLines } from './format';
import { COLOR, contentBox, hRule, text } from './layout';

/** The association's name on a document; a neutral word until Paramètres › Association is filled in. */
export function associationName(a: AssociationIdentity): string {
  return a.name.trim() || 'Association';
}

export function identifiersLine(a: AssociationIdentity): string {
  const ids: string[] = [];
  if (a.rna) ids.push(`RNA ${a.rna}`);
  if (a.siren) ids.push(`SIREN ${a.siren}`);
  return ids.join('  ·  ');
}

export interface LetterheadOptions {
  /** Lines printed top right (reference, date of issue), the first in bold. */
  aside?: string[];
}

/** Association identity at the top of a page; returns the y below the rule. */
export function letterhead(doc: Doc, a: AssociationIdentity, options: LetterheadOptions = {}): number {
  const { x, width } = contentBox(doc);
  const top = 36;
  let textX = x;
  let bottom = top;
  if (a.logo) {
    const size = 54;
    doc.image(documentImage(doc, a.logo), x, top, { fit: [size, size], align: 'center', valign: 'center' });
    textX = x + size + 12;
    bottom = top + size;
  }
  const aside = options.aside ?? [];
  const asideWidth = aside.length > 0 ? 170 : 0;
  const nameWidth = x + width - textX - asideWidth - (asideWidth ? 12 : 0);
  let y = text(doc, associationName(a), textX, top, nameWidth, {
    font: 'bold',
    size: 12,
    color: COLOR.accent,
    lineGap: 0.5,
  });
  y += 2;
  const address = postalLines(a).join(' — ');
  y = text(doc, address, textX, y, nameWidth, { size: 8.5, color: COLOR.muted, lineGap: 0.5 });
  const ids = identifiersLine(a);
  if (ids) y = text(doc, ids, textX, y + 1, nameWidth, { size: 8.5, color: COLOR.muted, lineGap: 0.5 });
  bottom = Math.max(bottom, y);

  let asideY = top + 1;
  aside.forEach((value, i) => {
    asideY =
      text(doc, value, x + width - asideWidth, asideY, asideWidth, {
        font: i === 0 ? 'bold' : 'regular',
        size: i === 0 ? 10 : 8.5,
        color: i === 0 ? COLOR.ink : COLOR.muted,
        align: 'right',
        lineGap: 0.5,
      }) + 1;
  });
  bottom = Math.max(bottom, asideY);
  const ruleY = bottom + 8;
  hRule(doc, x, ruleY, width, COLOR.accent, 1.2);
  return ruleY + 14;
}

export function title(doc: Doc, value: string, y: number, subtitle?: string | null): number {
  const { x, width } = contentBox(doc);
  let next = text(doc, value, x, y, width, {
    font: 'bold',
    size: 16,
    color: COLOR.accent,
    align: 'center',
    lineGap: 1,
  });
  if (subtitle)
    next = text(doc, subtitle, x, next + 3, width, { size: 9.5, color: COLOR.muted, align: 'center' });
  return next + 14;
}

export function sectionHeading(doc: Doc, value: string, x: number, y: number, width: number): number {
  const bottom = text(doc, value, x, y, width, { font: 'bold', size: 11, color: COLOR.accent });
  hRule(doc, x, bottom + 1, width, COLOR.rule, 0.6);
  return bottom + 7;
}
