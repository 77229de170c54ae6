/**
 * Charte d'engagement of the association, personalised for one representative,
 * ending with the engagement sentence and two signatures (representative, president).
 */
import { officeTitle, representativeSignatureHeading, undersigned } from '../../shared/rules/agreement';
import type { Doc } from './pdf-document';
import type { AssociationIdentity, CharterDocument } from './types';
import { formatDate, fullName } from './format';
import { bottomLimit, COLOR, contentBox, flowText, text, textHeight } from './layout';
import { associationName, letterhead, title } from './letterhead';
import { signatureBlock, signatureBlockHeight, type SignatureBlock } from './blocks';
import { continuationPage, renderRecords } from './pages';

interface Block {
  kind: 'heading' | 'paragraph' | 'bullet';
  text: string;
}

/** Paragraphs are separated by blank lines; "# " starts a heading, "- " or "• " a bullet. */
export function parseCharterText(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    for (const l of lines) {
      if (l.startsWith('# ')) {
        flush();
        blocks.push({ kind: 'heading', text: l.slice(2).trim() });
      } else if (/^[-•]\s+/.test(l)) {
        flush();
        blocks.push({ kind: 'bullet', text: l.replace(/^[-•]\s+/, '') });
      } else {
        paragraph.push(l);
      }
    }
    flush();
  }
  return blocks;
}

function drawCharter(doc: Doc, association: AssociationIdentity, c: CharterDocument): void {
  doc.addPage();
  const { x, width } = contentBox(doc);
  let y = letterhead(doc, association, {
    aside: [`Version ${c.charter.version}`, `En vigueur au ${formatDate(c.charter.effectiveDate)}`],
  });
  y = title(doc, c.charter.title, y + 2, `Exemplaire de ${fullName(c.person)}`);
  const newPage = () => continuationPage(doc, `${c.charter.title} — ${fullName(c.person)}`);

  for (const block of parseCharterText(c.charter.text)) {
    if (block.kind === 'heading') {
      const h = textHeight(doc, block.text, width, { font: 'bold', size: 11.5 });
      // A heading never ends a page: keep it with at least two lines of what follows.
      if (y + h + 40 > bottomLimit(doc)) y = newPage();
      y = text(doc, block.text, x, y + 4, width, { font: 'bold', size: 11.5, color: COLOR.accent }) + 5;
    } else {
      const indent = block.kind === 'bullet' ? 14 : 0;
      const style = { size: 10, align: 'justify' as const, lineGap: 2.5 };
      if (y + 30 > bottomLimit(doc)) y = newPage();
      if (block.kind === 'bullet') text(doc, '•', x + 3, y, 10, { size: 10, color: COLOR.accent });
      y =
        flowText(doc, block.text, x + indent, y, width - indent, style, newPage) +
        (block.kind === 'bullet' ? 3 : 8);
    }
  }

  const person = fullName(c.person);
  const engagement =
    `${undersigned(c.person.civility, person)} déclare avoir pris connaissance de la charte «\u00a0${c.charter.title}\u00a0» ` +
    `(version ${c.charter.version} du ${formatDate(c.charter.effectiveDate)}) de l’association ${associationName(association)} ` +
    'et m’engage à la respecter dans l’exercice de mes mandats de représentation.';
  const place = `Fait à ${association.documentPlace}, le ${c.signedOn ? formatDate(c.signedOn) : '…… / …… / …………'}`;
  const blockWidth = (width - 30) / 2;
  const left: SignatureBlock = {
    heading: representativeSignatureHeading(c.person.civility),
    lines: [person],
    hint: 'Signature précédée de « Lu et approuvé »',
    height: 54,
  };
  const right: SignatureBlock = {
    heading: 'Pour l’association',
    lines: [
      c.presidentName ?? association.president,
      officeTitle('president', association.presidentCivility),
    ],
    hint: 'Signature et cachet',
    height: 54,
  };
  // The engagement and both signatures stay together, on this page or the next.
  const engagementStyle = { size: 10, lineGap: 2, align: 'justify' as const };
  const boxH = textHeight(doc, engagement, width - 24, engagementStyle) + 20;
  const needed =
    boxH +
    10 +
    textHeight(doc, place, width, { size: 10 }) +
    8 +
    Math.max(signatureBlockHeight(doc, left, blockWidth), signatureBlockHeight(doc, right, blockWidth));
  y += 6;
  if (y + needed > bottomLimit(doc)) y = newPage();

  doc
    .save()
    .roundedRect(x, y, width, boxH, 3)
    .lineWidth(0.8)
    .fillAndStroke(COLOR.fill, COLOR.accent)
    .restore();
  text(doc, engagement, x + 12, y + 10, width - 24, engagementStyle);
  y += boxH + 10;
  y = text(doc, place, x, y, width, { size: 10 }) + 8;
  signatureBlock(doc, left, x, y, blockWidth);
  signatureBlock(doc, right, x + blockWidth + 30, y, blockWidth);
}

export function drawCharters(
  doc: Doc,
  association: AssociationIdentity,
  charters: readonly CharterDocument[],
): void {
  renderRecords(
    doc,
    charters,
    (c) => drawCharter(doc, association, c),
    (c) => `${c.charter.title} — version ${c.charter.version} — ${fullName(c.person)}`,
  );
}
