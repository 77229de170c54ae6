/**
 * État de frais de déplacement: lines with how each amount was computed and the receipts
 * attached, "certifié exact" and approval blocks, and the written renunciation that turns
 * the claim into a gift (abandon de frais) when the volunteer chose so.
 */
import { agree, renunciationStatement, volunteerSignatureHint } from '../../shared/rules/agreement';
import { plural, pluralWord } from '../../shared/rules/plural';
import type { Doc } from './pdf-document';
import type { AssociationIdentity, ExpenseClaimDocument, ExpenseClaimStatus, ExpenseLine } from './types';
import { formatDate, formatEuros, formatNumber, fullName, maskIban, postalLines } from './format';
import { bottomLimit, COLOR, contentBox, panel, text, textHeight } from './layout';
import { associationName, letterhead, sectionHeading, title } from './letterhead';
import {
  type Field,
  fields,
  fieldsHeight,
  signatureBlock,
  type SignatureBlock,
  signatureBlockHeight,
} from './blocks';
import { type Cell, type Column, table } from './table';
import { continuationPage, renderRecords } from './pages';

const STATUS_LABEL: Record<ExpenseClaimStatus, string> = {
  brouillon: 'Brouillon',
  soumise: 'Soumise',
  validee: 'Validée',
  payee: 'Payée',
  refusee: 'Refusée',
  renoncee: 'Frais abandonnés (don)',
};

export function renunciationSentence(person: string, civility?: string | null): string {
  return renunciationStatement(civility, person);
}

function running(claim: ExpenseClaimDocument): string {
  return `État de frais ${claim.number} — ${fullName(claim.person)}`;
}

function describeLine(line: ExpenseLine): Cell {
  const parts: string[] = [];
  if (line.from || line.to) {
    const trip = `${line.from ?? '…'} → ${line.to ?? '…'}`;
    parts.push(line.km != null ? `${trip} (${formatNumber(line.km)}\u00a0km)` : trip);
  } else if (line.km != null) {
    parts.push(`${formatNumber(line.km)}\u00a0km`);
  }
  if (line.vehicle) parts.push(line.vehicle);
  return { text: line.purpose, detail: parts.join('\n') || undefined };
}

function computation(line: ExpenseLine): Cell {
  const receipts =
    line.receipts.length > 0
      ? `${pluralWord(line.receipts.length, 'Justificatif', 'Justificatifs')} : ${line.receipts.join(', ')}`
      : 'Sans justificatif';
  return { text: line.explanation ?? '', detail: receipts };
}

function drawClaim(doc: Doc, association: AssociationIdentity, claim: ExpenseClaimDocument): void {
  doc.addPage();
  const { x, width } = contentBox(doc);
  let y = letterhead(doc, association, {
    aside: [`N° ${claim.number}`, `Statut : ${STATUS_LABEL[claim.status]}`],
  });
  y = title(
    doc,
    'ÉTAT DE FRAIS DE DÉPLACEMENT',
    y + 2,
    `Période du ${formatDate(claim.period.from)} au ${formatDate(claim.period.to)}`,
  );

  const person = fullName(claim.person);
  const rows: Field[] = [
    ['Bénévole', person],
    ['Adresse', postalLines(claim.person).join(', ')],
    ['IBAN (remboursement)', claim.person.iban ? maskIban(claim.person.iban) : ''],
    ['Déposée le', formatDate(claim.submittedOn)],
  ];
  const pad = 10;
  const options = { labelWidth: 130, size: 10, rowGap: 4 };
  const h = fieldsHeight(doc, rows, width - 2 * pad, options);
  panel(doc, x, y, width, h + 2 * pad);
  y = fields(doc, rows, x + pad, y + pad, width - 2 * pad, options) + pad + 16;

  const newPage = () => continuationPage(doc, running(claim));
  y = sectionHeading(doc, 'Détail des frais', x, y, width);
  const columns: Column[] = [
    { header: 'Date', width: 58 },
    { header: 'Nature', width: 72 },
    { header: 'Objet, trajet, véhicule', width: 160 },
    { header: 'Calcul', width: width - 58 - 72 - 160 - 72 },
    { header: 'Montant', width: 72, align: 'right' },
  ];
  const lines = claim.lines.map((l): Cell[] => [
    { text: formatDate(l.date) },
    { text: l.kindLabel },
    describeLine(l),
    computation(l),
    { text: formatEuros(l.amountCents), bold: true },
  ]);
  y =
    table(doc, {
      columns,
      rows: lines,
      x,
      y,
      newPage,
      size: 8.5,
      footerRows: [
        ['', '', plural(claim.lines.length, 'ligne', 'lignes'), 'Total', formatEuros(claim.totalCents)],
      ],
    }) + 18;

  if (claim.renunciation) {
    drawRenunciation(doc, association, claim, person, y);
  } else {
    drawCertification(doc, association, claim, person, y);
  }
}

function drawCertification(
  doc: Doc,
  association: AssociationIdentity,
  claim: ExpenseClaimDocument,
  person: string,
  top: number,
): void {
  const { x, width } = contentBox(doc);
  const blockWidth = (width - 30) / 2;
  const left: SignatureBlock = {
    heading: 'Certifié exact',
    lines: [person, `Le ${claim.submittedOn ? formatDate(claim.submittedOn) : '…… / …… / …………'}`],
    hint: volunteerSignatureHint(claim.person.civility),
  };
  const right: SignatureBlock = {
    heading: `Visa ${agree(association.treasurerCivility, { masculine: 'du trésorier', feminine: 'de la trésorière', unknown: 'de la trésorerie' })}`,
    // The treasurer signs, whoever clicked « Valider » in the app; unknown, a line to write by hand.
    lines: [
      association.treasurer.trim() || 'Nom : ………………………………………',
      claim.approval ? `Validé le ${formatDate(claim.approval.on)}` : 'Le …… / …… / …………',
    ],
    hint: 'Bon pour paiement',
  };
  const intro =
    'Je certifie l’exactitude des frais ci-dessus, engagés pour les besoins de l’association et dont les justificatifs sont joints.';
  const needed =
    textHeight(doc, intro, width, { size: 9.5 }) +
    12 +
    Math.max(signatureBlockHeight(doc, left, blockWidth), signatureBlockHeight(doc, right, blockWidth));
  let y = top;
  if (y + needed > bottomLimit(doc)) y = continuationPage(doc, running(claim));
  y = text(doc, intro, x, y, width, { size: 9.5, color: COLOR.muted }) + 12;
  signatureBlock(doc, left, x, y, blockWidth);
  signatureBlock(doc, right, x + blockWidth + 30, y, blockWidth);
}

function drawRenunciation(
  doc: Doc,
  association: AssociationIdentity,
  claim: ExpenseClaimDocument,
  person: string,
  top: number,
): void {
  const { x, width } = contentBox(doc);
  const signedOn = claim.renunciation?.signedOn ?? '';
  const sentence = renunciationSentence(person, claim.person.civility);
  const note =
    `Montant abandonné : ${formatEuros(claim.totalCents)}. Ce don ouvre droit, sur présentation du reçu fiscal ` +
    `délivré par l’association ${associationName(association)}, à la réduction d’impôt prévue à l’article 200 du Code général des impôts.`;
  const block: SignatureBlock = {
    heading: `Fait à ${association.documentPlace}, le ${formatDate(signedOn)}`,
    lines: [person],
    hint: volunteerSignatureHint(claim.person.civility),
  };
  const blockWidth = 230;
  const inner = width - 24;
  const boxH =
    22 +
    textHeight(doc, sentence, inner, { font: 'bold', size: 10.5, lineGap: 2 }) +
    6 +
    textHeight(doc, note, inner, { size: 9 }) +
    12;
  let y = top;
  if (y + boxH + 16 + signatureBlockHeight(doc, block, blockWidth) > bottomLimit(doc))
    y = continuationPage(doc, running(claim));
  doc.save().roundedRect(x, y, width, boxH, 3).lineWidth(1).fillAndStroke(COLOR.fill, COLOR.accent).restore();
  let cy =
    text(doc, 'ABANDON DE FRAIS AU PROFIT DE L’ASSOCIATION', x + 12, y + 9, inner, {
      font: 'bold',
      size: 9,
      color: COLOR.accent,
    }) + 4;
  cy = text(doc, sentence, x + 12, cy, inner, { font: 'bold', size: 10.5, lineGap: 2 }) + 6;
  text(doc, note, x + 12, cy, inner, { size: 9, color: COLOR.muted });
  y += boxH + 16;
  signatureBlock(doc, block, x + width - blockWidth, y, blockWidth);
}

export function drawExpenseClaims(
  doc: Doc,
  association: AssociationIdentity,
  claims: readonly ExpenseClaimDocument[],
): void {
  renderRecords(
    doc,
    claims,
    (claim) => drawClaim(doc, association, claim),
    (claim) => `État de frais ${claim.number} — ${fullName(claim.person)} — ${associationName(association)}`,
  );
}
